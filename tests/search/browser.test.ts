/**
 * Searching as a reader does, in headless Chromium: type a query on /search/, see hits with
 * highlighted snippets, filter by country, open a hit; the same under a path prefix; without
 * JavaScript the page says so and links to the topic and country pages. Counts the bytes the
 * browser fetches from loading /search/ to the first hit on screen.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { browserSkip, checkA11y, launchBrowser, screenshot, watchConsole, withPage } from "../support/browser.ts";
import { buildSite, sampleContent } from "../site/build-site.ts";

const skip = browserSkip();
let browser: Browser;

before(async () => {
  if (!skip) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Bytes of every response the page receives from now on. */
function countBytes(page: Page): () => number {
  let total = 0;
  page.on("response", (response) => {
    void response.body().then((body) => (total += body.byteLength), () => {});
  });
  return () => total;
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator("input[name=q]").fill(query);
  await page.locator("form[role=search] button[type=submit]").click();
  await page.locator("[data-results] li").first().waitFor();
}

test("search in the browser", { skip }, async (t) => {
  const content = sampleContent();
  const root = buildSite(content);
  const prefixed = buildSite(content, ["--pathprefix", "/archive/"]);
  assert.equal(root.status, 0, root.stderr);
  assert.equal(prefixed.status, 0, prefixed.stderr);

  for (const [name, built, prefix] of [["at the root", root, "/"], ["under --pathprefix /archive/", prefixed, "/archive/"]] as const) {
    await t.test(`should find a word inside a compound, filter by country and open a hit ${name}`, () =>
      withPage(browser, built.out, async (page, site) => {
        const console = watchConsole(page);
        const bytes = countBytes(page);
        await page.goto(site.url("/search/"));
        await searchFor(page, "광물");
        t.diagnostic(`bytes fetched until the first hit: ${(bytes() / 1024).toFixed(0)} KB`);
        const hits = page.locator("[data-results] li");
        assert.ok((await hits.count()) >= 3, "핵심광물 is in several samples");
        assert.match((await page.locator("[data-status]").textContent()) ?? "", /‘광물’ 검색 결과 \d+건/);
        assert.equal(await hits.first().locator("mark").first().textContent(), "광물");
        assert.match(new URL(page.url()).search, /q=%EA%B4%91%EB%AC%BC/);
        if (prefix === "/") {
          assert.deepEqual(await checkA11y(page), []);
          for (const width of [360, 1280]) await screenshot(page, "search", width);
        }

        await page.locator("select[name=country]").selectOption("uz");
        await page.waitForFunction(() => /건/.test(document.querySelector("[data-status]")?.textContent ?? "") && document.querySelectorAll("[data-results] li").length > 0);
        const filtered = await hits.count();
        assert.ok(filtered >= 1 && filtered < 5, `the Uzbekistan filter keeps ${filtered}`);

        const title = await hits.first().locator("h2 a").textContent();
        await Promise.all([page.waitForURL(/\/articles\//), hits.first().locator("h2 a").click()]);
        assert.ok(new URL(page.url()).pathname.startsWith(`${prefix}articles/`));
        assert.equal(await page.locator("h1").textContent(), title);
        assert.deepEqual(console.errors, []);
      }, { prefix }),
    );
  }

  await t.test("should find short country names and two-word queries, and say when nothing matches", () =>
    withPage(browser, root.out, async (page, site) => {
      await page.goto(site.url("/search/?q=%EC%9A%B0%EC%A6%88%EB%B2%A1"));
      await page.locator("[data-results] li").first().waitFor();
      await searchFor(page, "리튬 협력");
      assert.ok((await page.locator("[data-results] li").count()) >= 1);
      await page.locator("input[name=q]").fill("없는낱말쀍");
      await page.locator("form[role=search] button[type=submit]").click();
      await page.waitForFunction(() => /없습니다/.test(document.querySelector("[data-status]")?.textContent ?? ""));
    }),
  );

  await t.test("should say, without JavaScript, that search needs it and link to topics and countries", () =>
    withPage(browser, root.out, async (page, site) => {
      await page.goto(site.url("/search/"));
      const notice = page.locator("main p.notice");
      assert.match((await notice.textContent()) ?? "", /자바스크립트/);
      assert.equal(await notice.locator('a[href="/topics/"]').count(), 1);
      assert.equal(await notice.locator('a[href="/countries/"]').count(), 1);
      assert.equal(await page.locator("[data-search]").isVisible(), false);
    }, { javaScript: false }),
  );
});
