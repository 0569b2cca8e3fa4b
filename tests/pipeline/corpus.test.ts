/** The pipeline over every file of the real corpus (../shared/corpus/real; skipped where it is absent). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadFolder, type Loaded } from "../../src/archive/load.ts";
import { normalizeUrl } from "../../src/archive/dedupe.ts";
import { CORPUS, CORPUS_SKIP, taxonomy } from "../helpers.ts";

/** Chrome that must never survive, in text or html: promo, licence and banner lines. */
const CHROME: [string, RegExp][] = [
  ["promo 👉/👈 line", /👉|👈/],
  ["promo line", /신속 뉴스 바로가기|원하는 뉴스 찾아보기|빠르고 정확한 뉴스를 원한다면|생생한 뉴스,|각종 정보가 필요할땐|유용한 생활 정보가 필요하시다면/],
  ["licence line", /무단\s*전재|재배포\s*금지|공공누리|저작권자\s*[©ⓒ]/],
  ["affiliate disclosure", /제휴\s*마케팅/],
  ["byline", /기사\s*작성\s*[:：]\s*관리자/],
  ["banner", /newsdao_breakingnews|alt="[^"]*속보"|koreanews\.jpg/],
];

test("real corpus", { skip: CORPUS_SKIP }, async (t) => {
  let loaded: Loaded;
  await t.test("should run over every file without throwing", async () => {
    loaded = await loadFolder(CORPUS, { taxonomy });
    assert.equal(loaded.results.length, 1169);
  });

  await t.test("should make an ok Article with a title and the file-name date of every .md", () => {
    const posts = loaded.results.filter((r) => r.path.endsWith(".md") && r.path.includes("/")); // not SOURCES.md
    assert.equal(posts.length, 1167);
    for (const r of posts) {
      assert.equal(r.status, "ok", `${r.path}: ${JSON.stringify(r.problems)}`);
      const a = r.article!;
      assert.ok(a.title.length > 0 && a.title.length <= 121, `${r.path}: title ${a.title}`);
      assert.ok(!a.title.includes("\n"), `${r.path}: title spans lines`);
      const date = /(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(r.path)![1];
      assert.equal(a.date, date, r.path);
      assert.equal(a.dateSource, "file-name", r.path);
      assert.ok(a.text.length > 0, `${r.path}: empty text`);
    }
  });

  await t.test("should skip the binary .DS_Store with a reason", () => {
    const ds = loaded.results.find((r) => r.path.endsWith(".DS_Store"))!;
    assert.equal(ds.status, "skipped");
    assert.match(ds.problems[0]!.message, /binary/);
  });

  await t.test("should warn with file and line for each front matter YAML rejects", () => {
    const warned = loaded.results.filter((r) => r.problems.some((p) => /^front matter line \d+:/.test(p.message)));
    assert.equal(warned.length, 33);
    for (const r of warned) {
      const p = r.problems.find((p) => p.message.startsWith("front matter"))!;
      assert.equal(p.line, 2, `${r.path}: ${p.message}`);
      assert.equal(p.field, "title");
    }
  });

  await t.test("should leave no promo, licence, byline or banner line in any text or html", () => {
    const left: string[] = [];
    for (const a of loaded.articles) {
      for (const [what, pattern] of CHROME) {
        const line = a.text.split("\n").find((l) => pattern.test(l));
        if (line) left.push(`${a.sourcePath}: ${what} in text: ${line.slice(0, 100)}`);
        if (pattern.test(a.html) && !line) left.push(`${a.sourcePath}: ${what} in html`);
      }
    }
    assert.deepEqual(left, []);
  });

  await t.test("should emit no script, event handler, style or javascript: URL in any html", () => {
    for (const a of loaded.articles) {
      assert.doesNotMatch(a.html, /<script|<style|<iframe|<[^>]+\s(?:on\w+|style)\s*=|(?:href|src)\s*=\s*"?\s*javascript:/i, a.sourcePath);
    }
  });

  await t.test("should take the source URL and publisher of every post that credits 뉴스다오", () => {
    const credited = loaded.articles.filter((a) => a.sourceUrl?.startsWith("https://newsdao.kr/"));
    assert.ok(credited.length >= 700, `only ${credited.length} newsdao sources`);
    assert.ok(credited.every((a) => a.publisher === "뉴스다오"), "publisher of a newsdao source");
  });

  await t.test("should group stories by source URL: one canonical Article, the others pointing to it", () => {
    const byUrl = new Map<string, typeof loaded.articles>();
    for (const a of loaded.articles) {
      if (!a.sourceUrl) continue;
      const key = normalizeUrl(a.sourceUrl);
      byUrl.set(key, [...(byUrl.get(key) ?? []), a]);
    }
    const groups = [...byUrl.values()].filter((g) => g.length > 1);
    assert.ok(groups.length >= 20, `only ${groups.length} multi-site stories`);
    const ids = new Set(loaded.articles.map((a) => a.id));
    for (const group of groups) {
      const canonical = group.filter((a) => a.duplicateOf === null);
      assert.equal(canonical.length, 1, `story ${group[0]!.sourceUrl}: ${canonical.length} canonical`);
      for (const copy of group) if (copy !== canonical[0]) assert.equal(copy.duplicateOf, canonical[0]!.id);
      for (const copy of group) if (copy !== canonical[0]) assert.ok(canonical[0]!.duplicates.includes(copy.sourcePath));
    }
    for (const a of loaded.articles) if (a.duplicateOf) assert.ok(ids.has(a.duplicateOf));
  });

  await t.test("should give every article a unique, non-empty ASCII URL", () => {
    const urls = loaded.articles.map((a) => a.url);
    assert.equal(new Set(urls).size, urls.length);
    for (const a of loaded.articles) assert.match(a.url, /^\/articles\/\d{4}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
  });
});
