/** Rebuilding: the cache parses only what changed; output is atomic; content/ is never touched. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { buildSite, listFiles, sampleContent, type Built } from "./build-site.ts";

/** sha256 of every file under `dir`, by relative path. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

const parsedCount = (built: Built) => Number(built.stdout.match(/\((\d+) parsed, (\d+) from the cache\)/)?.[1]);
const NEW_FILE = "2024-08-02-new.md";
const NEW_TEXT = "---\ntitle: 우즈베키스탄 리튬 광산 공동 개발\n---\n<p>한국과 우즈베키스탄이 리튬 광산을 함께 개발한다. 핵심광물 공급망 협력의 하나로 우즈베키스탄 정부가 발표했다.</p>\n<p>양국은 핵심광물 탐사와 제련 기술 협력도 논의했다.</p>\n";
const NEW_URL = "/articles/2024/08/ujeubekiseutan-rityum-gwangsan-gongdong-gaebal/";

test("rebuilding after changes", async (t) => {
  const content = sampleContent();
  const first = buildSite(content);
  const out = first.out;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  const contentBefore = snapshot(content);

  await t.test("should parse every file on a cold build", () => {
    assert.equal(first.status, 0, first.stderr);
    assert.equal(parsedCount(first), 5);
  });

  await t.test("should parse nothing on a rebuild with no change, and write the same site", () => {
    const before = snapshot(out);
    const again = buildSite(content, [], out);
    assert.equal(parsedCount(again), 0);
    assert.deepEqual(snapshot(out), before);
  });

  await t.test("should parse only an added file and list it on home, topic, country and month pages", () => {
    writeFileSync(join(content, NEW_FILE), NEW_TEXT);
    const added = buildSite(content, [], out);
    assert.equal(added.status, 0, added.stderr);
    assert.equal(parsedCount(added), 1);
    assert.ok(existsSync(join(out, NEW_URL, "index.html")));
    for (const page of ["index.html", "topics/critical-minerals/index.html", "countries/uz/index.html", "archive/2024/08/index.html"]) {
      assert.ok(read(page).includes(`href="${NEW_URL}"`), `${page} does not list the new article`);
    }
  });

  await t.test("should change a changed file's page and indexes", () => {
    writeFileSync(join(content, NEW_FILE), NEW_TEXT.replace("title: 우즈베키스탄 리튬 광산 공동 개발", "title: 우즈베키스탄 리튬 광산 공동 개발 착수\nslug: uz-lithium"));
    const changed = buildSite(content, [], out);
    assert.equal(parsedCount(changed), 1);
    assert.ok(!existsSync(join(out, NEW_URL)), "the old URL is gone");
    assert.match(read("articles/2024/08/uz-lithium/index.html"), /<h1>우즈베키스탄 리튬 광산 공동 개발 착수<\/h1>/);
    assert.ok(read("countries/uz/index.html").includes('href="/articles/2024/08/uz-lithium/"'));
  });

  await t.test("should remove a deleted file's page and every link to it", () => {
    unlinkSync(join(content, NEW_FILE));
    const deleted = buildSite(content, [], out);
    assert.equal(parsedCount(deleted), 0);
    assert.ok(!existsSync(join(out, "articles/2024/08")));
    for (const file of listFiles(out)) assert.ok(!readFileSync(join(out, file), "utf8").includes("uz-lithium"), `${file} still links to it`);
  });

  await t.test("should build the same site from a corrupt or deleted cache", () => {
    const before = snapshot(out);
    const cacheDir = join(dirname(out), "cache");
    const index = join(cacheDir, "index.json");
    writeFileSync(index, readFileSync(index, "utf8").slice(0, 5000));
    const corrupt = buildSite(content, [], out);
    assert.equal(corrupt.status, 0, corrupt.stderr);
    assert.match(corrupt.stderr, /cache .* is unreadable \(corrupt or cut short\); parsing every file again/);
    assert.deepEqual(snapshot(out), before);
    // Bodies cut short, and no record of what the site holds: every page is rendered from what can still be read.
    for (const pack of readdirSync(join(cacheDir, "packs"))) writeFileSync(join(cacheDir, "packs", pack), "{");
    unlinkSync(join(cacheDir, "trees.json"));
    const cutPacks = buildSite(content, [], out);
    assert.equal(cutPacks.status, 0, cutPacks.stderr);
    assert.deepEqual(snapshot(out), before);
    rmSync(cacheDir, { recursive: true });
    const none = buildSite(content, [], out);
    assert.equal(parsedCount(none), 5);
    assert.deepEqual(snapshot(out), before);
  });

  await t.test("should redo only topics when the taxonomy changes", () => {
    const taxonomy = join(dirname(out), "topics.yaml");
    writeFileSync(taxonomy, "topics:\n  - id: minerals\n    label: 광물\n    keywords: [핵심광물, 희토류, 리튬]\n");
    const edited = buildSite(content, ["--taxonomy", taxonomy], out);
    assert.equal(edited.status, 0, edited.stderr);
    assert.equal(parsedCount(edited), 0);
    assert.ok(existsSync(join(out, "topics/minerals/index.html")));
    assert.ok(!existsSync(join(out, "topics/critical-minerals")));
    buildSite(content, [], out);
  });

  await t.test("should not render again what the build before changed, and build what a cold build does", () => {
    writeFileSync(join(content, NEW_FILE), NEW_TEXT);
    buildSite(content, [], out);
    const page = join(out, NEW_URL, "index.html");
    const rendered = statSync(page).ino;
    // A story sharing no topic, country or month with the one before: its page stays as it is.
    writeFileSync(join(content, "2024-10-05-other.md"), "---\ntitle: 베트남 관광객 늘어\n---\n<p>베트남을 찾는 관광객이 올해 크게 늘었다고 현지 당국이 밝혔다.</p>\n");
    try {
      const next = buildSite(content, [], out);
      assert.equal(next.status, 0, next.stderr);
      assert.equal(statSync(page).ino, rendered, "the page the build before rendered was rendered again");
      // The search files number the stories in the order they came: a cold build numbers them afresh.
      const pages = (dir: string) => new Map([...snapshot(dir)].filter(([file]) => !file.startsWith("search/")));
      assert.deepEqual(pages(out), pages(buildSite(content).out));
    } finally {
      unlinkSync(join(content, NEW_FILE));
      unlinkSync(join(content, "2024-10-05-other.md"));
      buildSite(content, [], out);
    }
  });

  await t.test("should keep no search file of a story deleted two builds before", () => {
    const searchDocs = (dir: string) => listFiles(dir).filter((f) => f.startsWith("search/d/"));
    writeFileSync(join(content, "2024-03-15-weather.md"), "---\ntitle: 오늘 날씨 맑음\n---\n<p>전국이 대체로 맑겠다고 기상청이 밝혔다.</p>\n");
    buildSite(content, [], out);
    unlinkSync(join(content, "2024-03-15-weather.md"));
    buildSite(content, [], out);
    // A copy of a story: pages change, the search index does not; the spare still has the deleted story's file.
    const sample = readdirSync(content).sort()[0]!;
    writeFileSync(join(content, "zzz-copy.txt"), readFileSync(join(content, sample)));
    try {
      const copied = buildSite(content, [], out);
      assert.equal(copied.status, 0, copied.stderr);
      assert.deepEqual(searchDocs(out), searchDocs(buildSite(content).out));
    } finally {
      unlinkSync(join(content, "zzz-copy.txt"));
      buildSite(content, [], out);
    }
  });

  await t.test("should leave the previous site whole when --strict fails", () => {
    const before = snapshot(out);
    writeFileSync(join(content, "chrome-only.txt"), "메뉴 건너뛰기\n무단전재 및 재배포 금지\n");
    const strict = buildSite(content, ["--strict"], out);
    unlinkSync(join(content, "chrome-only.txt"));
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /chrome-only.txt: error: no article text is left/);
    assert.deepEqual(snapshot(out), before);
  });

  // Each kill must land in its phase: the child has to die by the signal, not finish first.
  const cacheOf = (parent: string) => join(parent, "cache");
  const newer = (dir: string, since: number) => existsSync(dir) && readdirSync(dir).some((f) => statSync(join(dir, f)).mtimeMs >= since);
  for (const [when, ready] of [
    ["while parsing", (parent: string, started: number) => newer(join(cacheOf(parent), "packs"), started)],
    ["while writing pages", (parent: string) => existsSync(cacheOf(parent)) && readdirSync(cacheOf(parent)).some((e) => e.startsWith("render-") && existsSync(join(cacheOf(parent), e, "articles")))],
  ] as const) {
    await t.test(`should leave the previous site whole when killed ${when}`, async () => {
      const before = snapshot(out);
      const parent = dirname(out);
      // A new article, so that the killed build has pages to write.
      writeFileSync(join(content, NEW_FILE), NEW_TEXT);
      const started = Date.now() - 1;
      const child = spawn(process.execPath, ["bin/sillok.js", "build", "--content", content, "--out", out, "--cache", cacheOf(parent), "--no-cache"], { stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
      let done = false;
      void exited.then(() => (done = true));
      while (!done && !ready(parent, started) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 2));
      child.kill("SIGKILL");
      assert.equal(await exited, "SIGKILL", `the build finished before it could be killed ${when}`);
      unlinkSync(join(content, NEW_FILE));
      assert.deepEqual(snapshot(out), before);
      const next = buildSite(content, [], out);
      assert.equal(next.status, 0, next.stderr);
      assert.deepEqual(readdirSync(parent).sort(), ["cache", "site", "topics.yaml"], "the next build cleans up after the killed one");
      assert.ok(!readdirSync(cacheOf(parent)).some((e) => e.startsWith("render-")), "the killed build's render folder is gone");
      assert.deepEqual(snapshot(out), before);
    });
  }

  await t.test("should never write to the content folder", () => {
    assert.deepEqual(snapshot(content), contentBefore);
  });
});
