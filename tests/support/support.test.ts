/** The test support itself, on a tiny fixture site served under "/p/". */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { browserSkip, checkA11y, launchBrowser, screenshot, watchConsole } from "./browser.ts";
import { checkLinks } from "./links.ts";
import { serveSite, type ServedSite } from "./serve.ts";
import { tempDir } from "../temp.ts";

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main id="main"><h1>${title}</h1>${body}</main></body></html>`;

const FIXTURE: Record<string, string> = {
  "index.html": page("홈", '<a href="a/">가</a> <a href="b.html">나</a> <a href="c/">다</a> <a href="#main">본문</a>'),
  "a/index.html": page("가", '<a href="/p/">홈</a> <a href="../b.html#main">나</a>'),
  "b.html": page("나", '<a href="./">홈</a>'),
  "404.html": page("없는 페이지", '<a href="/p/">홈으로</a>'),
};

let dir = "";
let site: ServedSite;

before(async () => {
  dir = tempDir("sillok-support-");
  for (const [path, html] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  site = await serveSite(dir, "/p/");
});

after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

test("checkLinks", async (t) => {
  const report = await checkLinks(dir, "/p/");

  await t.test("should report exactly the missing link", () => {
    assert.equal(report.pages, 4);
    assert.deepEqual(report.broken, [{ from: "/", href: "c/" }]);
  });

  await t.test("should give each page its clicks from home, leaving out 404.html", () => {
    assert.deepEqual([...report.depth].sort(), [["/", 0], ["/a/", 1], ["/b.html", 1]]);
    assert.deepEqual(report.orphans, []);
  });

  await t.test("should report a link outside the prefix and a missing fragment", async () => {
    writeFileSync(join(dir, "b.html"), page("나", '<a href="/">밖</a> <a href="a/#nowhere">가</a> <a href="https://example.com/x">외부</a>'));
    try {
      const { broken } = await checkLinks(dir, "/p/");
      assert.deepEqual(
        broken.filter((b) => b.from === "/b.html"),
        [
          { from: "/b.html", href: "/" },
          { from: "/b.html", href: "a/#nowhere" },
        ],
      );
    } finally {
      writeFileSync(join(dir, "b.html"), FIXTURE["b.html"]!);
    }
  });
});

test("serveSite", async (t) => {
  await t.test("should serve the site under its prefix", async () => {
    assert.equal(site.url("/a/"), `${site.origin}/p/a/`);
    const home = await fetch(site.url("/"));
    assert.equal(home.status, 200);
    assert.match(home.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await home.text(), /<h1>홈<\/h1>/);
    assert.equal((await fetch(site.url("/b.html"))).status, 200);
    assert.equal((await fetch(site.url("/a/"))).status, 200);
  });

  await t.test("should redirect a folder without its slash", async () => {
    const response = await fetch(site.url("/a"), { redirect: "manual" });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get("location"), "/p/a/");
  });

  await t.test("should answer 404 outside the prefix", async () => {
    const response = await fetch(`${site.origin}/a/`);
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /없는 페이지/);
  });

  await t.test("should answer unknown paths with the site's 404 page", async () => {
    const response = await fetch(site.url("/c/"));
    assert.equal(response.status, 404);
    assert.match(await response.text(), /<h1>없는 페이지<\/h1>/);
  });
});

test("browser", { skip: browserSkip() }, async (t) => {
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const tab = await browser.newPage();
  const { errors } = watchConsole(tab, [site.url("/c/")]);

  await t.test("should open the home page and follow a link", async () => {
    await tab.goto(site.url("/"));
    await tab.getByRole("link", { name: "가" }).click();
    await tab.waitForURL(site.url("/a/"));
    assert.equal(await tab.locator("h1").textContent(), "가");
  });

  await t.test("should show the 404 page for the missing link, as expected", async () => {
    const response = await tab.goto(site.url("/c/"));
    assert.equal(response?.status(), 404);
    assert.equal(await tab.locator("h1").textContent(), "없는 페이지");
  });

  await t.test("should run axe", async () => {
    await tab.goto(site.url("/"));
    const violations = await checkA11y(tab);
    assert.ok(Array.isArray(violations));
    assert.deepEqual(violations, []);
  });

  await t.test("should take a full-page screenshot", async () => {
    const path = await screenshot(tab, "support-demo", 360);
    assert.ok(path.endsWith(join("test-output", "screenshots", "support-demo-360.png")));
    assert.ok(existsSync(path));
  });

  await t.test("should have seen no console error or failed request", () => {
    assert.deepEqual(errors, []);
  });
});
