/** A link check over whole built sites: no broken internal link, unique ASCII slugs, every article within three clicks of home. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CORPUS, CORPUS_SKIP } from "../helpers.ts";
import { checkLinks } from "../support/links.ts";
import { buildSite, listFiles, sampleContent, type Built } from "./build-site.ts";

const ARTICLE_URL = /^\/articles\/(?:\d{4}\/\d{2}|undated)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

async function assertSiteLinks(t: import("node:test").TestContext, built: Built, articles: number, prefix = "/") {
  assert.equal(built.status, 0, built.stderr);
  const report = await checkLinks(built.out, prefix);

  await t.test("should have no broken internal link, asset or fragment", () => {
    assert.deepEqual(report.broken.slice(0, 20), []);
  });

  await t.test("should give every article a unique, non-empty ASCII slug", () => {
    const pages = listFiles(built.out)
      .filter((f) => f.startsWith("articles/") && f.endsWith("/index.html"))
      .map((f) => `/${f.slice(0, -"index.html".length)}`);
    assert.equal(pages.length, articles);
    for (const url of pages) assert.match(url, ARTICLE_URL);
    const sitemap = readFileSync(join(built.out, "sitemap.xml"), "utf8");
    const listed = [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[^<]*)<\/loc>/g)].map((m) => m[1]);
    assert.equal(new Set(listed).size, articles, "the sitemap lists each article once");
  });

  await t.test("should reach every article from home within three clicks", () => {
    assert.deepEqual(report.orphans.slice(0, 20), []);
    const far = [...report.depth].filter(([url, depth]) => url.startsWith("/articles/") && depth > 3);
    assert.deepEqual(far.slice(0, 20), []);
    assert.equal([...report.depth.keys()].filter((url) => url.startsWith("/articles/")).length, articles);
  });
}

test("links of the sample site", async (t) => {
  await assertSiteLinks(t, buildSite(sampleContent()), 5);
});

test("links of the sample site under --pathprefix /archive/", async (t) => {
  await assertSiteLinks(t, buildSite(sampleContent(), ["--pathprefix", "/archive/"]), 5, "/archive/");
});

test("links of the real corpus site", { skip: CORPUS_SKIP }, async (t) => {
  const built = buildSite(CORPUS);
  await t.test("should build all 1,168 articles", () => assert.match(built.stdout, /files read   1169 .*\n  articles     1168 \(1051 stories, 117 duplicates\)/));
  await assertSiteLinks(t, built, 1168);
});
