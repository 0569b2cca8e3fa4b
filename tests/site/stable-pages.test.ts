/** Adding one story changes few page keys: a rebuild renders only the pages that really change. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Story } from "../../src/model/article.ts";
import { toArchive, type SiteContext } from "../../src/site/data.ts";
import { planPages, PlanMemo } from "../../src/site/plan.ts";
import { loadSiteSettings } from "../../src/config/site.ts";
import { taxonomy, testStory } from "../helpers.ts";

const site: SiteContext = { ...loadSiteSettings(), origin: "http://localhost:8080", pathPrefix: "/" };
const TOPICS = ["energy", "trade-investment", "critical-minerals", "infrastructure"];
const COUNTRIES = ["UZ", "KZ", "MN", "VN", "ID"];

/** A deterministic archive: stories over two years, a third of them undated. */
function story(n: number, date: string | null): Story {
  const id = (n * 2654435761).toString(16).padStart(8, "0").slice(-8) + n.toString(16);
  return testStory(id, {
    slug: `story-${n}`,
    url: date ? `/articles/${date.slice(0, 4)}/${date.slice(5, 7)}/story-${n}/` : `/articles/undated/story-${n}/`,
    title: `기사 ${n}`,
    date,
    dateSource: date ? "front-matter" : null,
    publisher: ["뉴스다오", "정책브리핑", "한빛일보"][n % 3]!,
    countries: ["KR", COUNTRIES[n % 5]!, ...(n % 7 === 0 ? [COUNTRIES[(n + 2) % 5]!] : [])],
    topics: [TOPICS[n % 4]!, ...(n % 3 === 0 ? [TOPICS[(n + 1) % 4]!] : [])],
    sourcePath: `${String(n).padStart(5, "0")}.md`,
    textLength: 1000,
  });
}
const dateOf = (n: number) => (n % 3 === 0 ? null : `${2023 + (n % 2)}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`);
// 890: adding one changes no term's number of pages (that re-renders all its pages, 1 time in 20).
const stories = Array.from({ length: 890 }, (_, n) => story(n, dateOf(n)));

/** The page files whose key differs between the archive and the archive with `added`. */
function changed(added: Story): { lists: string[]; articles: string[] } {
  const before = planPages(toArchive(stories, site, taxonomy.topics), site).keys;
  const after = planPages(toArchive([...stories, added], site, taxonomy.topics), site).keys;
  const differ = [...after].filter(([file, key]) => before.get(file) !== key).map(([file]) => file);
  const own = added.url.slice(1);
  return { lists: differ.filter((f) => /^(topics|countries|publishers)\//.test(f)), articles: differ.filter((f) => f.startsWith("articles/") && !f.startsWith(own)) };
}

test("adding one story", async (t) => {
  await t.test("should change only the first and the last pages of its terms when it is listed last", () => {
    const { lists } = changed(story(9001, null)); // undated, and its file sorts last
    const pages = lists.map((f) => f.replace(/index\.html$/, ""));
    for (const page of pages) assert.match(page, /^(topics|countries|publishers)\/[^/]+\/(page\/\d+\/)?$/);
    // Each of its terms: page 1 (the count) and the last page or two at most.
    const terms = new Set(pages.map((p) => p.split("/").slice(0, 2).join("/")));
    assert.ok(pages.length <= terms.size * 3, `${pages.length} list pages changed for ${terms.size} terms: ${pages.join(", ")}`);
  });

  await t.test("should leave the related stories of nearly every other article as they were", () => {
    for (const added of [story(9002, null), story(9003, "2023-06-15")]) {
      const { articles } = changed(added);
      assert.ok(articles.length <= stories.length / 100, `${articles.length} of ${stories.length} article pages changed`);
    }
  });
});

test("page keys kept from the last build (PlanMemo)", async (t) => {
  await t.test("should be the keys worked out afresh (from copies of the stories), build after build", () => {
    const memo = new PlanMemo();
    const renamed = { ...stories[10]!, title: "고친 제목" };
    const moved = { ...stories[20]!, date: "2022-01-01" };
    const builds = [
      stories,
      [...stories, story(9004, "2023-03-03")],
      [...stories.slice(0, 10), renamed, ...stories.slice(11)], // a title that lists show
      [...stories.slice(0, 20), moved, ...stories.slice(21)], // a story moving to another month
      stories.slice(1), // one removed
      stories,
    ];
    for (const [n, build] of builds.entries()) {
      // The same story objects build after build (as `sillok serve` passes them): their pages and keys are kept where they can be.
      const kept = planPages(toArchive(build, site, taxonomy.topics), site, memo).keys;
      const fresh = planPages(toArchive(build.map((s) => ({ ...s })), site, taxonomy.topics), site).keys;
      assert.deepEqual(kept, fresh, `build ${n}`);
    }
    assert.ok(memo.keys.size > stories.length, "the memo holds every page's parts");
  });
});
