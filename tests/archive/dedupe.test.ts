import assert from "node:assert/strict";
import { test } from "node:test";
import { dedupe, DedupeMemo, groupStories, minHash, normalizeUrl, similarity } from "../../src/archive/dedupe.ts";
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

test("dedupe with the last call's groups (sillok serve)", async (t) => {
  // Stories from a few templates, so that bands collide often; some near-same, some the same, some sharing a source URL.
  const words = ["카자흐스탄", "우즈베키스탄", "리튬", "광산", "협력", "정부", "기업", "발표", "투자", "공장", "수출", "계약"];
  let seed = 11;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const text = (n: number) => Array.from({ length: 60 }, (_, k) => words[(n * 7 + k * (n % 5 + 1)) % words.length]).join(" ") + ` 기사 ${n % 40}번.`;
  let serial = 0;
  const item = () => {
    const n = serial++;
    const base = Math.floor(random() * 60);
    const body = random() < 0.3 ? text(base) : `${text(base)} ${"추가 문장 ".repeat(n % 3)}${n}`;
    return { sourcePath: `${String(n).padStart(4, "0")}.md`, sourceUrl: random() < 0.2 ? `https://news.example/${Math.floor(random() * 30)}` : null, text: body };
  };
  let items = Array.from({ length: 300 }, item);
  const memo = new DedupeMemo();
  const run = (what: string) => {
    const sorted = [...items].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
    const args = [sorted, sorted.map((a) => minHash(a.text)), sorted.map((a) => a.text.length)] as const;
    assert.deepEqual(groupStories(...args, memo), groupStories(...args), what);
  };
  run("the first call");
  const edits: [string, () => void][] = [
    ["one added", () => items.push(item())],
    ["ten added", () => items.push(...Array.from({ length: 10 }, item))],
    ["one added that sorts first", () => items.push({ ...item(), sourcePath: "0000-first.md" })],
    ["one added with an old one's source URL", () => items.push({ ...item(), sourceUrl: items.find((a) => a.sourceUrl)!.sourceUrl, text: "전혀 다른 글입니다. ".repeat(40) })],
    ["two added, near-same to each other only", () => items.push(...[1, 2].map((k) => ({ ...item(), sourceUrl: null, text: `${"몽골 울란바토르 석탄 발전소 현대화 사업 ".repeat(12)}${k}` })))],
    ["one removed", () => items.splice(7, 1)],
    ["one changed", () => (items[3] = { ...items[3]!, text: text(99) })],
    ["one added after a change", () => items.push(item())],
    ["nothing changed", () => {}],
  ];
  for (const [what, edit] of edits) {
    await t.test(`should find the groups a fresh call finds: ${what}`, () => {
      edit();
      items = [...items];
      run(what);
    });
  }
  await t.test("should have found some groups to keep", () => {
    assert.ok(memo.last!.groups.some((g) => g.length > 2), "no group of three: the test proves little");
  });
});
