/** `sillok serve`: serves the site and rebuilds when content files are added or deleted. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { sampleContent } from "../site/build-site.ts";
import { tempDir } from "../temp.ts";

const PORT = 18000 + (process.pid % 1000);
const NEW_URL = `http://localhost:${PORT}/articles/2024/08/serve-test/`;

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`timed out waiting for ${what}`);
}

const status = async (url: string) => (await fetch(url)).status;

test("sillok serve", async (t) => {
  const content = sampleContent();
  const work = tempDir("sillok-serve-");
  const child = spawn(process.execPath, ["bin/sillok.js", "serve", "--content", content, "--out", join(work, "site"), "--cache", join(work, "cache"), "--port", String(PORT)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  t.after(() => child.kill("SIGTERM"));

  await t.test("should build and serve the site on localhost", async () => {
    await until(async () => (await status(`http://localhost:${PORT}/`)) === 200, "the server");
    assert.match(await (await fetch(`http://localhost:${PORT}/topics/`)).text(), /<h1>주제<\/h1>/);
  });

  await t.test("should rebuild when a file is added, parsing only that file", async () => {
    writeFileSync(join(content, "2024-08-03-serve.md"), "---\ntitle: 서브 테스트\nslug: serve-test\n---\n<p>카자흐스탄과 한국이 새 협정을 맺었다.</p>\n");
    await until(async () => (await status(NEW_URL)) === 200, "the added article's page");
    assert.match(output, /1 parsed, 5 from the cache/);
  });

  await t.test("should rebuild when a file is deleted", async () => {
    unlinkSync(join(content, "2024-08-03-serve.md"));
    await until(async () => (await status(NEW_URL)) === 404, "the deleted article's page to go");
  });
});
