import assert from "node:assert/strict";
import { test } from "node:test";
import { dedupe, minHash, normalizeUrl, similarity } from "../../src/archive/dedupe.ts";
import type { Article } from "../../src/model/article.ts";

function article(id: string, overrides: Partial<Article>): Article {
  return {
    id, slug: id, url: `/articles/undated/${id}/`, title: id, date: null, dateSource: null, publisher: null, sourceUrl: null,
    countries: [], regions: [], topics: [], categories: [], excerpt: "", html: "", text: "", images: [], duplicateOf: null,
    duplicates: [], sourcePath: `${id}.md`, ...overrides,
  };
}

const story = "카자흐스탄을 국빈 방문 중인 윤석열 대통령은 상호 보완적인 산업구조를 가진 한국과 카자흐스탄이 경제협력의 지평을 더욱 넓혀 나가야 한다고 밝혔다. ".repeat(4);

test("dedupe", async (t) => {
  await t.test("should treat URLs that differ in case, www, slash, fragment and utm_ as one", () => {
    assert.equal(normalizeUrl("https://www.Newsdao.kr/4208/?utm_source=x#top"), normalizeUrl("https://newsdao.kr/4208"));
    assert.notEqual(normalizeUrl("https://newsdao.kr/4208"), normalizeUrl("https://newsdao.kr/4209"));
  });

  await t.test("should make one canonical article per source URL, the earliest dated", () => {
    const out = dedupe([
      article("a", { sourceUrl: "https://newsdao.kr/1", date: "2024-07-02", text: "가".repeat(50) }),
      article("b", { sourceUrl: "https://newsdao.kr/1/", date: "2024-07-01", text: "나".repeat(50) }),
      article("c", { sourceUrl: "https://newsdao.kr/2", text: "다".repeat(50) }),
    ]);
    assert.deepEqual(out.map((a) => a.duplicateOf), ["b", null, null]);
    assert.deepEqual(out[1]!.duplicates, ["a.md"]);
  });

  await t.test("should group near-same texts without a source URL", () => {
    const out = dedupe([
      article("a", { text: story }),
      article("b", { text: `${story} 추가 문장 하나.` }),
      article("c", { text: "전혀 다른 기사입니다. ".repeat(30) }),
    ]);
    // No dates and no source URL: the longer text is the canonical one.
    assert.deepEqual(out.map((a) => a.duplicateOf), ["b", null, null]);
  });

  await t.test("should estimate similarity near 1 for the same text and near 0 for different texts", () => {
    assert.equal(similarity(minHash(story), minHash(story)), 1);
    assert.ok(similarity(minHash(story), minHash("완전히 다른 내용의 문장들입니다. ".repeat(10))) < 0.2);
  });
});
