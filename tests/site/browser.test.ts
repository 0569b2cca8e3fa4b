/**
 * A reader's walk through the built site in headless Chromium (Debian's, via playwright-core):
 * home -> a topic -> an article -> one of its countries -> home, at the root and under a path
 * prefix; axe-core on each kind of page; no console errors; screenshots at 360 and 1280 px.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { browserSkip, checkA11y, launchBrowser, screenshot, watchConsole } from "../support/browser.ts";
import { serveSite, type ServedSite } from "../support/serve.ts";
import { buildSite, sampleContent, TEMPLATE_ARTICLE } from "./build-site.ts";

const skip = browserSkip();
let browser: Browser;

before(async () => {
  if (!skip) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Clicks the first link matching `selector` and waits for the page it opens. */
async function click(page: Page, selector: string): Promise<void> {
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), page.locator(selector).first().click()]);
}

async function walk(page: Page, site: ServedSite): Promise<string[]> {
  const visited: string[] = [];
  const path = () => new URL(page.url()).pathname;
  await page.goto(site.url("/"));
  visited.push(path());
  assert.equal(await page.locator("h1").textContent(), "실록 뉴스 아카이브");
  await click(page, '#topics ~ ul.terms a[href*="/topics/critical-minerals/"]');
  visited.push(path());
  assert.equal(await page.locator("h1").textContent(), "핵심광물");
  await click(page, "ol.stories h2 a");
  visited.push(path());
  assert.match(path(), /\/articles\/(?:undated|\d{4}\/\d{2})\/[a-z0-9-]+\/$/);
  await click(page, 'aside ul[aria-label="나라"] a');
  visited.push(path());
  assert.match(path(), /\/countries\/[a-z]{2}\/$/);
  await click(page, "header a.brand");
  visited.push(path());
  return visited;
}

test("a reader's walk through the site", { skip }, async (t) => {
  const content = sampleContent({ "2024-07-24-template.md": TEMPLATE_ARTICLE });
  const root = buildSite(content);
  const prefixed = buildSite(content, ["--pathprefix", "/archive/"]);
  assert.equal(root.status, 0, root.stderr);
  assert.equal(prefixed.status, 0, prefixed.stderr);

  await t.test("should walk home, topic, article, country and back home", async () => {
    const site = await serveSite(root.out);
    const page = await browser.newPage();
    const console = watchConsole(page);
    try {
      const visited = await walk(page, site);
      assert.equal(visited[0], "/");
      assert.equal(visited[1], "/topics/critical-minerals/");
      assert.equal(visited.at(-1), "/");
      assert.deepEqual(console.errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  await t.test("should walk the same way under --pathprefix /archive/", async () => {
    const site = await serveSite(prefixed.out, "/archive/");
    const page = await browser.newPage();
    const console = watchConsole(page);
    try {
      const visited = await walk(page, site);
      for (const path of visited) assert.ok(path.startsWith("/archive/"), `${path} is outside the prefix`);
      assert.equal(visited[1], "/archive/topics/critical-minerals/");
      assert.equal(visited.at(-1), "/archive/");
      await click(page, 'nav a[href="/archive/archive/"]');
      assert.equal(await page.locator("h1").textContent(), "날짜별 기사");
      assert.deepEqual(console.errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  await t.test("should pass axe-core with no serious or critical violation, and take screenshots", async () => {
    const site = await serveSite(root.out);
    const page = await browser.newPage();
    const console = watchConsole(page);
    const pages: [string, string][] = [
      ["home", "/"],
      ["topic", "/topics/critical-minerals/"],
      ["countries", "/countries/"],
      ["country", "/countries/kz/"],
      ["article", "/articles/undated/han-kajaheuseutan-haeksimgwangmul-tamsa-hyeomnyeok-ganghwa/"],
      ["archive", "/archive/"],
    ];
    try {
      for (const [name, path] of pages) {
        await page.goto(site.url(path));
        assert.deepEqual(await checkA11y(page), [], `${name} (${path})`);
        for (const width of [360, 1280]) await screenshot(page, name, width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} scrolls sideways at 1280 px`);
      }
      await page.setViewportSize({ width: 360, height: 800 });
      for (const [name, path] of pages) {
        await page.goto(site.url(path));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} scrolls sideways at 360 px`);
      }
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(site.url("/countries/"));
      assert.deepEqual(await checkA11y(page), [], "countries in dark mode");
      await screenshot(page, "countries-dark", 360);
      await page.goto(site.url(pages[4]![1]));
      assert.deepEqual(await checkA11y(page), [], "article in dark mode");
      await screenshot(page, "article-dark", 360);
      assert.deepEqual(console.errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  await t.test("should read and browse without JavaScript", async () => {
    const site = await serveSite(root.out);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const visited = await walk(page, site);
      assert.equal(visited.length, 5);
    } finally {
      await context.close();
      await site.close();
    }
  });

  await t.test("should show the 404 page for a missing path", async () => {
    const site = await serveSite(root.out);
    const page = await browser.newPage();
    try {
      const response = await page.goto(site.url("/no/such/page/"));
      assert.equal(response?.status(), 404);
      assert.equal(await page.locator("h1").textContent(), "페이지를 찾을 수 없습니다");
      await click(page, 'main a[href="/topics/"]');
      assert.equal(await page.locator("h1").textContent(), "주제");
    } finally {
      await page.close();
      await site.close();
    }
  });
});
