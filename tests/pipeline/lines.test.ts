/** The pipeline's fast text readers must read a tree as hast-util-to-text does. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { test } from "node:test";
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import { blockText, collapse, flatText, textLines } from "../../src/pipeline/clean/lines.ts";
import { cleanTree } from "../../src/pipeline/clean/index.ts";
import { decode } from "../../src/pipeline/decode.ts";
import { detectShape, parseBody } from "../../src/pipeline/parse.ts";
import { listContentFiles } from "../../src/pipeline/read.ts";
import { sanitize } from "../../src/pipeline/sanitize.ts";
import { split } from "../../src/pipeline/split.ts";
import { CORPUS, CORPUS_SKIP, sampleDir } from "../helpers.ts";

const lines = (tree: Root) => toText(tree).split(/\n+/).map((l) => l.replace(/[ \t\u00A0\u3000]+/g, " ").trim()).filter(Boolean).join("\n");

/** Each file's tree as parsed, and as cleaned and sanitised. */
async function trees(dir: string): Promise<Root[]> {
  const out: Root[] = [];
  for (const path of await listContentFiles(dir)) {
    const decoded = decode(readFileSync(join(dir, path)));
    if (!decoded.ok) continue;
    const parts = split(decoded.text);
    const tree = parseBody(parts.body, detectShape(parts.body, parts.hasFrontMatter, extname(path)));
    const cleaned = structuredClone(tree);
    cleanTree(cleaned);
    out.push(tree, sanitize(cleaned));
  }
  return out;
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) if (child.type === "element") out.push(child, ...elements(child));
  return out;
}

function disagreements(all: Root[]): string[] {
  const found: string[] = [];
  for (const tree of all) {
    if (textLines(tree) !== lines(tree)) found.push(`textLines: ${lines(tree).slice(0, 80)}`);
    for (const el of elements(tree)) {
      if (collapse(blockText(el)) !== collapse(toText(el, { whitespace: "pre" }))) found.push(`blockText <${el.tagName}>: ${collapse(toText(el)).slice(0, 80)}`);
      if (flatText(el) !== collapse(toText(el))) found.push(`flatText <${el.tagName}>: ${collapse(toText(el)).slice(0, 80)}`);
    }
  }
  return found;
}

test("text readers", async (t) => {
  await t.test("should read tables, breaks, blocks and inline runs as hast-util-to-text does", () => {
    const tree = parseBody("<p>첫 줄<br>둘째 줄</p>\n<table><tr><td>가</td><td>나</td></tr>\n<tr><td>다</td></tr></table>끝에 <b>붙은</b>말\n\n<pre>줄\n바꿈</pre><ul><li>하나</li><li>둘\n셋</li></ul>", "markup");
    assert.deepEqual(disagreements([tree]), []);
    assert.equal(textLines(tree), lines(tree));
  });

  await t.test("should agree on every tree of the samples", async () => {
    assert.deepEqual(disagreements(await trees(sampleDir())).slice(0, 3), []);
  });

  await t.test("should agree on every tree of the real corpus", { skip: CORPUS_SKIP }, async () => {
    assert.deepEqual(disagreements(await trees(CORPUS)).slice(0, 3), []);
  });
});
