/** `sillok build` writes a real site: a home page and one page per article. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

test("sillok build", async (t) => {
  const work = mkdtempSync(join(tmpdir(), "sillok-build-"));
  const content = join(work, "content");
  mkdirSync(content);
  for (const name of readdirSync("content")) writeFileSync(join(content, name), readFileSync(join("content", name)));
  writeFileSync(join(content, "2024-07-24-template.md"), '---\ntitle: "{{ 7*7 }} 제목"\n---\n<p>{% include "x" %} 그리고 {{ 7*7 }} 그대로 보여야 합니다.</p>\n');
  const out = join(work, "site");
  const run = spawnSync(process.execPath, ["bin/sillok.js", "build", "--content", content, "--out", out], { encoding: "utf8" });

  await t.test("should build the content folder into the output folder", () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /6 files -> 6 articles/);
    const home = readFileSync(join(out, "index.html"), "utf8");
    assert.match(home, /<html lang="ko">/);
    assert.equal(home.match(/<li>/g)?.length, 6);
  });

  await t.test("should write each article at its URL with its title, date and body", () => {
    const page = readFileSync(join(out, "articles/undated/han-kajaheuseutan-haeksimgwangmul-tamsa-hyeomnyeok-ganghwa/index.html"), "utf8");
    assert.match(page, /<h1>한-카자흐스탄, 핵심광물 탐사 협력 강화<\/h1>/);
    assert.match(page, /날짜 미상/);
    assert.match(page, /href="https:\/\/newsdao.kr\/4208"/);
  });

  await t.test("should show template syntax in content literally", () => {
    const page = readFileSync(join(out, "articles/2024/07/7-7-jemok/index.html"), "utf8");
    assert.match(page, /<h1>\{\{ 7\*7 \}\} 제목<\/h1>/);
    assert.ok(page.includes('{% include "x" %} 그리고 {{ 7*7 }} 그대로 보여야 합니다.'));
    assert.ok(!page.includes(">49 제목"));
  });
});
