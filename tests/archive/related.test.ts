/** Related stories worked out again only where a change reaches (`sillok serve`) are the ones worked out from scratch. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Story } from "../../src/model/article.ts";
import { findRelated, RelatedMemo } from "../../src/archive/related.ts";
import { newestFirst } from "../../src/archive/indexes.ts";
import { testStory } from "../helpers.ts";

const TOPICS = ["energy", "trade", "minerals", "transport", "culture", "health"];
const COUNTRIES = ["UZ", "KZ", "MN", "VN", "ID", "TM", "KG"];

/** A deterministic pseudo-random stream. */
function stream(seed: number): () => number {
  let x = seed;
  return () => ((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function story(n: number, random: () => number): Story {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const date = random() < 0.15 ? null : `2024-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  return testStory(`s${n.toString(36).padStart(4, "0")}`, {
    slug: `story-${n}`,
    url: `/articles/story-${n}/`,
    title: `기사 ${n}`,
    date,
    dateSource: date ? "front-matter" : null,
    countries: [...new Set(["KR", pick(COUNTRIES), ...(random() < 0.3 ? [pick(COUNTRIES)] : [])])],
    topics: [...new Set([pick(TOPICS), ...(random() < 0.4 ? [pick(TOPICS)] : [])])],
    sourcePath: `${String(n).padStart(5, "0")}.md`,
    textLength: 1000,
    contentHash: String(n),
  });
}

const ids = (related: Map<string, Story[]>) => new Map([...related].map(([id, list]) => [id, list.map((s) => `${s.id}:${s.title}`)]));

test("findRelated with a memo", async (t) => {
  const random = stream(7);
  let stories = Array.from({ length: 600 }, (_, n) => story(n, random));
  const memo = new RelatedMemo();
  const check = (what: string) => {
    const ordered = newestFirst(stories);
    assert.deepEqual(ids(findRelated(ordered, "KR", 5, memo)), ids(findRelated(ordered, "KR")), what);
  };
  check("the first call");
  let next = 600;
  const edits: [string, () => void][] = [
    ["one story added", () => stories.push(story(next++, random))],
    ["one story removed", () => stories.splice(Math.floor(random() * stories.length), 1)],
    ["a story's topics changed", () => ((stories[5] = { ...stories[5]!, topics: ["health", "culture"] }), undefined)],
    ["a story's date changed, its place in the lists kept", () => ((stories[9] = { ...stories[9]!, date: stories[9]!.date ? `${stories[9]!.date.slice(0, 8)}${stories[9]!.date.slice(8) === "01" ? "02" : "01"}` : "2024-06-01" }), undefined)],
    ["a story's date changed a lot", () => ((stories[11] = { ...stories[11]!, date: "2019-01-01" }), undefined)],
    ["a story's title changed", () => ((stories[13] = { ...stories[13]!, title: "새 제목" }), undefined)],
    ["a rare country grows (its weight moves)", () => stories.push(...Array.from({ length: 40 }, () => ({ ...story(next++, random), countries: ["KR", "AF"] })))],
    ["the archive grows by half with stories of one new country (every weight moves)", () => stories.push(...Array.from({ length: 330 }, () => ({ ...story(next++, random), countries: ["KR", "AF"], topics: [] })))],
    ["twenty added and twenty removed", () => (stories.splice(100, 20), stories.push(...Array.from({ length: 20 }, () => story(next++, random))))],
    ["nothing changed", () => {}],
  ];
  for (const [what, edit] of edits) {
    await t.test(`should find the same lists as from scratch: ${what}`, () => {
      edit();
      stories = [...stories];
      check(what);
    });
  }
});

test("findRelated with a memo, over random edits", () => {
  for (let seed = 1; seed <= 8; seed++) {
    const random = stream(seed);
    let stories = Array.from({ length: 150 + Math.floor(random() * 200) }, (_, n) => story(n, random));
    let next = 10_000;
    const memo = new RelatedMemo();
    for (let step = 0; step < 20; step++) {
      const at = Math.floor(random() * stories.length);
      const edit = Math.floor(random() * 6);
      if (edit === 0) stories.push(story(next++, random));
      else if (edit === 1) stories.splice(at, 1);
      else if (edit === 2) stories[at] = { ...stories[at]!, topics: [TOPICS[Math.floor(random() * TOPICS.length)]!] };
      else if (edit === 3) stories[at] = { ...stories[at]!, date: random() < 0.2 ? null : `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` };
      else if (edit === 4) stories[at] = { ...stories[at]!, countries: ["KR", COUNTRIES[Math.floor(random() * COUNTRIES.length)]!] };
      else stories.push(...Array.from({ length: Math.floor(random() * 30) }, () => story(next++, random)));
      stories = [...stories];
      const ordered = newestFirst(stories);
      assert.deepEqual(ids(findRelated(ordered, "KR", 5, memo)), ids(findRelated(ordered, "KR")), `seed ${seed}, edit ${step} (kind ${edit})`);
    }
  }
});
