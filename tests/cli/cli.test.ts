/** The command line as a keeper runs it: `npx sillok inspect` and `npx sillok check`. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { inspectResultSchema } from "../../src/model/article.ts";
import { CORPUS, CORPUS_SKIP } from "../helpers.ts";
import { tempDir } from "../temp.ts";

function sillok(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/sillok.js", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("sillok inspect", async (t) => {
  await t.test("should print the Article contract as JSON, one object per file in input order", () => {
    const files = ["content/004_e2f57113b159d3a7.txt", "content/000_466457913685eacd.txt"];
    const run = sillok("inspect", "--json", ...files);
    assert.equal(run.code, 0, run.stderr);
    const parsed = JSON.parse(run.stdout) as unknown[];
    assert.deepEqual(parsed.map((r) => inspectResultSchema.parse(r).path), files);
    const first = inspectResultSchema.parse(parsed[0]);
    assert.equal(first.status, "ok");
    for (const key of ["id", "slug", "url", "title", "date", "dateSource", "publisher", "sourceUrl", "countries", "topics", "excerpt", "html", "text", "images", "duplicateOf"]) {
      assert.ok(key in first.article!, `missing ${key}`);
    }
  });

  await t.test("should print a readable summary without --json", () => {
    const run = sillok("inspect", "content/001_22f0ed1ac3ef2e6f.txt");
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /title\s+“상호 보완적 산업구조 갖춰”/);
    assert.match(run.stdout, /publisher\s+조선비즈/);
  });

  await t.test("should report a missing file as an error and exit 1", () => {
    const run = sillok("inspect", "--json", "content/no-such-file.md");
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout)[0].status, "error");
  });
});

test("sillok check", { skip: CORPUS_SKIP }, async (t) => {
  await t.test("should list every YAML problem of the real corpus with file and line, and exit 0", () => {
    const run = sillok("check", CORPUS);
    assert.equal(run.code, 0, run.stdout.slice(-2000));
    const yaml = run.stdout.split("\n").filter((l) => /: warning: front matter line \d+:/.test(l));
    assert.equal(yaml.length, 33);
    for (const line of yaml) assert.match(line, /^\S+\/\d{4}-\d{2}-\d{2}-\d+\.md:2: warning: front matter line 2: title /);
    assert.match(run.stdout, /\.DS_Store: skipped: binary file/);
    assert.match(run.stdout, /^1169 files: 1168 articles \(\d+ duplicates of another story\), 1 skipped, \d+ warnings, 0 errors$/m);
  });

  await t.test("should exit 1 when a file has an error", () => {
    const run = sillok("check", "tests/fixtures/check-errors");
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /only-chrome\.txt: error: no article text is left/);
  });
});

test("sillok build settings", async (t) => {
  const dir = tempDir("sillok-settings-");

  await t.test("should stop on a bad config/site.yaml naming the file, each field and the problem", () => {
    const file = join(dir, "site.yaml");
    writeFileSync(file, "pageSize: 500\nhomeCountry: Korea\ncolour: red\n");
    const run = sillok("build", "--site", file, "--out", join(dir, "out"));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /site.yaml: pageSize: must be at most 200 \(got 500\)/);
    assert.match(run.stderr, /site.yaml: homeCountry: must be a two-letter country code such as "KR" \(got "Korea"\)/);
    assert.match(run.stderr, /site.yaml: colour: not a known field \(a typo\?\)/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    assert.ok(!existsSync(join(dir, "out")), "nothing was written");
  });

  await t.test("should use the settings: title, page size and public URL", () => {
    const file = join(dir, "site2.yaml");
    writeFileSync(file, "title: 중앙아시아 뉴스 기록\nurl: https://news.example.org/\npageSize: 5\n");
    const run = sillok("build", "--site", file, "--out", join(dir, "out2"));
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(dir, "out2/index.html"), "utf8"), /<title>중앙아시아 뉴스 기록<\/title>/);
    assert.match(readFileSync(join(dir, "out2/robots.txt"), "utf8"), /Sitemap: https:\/\/news.example.org\/sitemap.xml/);
    assert.ok(existsSync(join(dir, "out2/topics/critical-minerals/index.html")));
    assert.doesNotMatch(run.stderr, /url: not set/);
  });

  await t.test("should build an archive kept in another folder, from that folder", () => {
    const archive = join(dir, "archive");
    cpSync("content", join(archive, "content"), { recursive: true });
    const run = spawnSync(process.execPath, [resolve("bin/sillok.js"), "build"], { cwd: archive, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(archive, "_site/topics/critical-minerals/index.html")));
    assert.ok(existsSync(join(archive, ".sillok-cache/index.json")), "the cache is the archive's");
  });

  await t.test("should say when the content folder does not exist", () => {
    const run = sillok("build", "--content", join(dir, "nope"), "--out", join(dir, "out3"));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /the content folder .*nope does not exist/);
  });
});
