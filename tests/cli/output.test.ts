/** The output trees' record (trees.json) never describes a folder as holding what it does not. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { OutputTrees } from "../../src/cli/output.ts";
import { SEARCH, sameFile } from "../../src/search/search-files.ts";
import { listFiles } from "../site/build-site.ts";
import { tempDir } from "../temp.ts";

/** One build: `pages` (file -> text, the text being its key) rendered and put in place. */
function commit(trees: OutputTrees, pages: Record<string, string>): void {
  const spare = trees.spare();
  const render = trees.renderDir();
  const keys = new Map(Object.entries(pages));
  const rendered = Object.keys(pages).filter((file) => spare?.keys?.get(file) !== pages[file]);
  for (const file of rendered) {
    mkdirSync(dirname(join(render, file)), { recursive: true });
    writeFileSync(join(render, file), pages[file]!);
  }
  trees.commit(render, rendered, keys, spare, { key: JSON.stringify(pages), stories: 0 });
}

test("the record of a commit left for later (sillok serve)", async (t) => {
  const work = tempDir("sillok-output-");
  const [out, cache] = [join(work, "site"), join(work, "cache")];
  commit(OutputTrees.open(out, cache), { "index.html": "one", "a/index.html": "a1" });
  commit(OutputTrees.open(out, cache), { "index.html": "two", "a/index.html": "a1" });

  await t.test("should leave a record that knows the new site not at all until it is written, then as it is", () => {
    const later: (() => void)[] = [];
    const pages = { "index.html": "three", "a/index.html": "a2", "b/index.html": "b1" };
    commit(OutputTrees.open(out, cache, undefined, (work) => later.push(work)), pages);
    assert.equal(readFileSync(join(out, "index.html"), "utf8"), "three");
    // A build in another process (or after a crash) reads trees.json: the new site is unknown, so every page is rendered.
    assert.equal(OutputTrees.open(out, cache).live(), null);
    for (const work of later) work();
    assert.deepEqual(OutputTrees.open(out, cache).live(), new Map(Object.entries(pages)));
  });
});

test("the spare brought up to the site between builds (sillok serve)", async (t) => {
  const work = tempDir("sillok-output-");
  const [out, cache] = [join(work, "site"), join(work, "cache")];
  const search = (group: string) => `${SEARCH}${group}:hash-of-meta`;
  commit(OutputTrees.open(out, cache), { "index.html": "one", "a/index.html": "a1", "gone/index.html": "g1", "search/meta.json": search("K1") });
  commit(OutputTrees.open(out, cache), { "index.html": "two", "a/index.html": "a1", "b/index.html": "b1", "c/index.html": "c1", "search/meta.json": search("K2") });
  unlinkSync(join(out, "c", "index.html")); // the record lists it, the site lacks it
  const trees = OutputTrees.open(out, cache);
  const before = trees.spare()!;
  const meta = statSync(join(before.dir, "search", "meta.json")).ino;
  trees.catchUp(sameFile);
  const spare = trees.spare()!;

  await t.test("should give the spare the site's files and record, less what the site lacks", () => {
    assert.deepEqual(spare.keys, new Map([...trees.live()!].filter(([file]) => file !== "c/index.html")));
    assert.deepEqual(listFiles(spare.dir), ["a/index.html", "b/index.html", "index.html", "search/meta.json"]);
    assert.equal(readFileSync(join(spare.dir, "index.html"), "utf8"), "two");
    assert.deepEqual(OutputTrees.open(out, cache).spare()?.keys, spare.keys, "as trees.json has it");
  });

  await t.test("should keep a search file it holds with the same bytes under another group", () => {
    assert.equal(statSync(join(spare.dir, "search", "meta.json")).ino, meta);
  });

  await t.test("should leave a spare the next build puts in place as that build's site", () => {
    const pages = { "index.html": "three", "a/index.html": "a1", "b/index.html": "b1", "c/index.html": "c1", "search/meta.json": search("K3") };
    commit(OutputTrees.open(out, cache), pages);
    assert.deepEqual(Object.fromEntries(listFiles(out).map((file) => [file, readFileSync(join(out, file), "utf8")])), pages);
  });

  await t.test("should tell a build that the spare holds the site once it is brought up to it", () => {
    const trees = OutputTrees.open(out, cache);
    assert.equal(trees.caughtUp(trees.spare()!), false);
    trees.catchUp(sameFile);
    assert.equal(trees.caughtUp(trees.spare()!), true);
    assert.deepEqual(trees.spare()!.keys, trees.live());
  });
});
