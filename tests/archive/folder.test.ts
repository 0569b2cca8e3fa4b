/** The content folder as `sillok serve` keeps it between builds: what the watcher reports is looked at again, and what it misses is found between builds. */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { FolderMemo } from "../../src/archive/folder.ts";
import { listContentFiles } from "../../src/pipeline/read.ts";
import { tempDir } from "../temp.ts";

function put(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** One scan through the memo: the files and their sizes, as it sees them. */
async function scan(memo: FolderMemo, dir: string): Promise<Record<string, number>> {
  const files = await memo.files(dir);
  const seen = Object.fromEntries(files.paths.map((path) => [path, files.stat(path).size]));
  memo.done();
  return seen;
}

test("the content folder between builds (FolderMemo)", async (t) => {
  const dir = tempDir("sillok-folder-");
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  put(dir, "a.md", "a");
  put(dir, "2024/b.md", "bb");
  put(dir, "2024-c.md", "ccc");
  put(dir, ".git/HEAD", "x");
  const memo = new FolderMemo();

  await t.test("should list the folder as listContentFiles does at first", async () => {
    assert.deepEqual(await scan(memo, dir), { "2024-c.md": 3, "2024/b.md": 2, "a.md": 1 });
  });

  await t.test("should look again only at what the watcher reports", async () => {
    put(dir, "a.md", "aaaa"); // not reported
    put(dir, "2024/d.md", "dddd");
    memo.touch("2024/d.md");
    rmSync(join(dir, "2024-c.md"));
    memo.touch("2024-c.md");
    memo.touch(".git/HEAD");
    assert.deepEqual(await scan(memo, dir), { "2024/b.md": 2, "2024/d.md": 4, "a.md": 1 });
  });

  await t.test("should name between builds what the watcher did not report, and look at it at the next scan", async () => {
    put(dir, "e.md", "e");
    rmSync(join(dir, "2024", "b.md"));
    utimesSync(join(dir, "2024", "d.md"), new Date(), new Date(Date.now() - 60_000)); // the same size, another time
    assert.deepEqual((await memo.missed()).sort(), ["2024/b.md", "2024/d.md", "a.md", "e.md"]);
    assert.deepEqual(await scan(memo, dir), { "2024/d.md": 4, "a.md": 4, "e.md": 1 });
    assert.deepEqual(await memo.missed(), []);
  });

  await t.test("should list the folder again when a folder comes or goes, or a change has no name", async () => {
    put(dir, "2025/f.md", "f");
    put(dir, "2025/g/h.md", "h");
    memo.touch("2025");
    assert.deepEqual(Object.keys(await scan(memo, dir)), await listContentFiles(dir));
    rmSync(join(dir, "2025"), { recursive: true });
    memo.touch("2025");
    assert.deepEqual(Object.keys(await scan(memo, dir)), ["2024/d.md", "a.md", "e.md"]);
    put(dir, "i.md", "i");
    memo.touch(null);
    assert.deepEqual(Object.keys(await scan(memo, dir)), ["2024/d.md", "a.md", "e.md", "i.md"]);
  });

  await t.test("should not name between builds what the watcher has reported", async () => {
    put(dir, "k.md", "k");
    memo.touch("k.md");
    rmSync(join(dir, "e.md"));
    memo.touch("e.md");
    assert.deepEqual(await memo.missed(), []);
    assert.deepEqual(Object.keys(await scan(memo, dir)), ["2024/d.md", "a.md", "i.md", "k.md"]);
  });

  await t.test("should list the folder again when told a file it held is gone", async () => {
    rmSync(join(dir, "k.md")); // not reported
    memo.forget();
    assert.deepEqual(Object.keys(await scan(memo, dir)), ["2024/d.md", "a.md", "i.md"]);
  });

  await t.test("should list the folder again after a scan that did not finish", async () => {
    put(dir, "j.md", "j"); // not reported
    await memo.files(dir); // no done()
    assert.deepEqual(Object.keys(await scan(memo, dir)), ["2024/d.md", "a.md", "i.md", "j.md"]);
  });
});
