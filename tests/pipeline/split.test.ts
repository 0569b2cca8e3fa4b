import assert from "node:assert/strict";
import { test } from "node:test";
import { split } from "../../src/pipeline/split.ts";

test("split", async (t) => {
  await t.test("should read YAML front matter and the body with its first line", () => {
    const s = split("---\ntitle: 제목\ncategories:\n  - News\n---\n\n본문\n");
    assert.deepEqual(s.frontMatter, { title: "제목", categories: ["News"] });
    assert.equal(s.body, "\n본문\n");
    assert.equal(s.bodyLine, 6);
    assert.deepEqual(s.problems, []);
  });

  const broken: [string, string, RegExp][] = [
    ["a title starting with [", "title: [탁구] 장우진 16강 진출!", /title starts with "\[" — quote it/],
    ["several quoted fragments", "title: 'TV드라마' '한국어' '실수'", /several quoted fragments/],
    ["a quoted word followed by more", "title: '장금이' 전국 확대", /starts with a quoted word/],
    ["a title running onto the next line", "title: 해병 특검법\n공수처의 시간", /runs onto the next line/],
  ];
  for (const [name, line, hint] of broken) {
    await t.test(`should keep the article and warn on line 2 for ${name}`, () => {
      const s = split(`---\n${line}\ncategories:\n  - News\n---\n본문`);
      assert.equal(s.problems.length, 1);
      assert.equal(s.problems[0]!.line, 2);
      assert.equal(s.problems[0]!.field, "title");
      assert.match(s.problems[0]!.message, hint);
      assert.deepEqual(s.frontMatter.categories, ["News"]);
      assert.ok(String(s.frontMatter.title).length > 0);
    });
  }

  await t.test("should join several quoted fragments into one title", () => {
    assert.equal(split("---\ntitle: 'TV드라마' '한국어'\n---\n").frontMatter.title, "TV드라마 한국어");
  });

  await t.test("should read a body without front matter as it is", () => {
    const s = split("메뉴 건너뛰기\n\n본문");
    assert.equal(s.hasFrontMatter, false);
    assert.equal(s.body, "메뉴 건너뛰기\n\n본문");
  });

  await t.test("should warn when the front matter never closes", () => {
    const s = split("---\ntitle: x\n본문");
    assert.equal(s.hasFrontMatter, false);
    assert.match(s.problems[0]!.message, /never closes/);
  });
});
