/** `sillok serve`'s rebuilds keep the last build's work in memory (BuildSession): each makes the site a cold build makes. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { spawn, spawnSync } from "node:child_process";
import { ArticleCache } from "../../src/archive/cache.ts";
import { buildSite, listFiles, sampleContent } from "../site/build-site.ts";
import { tempDir } from "../temp.ts";

const PORT = 19000 + (process.pid % 1000);

/** Articles sharing topics and countries, so that related lists overlap. */
function article(n: number): string {
  const country = ["카자흐스탄", "우즈베키스탄", "몽골", "베트남"][n % 4]!;
  const topic = ["리튬 광산 핵심광물", "태양광 발전 에너지", "교역 투자 협정", "철도 물류 인프라"][n % 3]!;
  return `---\ntitle: ${country} ${topic} 소식 ${n}\ndate: 2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, "0")}\n---\n<p>${country} 정부가 ${topic} 협력 계획 ${n}호를 발표했다. 한국 기업들이 참여한다.</p>\n<p>양국은 ${topic} 분야에서 협력을 넓히기로 했다. 관계자는 이번 사업이 ${n}번째라고 말했다.</p>\n`;
}

/** The site's pages by hash (the search files number stories in the order they came, so they are left out). */
function pages(dir: string): Map<string, string> {
  return new Map(listFiles(dir).filter((f) => !f.startsWith("search/")).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("rebuilds in one process (sillok serve)", async (t) => {
  const content = sampleContent(Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`2024-extra-${n}.md`, article(n)])));
  const work = tempDir("sillok-session-");
  const out = join(work, "site");
  const cache = join(work, "cache");
  const child = spawn(process.execPath, ["bin/sillok.js", "serve", "--content", content, "--out", out, "--cache", cache, "--port", String(PORT)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  t.after(() => {
    child.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  });
  const builds = () => output.match(/^ {2}time /gm)?.length ?? 0;
  await until(() => /Server at/.test(output), "the first build");
  await new Promise((r) => setTimeout(r, 1000)); // the watchers are set up after the first build

  const edits: [string, () => void][] = [
    ["a file added", () => writeFileSync(join(content, "2024-extra-new.md"), article(40))],
    ["a file changed", () => writeFileSync(join(content, "2024-extra-3.md"), article(41))],
    ["a file's date changed", () => writeFileSync(join(content, "2024-extra-5.md"), article(5).replace(/date: .*/, "date: 2023-12-30"))],
    ["a file deleted", () => unlinkSync(join(content, "2024-extra-7.md"))],
  ];
  for (const [what, edit] of edits) {
    await t.test(`should make the site a cold build makes: ${what}`, async () => {
      const before = builds();
      edit();
      await until(() => builds() > before, `the rebuild after ${what}`);
      await new Promise((r) => setTimeout(r, 500)); // the cache's index is written after the site is in place
      const cold = buildSite(content);
      assert.equal(cold.status, 0, cold.stderr);
      assert.deepEqual(pages(out), pages(cold.out), what);
      assert.match(output.slice(output.lastIndexOf("files read")), /files read +\d+ \((?:1|0) parsed/);
    });
  }
  await t.test("should leave the cache's index on disk as a build in its own process would", () => {
    const cached = ArticleCache.open(cache);
    assert.deepEqual(listFiles(content).filter((f) => !cached.has(f)), []);
  });
});

test("a change the watcher did not report (sillok serve)", async (t) => {
  const content = sampleContent({ "2024-extra-1.md": article(1) });
  const work = tempDir("sillok-session-");
  t.after(() => rmSync(work, { recursive: true, force: true }));
  // In its own process: the builds print their reports.
  const run = spawnSync(process.execPath, ["--import", "tsx", "tests/support/missed-change.ts", content, work, article(2)], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const { missed } = JSON.parse(run.stdout.slice(run.stdout.lastIndexOf("\n{"))) as { missed: string[][] };

  await t.test("should be named once the build is done", () => {
    assert.deepEqual(missed, [["2024-extra-2.md"]]);
  });

  await t.test("should be in the build it asks for", () => {
    assert.deepEqual(pages(join(work, "site")), pages(buildSite(content).out));
  });
});
