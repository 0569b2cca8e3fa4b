/** The fast Markdown paragraph path must give the tree remark gives, or step aside. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { isHtmlChunk, markdownToHtml, unwrapFences } from "../../src/pipeline/parse.ts";
import { paragraphToHtml } from "../../src/pipeline/markdown-paragraph.ts";
import { decode } from "../../src/pipeline/decode.ts";
import { listContentFiles } from "../../src/pipeline/read.ts";
import { split } from "../../src/pipeline/split.ts";
import { CORPUS, CORPUS_SKIP } from "../helpers.ts";

/** Both sides as parse5 reads them, so that equal trees compare equal however they were spelt. */
const tree = (html: string) => toHtml(fromHtml(html, { fragment: true }));
const viaRemark = (chunk: string) => tree(String(markdownToHtml.processSync(chunk)));

function agrees(chunk: string): boolean {
  const fast = paragraphToHtml(chunk);
  return fast === null || tree(fast) === viaRemark(chunk);
}

async function markdownChunks(dir: string): Promise<string[]> {
  const chunks: string[] = [];
  for (const path of await listContentFiles(dir)) {
    const decoded = decode(readFileSync(join(dir, path)));
    if (!decoded.ok) continue;
    const parts = split(decoded.text);
    if (!parts.hasFrontMatter) continue;
    for (const chunk of unwrapFences(parts.body).replace(/^(?:[ \t]*\n)+/, "").split(/\n[ \t]*\n(?:[ \t]*\n)*/)) {
      if (chunk.trim() && !isHtmlChunk(chunk)) chunks.push(chunk);
    }
  }
  return chunks;
}

test("paragraphToHtml", async (t) => {
  await t.test("should give remark's tree for links, images, strong text, headings, autolinks and tags", () => {
    const cases = [
      "![뉴스다오 속보](/assets/img/newsdao_breakingnews.jpg)",
      "정책브리핑 <자료출처=정책브리핑 www.korea.kr> [뉴스다오 기사 바로가기](https://newsdao.kr/1334) ",
      '원하는 뉴스 찾아보기 👉 <a href="https://newsdao.kr" rel="dofollow">https://newsdao.kr</a>',
      "청년 문화예술패스는 **인터파크와 예스24**에서 가능하며, <b><span style=\"color: #1a5490;\">28일부터</span></b> 시작됩니다.",
      "## 신청 방법\n신청은 28일부터 **전국 17개 시도**에서 받습니다.",
      "첫 줄입니다.  \n둘째 줄은 줄바꿈 뒤에 옵니다.\n   셋째 줄은 들여 썼습니다.",
      "R&D 예산과 a < b 비교, 자세한 내용은 www.korea.kr. 에서 보세요!",
    ];
    for (const chunk of cases) {
      const fast = paragraphToHtml(chunk);
      assert.notEqual(fast, null, `the fast path should take: ${chunk}`);
      assert.equal(tree(fast!), viaRemark(chunk), chunk);
    }
  });

  await t.test("should step aside for what only remark can read", () => {
    for (const chunk of ["*기울임*", "__굵게__", "`코드`", "a \\* b", "&copy; 2024", "hong@example.com", "- 목록", "> 인용", "a | b\n--|--\n1 | 2", "[참조][1]", "~~취소~~", "**\"인용\"**에서", "www.korea.kr에서", "https://x.kr/(a)", "<b", "  들여 쓴 문단"]) {
      assert.equal(paragraphToHtml(chunk), null, chunk);
    }
  });

  await t.test("should agree with remark on generated text", () => {
    const piece = fc.constantFrom("한국", "카자흐스탄 ", " ", "\n", "  \n", "**", "*", "_", "[링크](https://x.kr/a)", "![사진](/a.jpg)", "[", "]", "(", ")", "<b>", "</b>", "<a href=\"https://x.kr\">", "</a>", "<", ">", "&", "&amp;", "www.", "korea.kr", "https://", "x.kr/a?b=c", ".", ",", "!", "?", "\"", "“", "#", "## ", "1. ", "- ", "|", "---", "\\", "`", "~", "@", "%", "%2F", "가");
    const strong = fc.constantFrom("**", "한국", "기업", " ", "\n", ".", "\"", "“", "”", "(", ")", "<b>", "</b>", "[링크](https://x.kr)", "24", "a");
    const literal = fc.constantFrom("www.korea.kr", "https://a.kr", " www.x.kr", "www.", "https://", "korea", ".kr", "/a", "?b=c", ".", ",", ":", "!", ">", " ", "\n", "<b>", "</b>", "가", "-", "%20", "%", "#x", "[a](b)");
    const runs = Number(process.env.FUZZ_RUNS ?? 3000);
    for (const alphabet of [piece, strong, literal]) {
      fc.assert(fc.property(fc.array(alphabet, { maxLength: 24 }).map((p) => p.join("")), (chunk) => agrees(chunk)), { numRuns: runs });
    }
  });

  await t.test("should agree with remark on every Markdown chunk of the real corpus", { skip: CORPUS_SKIP }, async () => {
    assert.ok(existsSync(CORPUS));
    const chunks = await markdownChunks(CORPUS);
    const taken = chunks.filter((c) => paragraphToHtml(c) !== null);
    const disagree = taken.filter((c) => !agrees(c));
    assert.deepEqual(disagree.slice(0, 3), []);
    assert.ok(taken.length > chunks.length * 0.8, `the fast path takes ${taken.length} of ${chunks.length} chunks`);
  });
});
