/**
 * Search quality on the real corpus: 47 queries written from it (mid-compound words, words with
 * particles, short country names, a publisher, two-word queries, English words), each with the
 * stories it must find. Scores recall@10 and MRR for sillok's search and for stock Pagefind over
 * the same article pages, prints both, and holds sillok to recall@10 ≥ 0.95 and above Pagefind.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadFolder } from "../../src/archive/load.ts";
import { normalize } from "../../src/search/tokens.ts";
import { CORPUS, CORPUS_SKIP, here, taxonomy } from "../helpers.ts";
import { buildSite } from "../site/build-site.ts";
import { fileEngine, sillokTop, stockPagefind } from "../support/search.ts";

interface Query {
  q: string;
  kind: string;
  relevant?: string[];
  publisher?: string;
}

const { queries } = JSON.parse(readFileSync(join(here, "fixtures/search/queries.json"), "utf8")) as { queries: Query[] };
const TOP = 10;

/** Hangul words as written (inside compounds too); Latin words whole. */
function holds(text: string, word: string): boolean {
  return /^[a-z0-9]+$/.test(word) ? new RegExp(`(?:^|[^a-z0-9])${word}(?:$|[^a-z0-9])`).test(text) : text.includes(word);
}

/** Recall@10 (out of min(10, relevant)) and the reciprocal rank of the first relevant hit. */
function score(top: string[], relevant: Set<string>): { recall: number; rr: number } {
  const found = top.slice(0, TOP).filter((path) => relevant.has(path)).length;
  const first = top.findIndex((path) => relevant.has(path));
  return { recall: found / Math.min(TOP, relevant.size), rr: first === -1 ? 0 : 1 / (first + 1) };
}

test("search quality on the real corpus", { skip: CORPUS_SKIP }, async (t) => {
  const built = buildSite(CORPUS);
  assert.equal(built.status, 0, built.stderr);
  const { articles } = await loadFolder(CORPUS, { taxonomy });
  const stories = articles.filter((a) => !a.duplicateOf);
  const pathOf = new Map(stories.map((s) => [s.url, s.sourcePath]));
  const relevantTo = (query: Query): Set<string> => {
    if (query.publisher) return new Set(stories.filter((s) => s.publisher === query.publisher).map((s) => s.sourcePath));
    return new Set(query.relevant);
  };

  await t.test("should have at least 40 queries whose lists still hold every story with their words", () => {
    assert.ok(queries.length >= 40);
    for (const query of queries.filter((q) => q.relevant)) {
      const words = normalize(query.q).split(/\s+/);
      const holding = stories.filter((s) => words.every((w) => holds(normalize(`${s.title}\n${s.publisher ?? ""}\n${s.text}`), w))).map((s) => s.sourcePath);
      assert.deepEqual(holding.sort(), query.relevant, query.q);
    }
  });

  await t.test("should find the stories of ≥ 95% of the queries' lists, more than stock Pagefind", async () => {
    const { engine, bytes, reset } = fileEngine(built.out);
    const pagefind = await stockPagefind(built.out);
    const rows: { query: Query; sillok: ReturnType<typeof score>; stock: ReturnType<typeof score>; kb: number }[] = [];
    for (const query of queries) {
      const relevant = relevantTo(query);
      reset();
      const mine = (await sillokTop(engine, query.q, TOP)).map((url) => pathOf.get(url) ?? url);
      const kb = bytes() / 1024;
      const theirs = (await pagefind.top(query.q, TOP)).map((url) => pathOf.get(url) ?? url);
      rows.push({ query, sillok: score(mine, relevant), stock: score(theirs, relevant), kb });
    }
    const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((sum, r) => sum + f(r), 0) / rows.length;
    const kinds = [...new Set(queries.map((q) => q.kind))];
    const lines = [
      `search quality, ${rows.length} queries (recall@${TOP} | MRR)`,
      `  ${"kind".padEnd(20)}${"sillok".padEnd(16)}stock Pagefind`,
      ...kinds.map((kind) => {
        const of = rows.filter((r) => r.query.kind === kind);
        const m = (f: (r: (typeof rows)[number]) => number) => (of.reduce((s, r) => s + f(r), 0) / of.length).toFixed(2);
        return `  ${`${kind} (${of.length})`.padEnd(20)}${`${m((r) => r.sillok.recall)} | ${m((r) => r.sillok.rr)}`.padEnd(16)}${m((r) => r.stock.recall)} | ${m((r) => r.stock.rr)}`;
      }),
      `  ${"all".padEnd(20)}${`${mean((r) => r.sillok.recall).toFixed(3)} | ${mean((r) => r.sillok.rr).toFixed(3)}`.padEnd(16)}${mean((r) => r.stock.recall).toFixed(3)} | ${mean((r) => r.stock.rr).toFixed(3)}`,
      `  sillok fetched ${[...rows].map((r) => r.kb).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!.toFixed(0)} KB for the median query (index files and ${TOP} docs)`,
      ...rows.filter((r) => r.sillok.recall < 1).map((r) => `  missed by sillok: ${r.query.q} (recall ${r.sillok.recall.toFixed(2)})`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    t.diagnostic(lines.join(" / "));
    assert.ok(mean((r) => r.sillok.recall) >= 0.95, `sillok's recall@${TOP} is ${mean((r) => r.sillok.recall).toFixed(3)}`);
    assert.ok(mean((r) => r.sillok.recall) > mean((r) => r.stock.recall), "sillok's recall must beat stock Pagefind's");
  });
});
