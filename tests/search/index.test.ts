/** The search index: what it finds, and an index updated from the last one equals one made anew. */
import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import type { Story } from "../../src/model/article.ts";
import type { SearchDoc } from "../../src/search/build-index.ts";
import { writeSearchFiles } from "../../src/search/search-files.ts";
import { fileEngine } from "../support/search.ts";
import { testStory } from "../helpers.ts";
import { tempDir } from "../temp.ts";

function story(id: string, title: string, extra: Partial<Story> = {}): Story {
  return testStory(id, { title, publisher: "뉴스다오", countries: ["KZ"], topics: ["critical-minerals"], ...extra });
}

const doc = (no: number, s: Story, text: string): SearchDoc => ({ no, story: s, text: () => text });
const labels = { topic: { "critical-minerals": "핵심광물" }, country: { kz: "카자흐스탄", uz: "우즈베키스탄" } };

function filesOf(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)).toString("base64")]));
}

test("search index", async (t) => {
  const before = [
    doc(0, story("a", "한-카자흐스탄 핵심광물 협력"), "양국은 핵심광물 공급망 협력을 강화하기로 했다. 리튬과 희토류 탐사가 포함된다."),
    doc(1, story("b", "재생에너지 전환"), "신재생에너지 발전 비중을 늘린다. 태양광과 해상풍력이 중심이다."),
    doc(2, story("c", "MOU 체결"), "두 기관은 MOU를 체결했다. ESG 경영 협력도 논의했다."),
    doc(3, story("d", "철도 인프라", { countries: ["UZ"] }), "우즈베키스탄 철도 사업에 한국 기업이 참여한다."),
  ];
  const first = tempDir("sillok-index-");
  const made = writeSearchFiles(before, 4, labels, "k1", null, first);

  await t.test("should find words inside compounds and before particles, and Latin words", async () => {
    const { engine } = fileEngine(first);
    const urls = async (q: string, filters = {}) => (await engine.search(q, filters)).hits.map((h) => h.url);
    assert.deepEqual(await urls("광물"), ["/articles/undated/a/"]);
    assert.deepEqual(await urls("에너지"), ["/articles/undated/b/"]);
    assert.deepEqual((await urls("협력")).sort(), ["/articles/undated/a/", "/articles/undated/c/"]);
    assert.deepEqual(await urls("카자흐"), ["/articles/undated/a/"]);
    assert.deepEqual(await urls("mou"), ["/articles/undated/c/"]);
    assert.deepEqual(await urls("철도", { country: "uz" }), ["/articles/undated/d/"]);
    assert.deepEqual(await urls("철도", { country: "kz" }), []);
    const [hit] = (await engine.search("풍력")).hits;
    assert.match(hit!.snippet, /해상<mark>풍력<\/mark>/);
  });

  await t.test("should give the same files when updated from the last index as when made anew", () => {
    // d changes, b is deleted (its number freed), e takes it.
    const after = [before[0]!, before[2]!, doc(3, story("d", "철도 인프라 확대", { countries: ["UZ"], contentHash: "d2" }), "우즈베키스탄 철도와 도로 사업이 확대된다."), doc(1, story("e", "배터리 공장"), "전기차 배터리 합작 공장을 짓는다. 두 회사가 협력한다.")];
    const fresh = tempDir("sillok-index-");
    writeSearchFiles(after, 4, labels, "k2", null, fresh);
    const updated = tempDir("sillok-index-");
    const result = writeSearchFiles(after, 4, labels, "k2", null, updated, { dir: first, keys: made.keys, kept: [0, 2], whole: false });
    assert.deepEqual(filesOf(updated), filesOf(fresh));
    // Kept docs were copied from the last index, not indexed again.
    assert.equal(filesOf(updated).get("search/d/0.json"), filesOf(first).get("search/d/0.json"));
    assert.ok(result.written.includes("search/d/3.json") && result.written.includes("search/d/1.json"));
  });

  await t.test("should rewrite only the shards an added story's words fall in when every story is kept", () => {
    const after = [...before, doc(4, story("e", "배터리 공장"), "전기차 배터리 합작 공장을 짓는다.")];
    const fresh = tempDir("sillok-index-");
    writeSearchFiles(after, 5, labels, "k3", null, fresh);
    // The folder being updated holds the last index (as the spare output tree does).
    const updated = tempDir("sillok-index-");
    cpSync(first, updated, { recursive: true });
    const result = writeSearchFiles(after, 5, labels, "k3", made.keys, updated, { dir: first, keys: made.keys, kept: [0, 1, 2, 3], whole: true });
    assert.deepEqual(filesOf(updated), filesOf(fresh));
    const shards = (files: Iterable<string>) => [...files].filter((f) => f.startsWith("search/s/"));
    const changed = shards(filesOf(fresh).keys()).filter((f) => filesOf(fresh).get(f) !== filesOf(first).get(f));
    assert.ok(changed.length > 0 && changed.length < 16);
    assert.deepEqual(shards(result.written).sort(), changed.sort(), "only the shards with the new story's words are written");
  });

  await t.test("should give the same files when an added story takes a free number below the kept ones", () => {
    const held = [before[0]!, before[1]!, before[3]!];
    const last = tempDir("sillok-index-");
    const lastFiles = writeSearchFiles(held, 4, labels, "k4", null, last);
    const after = [...held, doc(2, story("e", "철도 협력 확대"), "카자흐스탄 철도와 핵심광물 운송 협력을 확대한다.")];
    const fresh = tempDir("sillok-index-");
    writeSearchFiles(after, 4, labels, "k5", null, fresh);
    const updated = tempDir("sillok-index-");
    cpSync(last, updated, { recursive: true });
    writeSearchFiles(after, 4, labels, "k5", lastFiles.keys, updated, { dir: last, keys: lastFiles.keys, kept: [0, 1, 3], whole: true });
    assert.deepEqual(filesOf(updated), filesOf(fresh));
  });

  await t.test("should give the same files when several added stories share words with the kept ones, below, among and after them", () => {
    const held = [before[0]!, before[2]!, doc(4, story("b", "재생에너지 전환"), "신재생에너지 협력을 늘린다."), doc(6, story("d", "철도 인프라", { countries: ["UZ"] }), "우즈베키스탄 철도 협력 사업.")];
    const last = tempDir("sillok-index-");
    const lastFiles = writeSearchFiles(held, 7, labels, "k6", null, last);
    const added = [
      doc(1, story("f", "철도 협력"), "카자흐스탄 철도 협력을 확대한다."),
      doc(3, story("g", "핵심광물 협력"), "핵심광물 협력과 철도 운송."),
      doc(5, story("h", "MOU 협력"), "MOU 협력 체결."),
      doc(7, story("i", "철도 공급망"), "공급망과 철도 협력."),
    ];
    const after = [...held, ...added];
    const fresh = tempDir("sillok-index-");
    writeSearchFiles(after, 8, labels, "k7", null, fresh);
    const updated = tempDir("sillok-index-");
    cpSync(last, updated, { recursive: true });
    writeSearchFiles(after, 8, labels, "k7", lastFiles.keys, updated, { dir: last, keys: lastFiles.keys, kept: [0, 2, 4, 6], whole: true });
    assert.deepEqual(filesOf(updated), filesOf(fresh));
  });
});
