/** A search worker kept between builds (`sillok serve`) answers each job with that job's files, even when an earlier job was left running. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { indexedStory } from "../../src/search/build-index.ts";
import { SearchWorker, type SearchJob } from "../../src/search/search-job.ts";
import { taxonomy, testStory } from "../helpers.ts";
import { tempDir } from "../temp.ts";

function job(key: string, count: number): SearchJob {
  const work = tempDir("sillok-search-worker-");
  // No packs: the worker parses each body from its file.
  for (let no = 0; no < count; no++) writeFileSync(join(work, `${key}${no}.md`), `---\ntitle: 소식 ${no}\n---\n<p>카자흐스탄 알마티 소식 ${no}번입니다.</p>\n`);
  return {
    docs: Array.from({ length: count }, (_, no) => ({ no, story: indexedStory(testStory(`${key}${no}`, { title: `카자흐스탄 소식 ${no}`, countries: ["KZ"] })), body: null })),
    size: count,
    labels: { topic: {}, country: { kz: "카자흐스탄" } },
    key,
    held: null,
    dir: join(work, "out"),
    cache: join(work, "cache"),
    content: work,
    taxonomy,
  };
}

test("a kept search worker", async (t) => {
  const worker = new SearchWorker({ kept: true });
  t.after(() => worker.terminate());
  await t.test("should answer two jobs sent one after the other each with its own files", async () => {
    const [slow, quick] = [worker.run(job("slow", 300)), worker.run(job("quick", 2))];
    const [a, b] = await Promise.all([slow, quick]);
    assert.ok(!("error" in a) && !("error" in b), JSON.stringify([a, b]).slice(0, 300));
    if ("error" in a || "error" in b) return;
    assert.ok(a.keys.every(([, key]) => key.startsWith("search:slow:")), "the first job got another job's files");
    assert.ok(b.keys.every(([, key]) => key.startsWith("search:quick:")), "the second job got another job's files");
    assert.ok(a.written.includes("search/d/299.json") && !b.written.includes("search/d/299.json"));
  });
});

test("a kept search worker's next job", async (t) => {
  await t.test("should make the same files from the docs that changed as a fresh worker from them all", async () => {
    const kept = new SearchWorker({ kept: true });
    const fresh = new SearchWorker();
    t.after(() => Promise.all([kept.terminate(), fresh.terminate()]));
    const first = job("next", 40);
    assert.ok(!("error" in (await kept.run(first))));
    // The same doc objects but for one dropped, one changed and one added.
    writeFileSync(join(first.content, "next40.md"), "---\ntitle: 새 소식\n---\n<p>우즈베키스탄 타슈켄트 소식입니다.</p>\n");
    const changed = { ...first.docs[5]!, story: { ...first.docs[5]!.story, title: "바뀐 제목" } };
    const added = { no: 40, story: indexedStory(testStory("next40", { title: "우즈베키스탄 소식", countries: ["UZ"] })), body: null };
    const docs = [...first.docs.slice(1, 5), changed, ...first.docs.slice(6), added];
    const next = (dir: string): SearchJob => ({ ...first, docs, size: 41, labels: { topic: {}, country: { kz: "카자흐스탄", uz: "우즈베키스탄" } }, dir: join(first.content, dir) });
    const [a, b] = await Promise.all([kept.run(next("kept")), fresh.run(next("fresh"))]);
    assert.ok(!("error" in a) && !("error" in b), JSON.stringify([a, b]).slice(0, 300));
    if ("error" in a || "error" in b) return;
    assert.deepEqual(new Map(a.keys), new Map(b.keys));
    assert.ok(!a.keys.some(([file]) => file === "search/d/0.json"), "the dropped doc is gone");
  });

  await t.test("should make the same files after the worker was primed with the docs as from them all", async () => {
    const primed = new SearchWorker({ kept: true });
    const fresh = new SearchWorker();
    t.after(() => Promise.all([primed.terminate(), fresh.terminate()]));
    const first = job("primed", 30);
    primed.prime(first.docs.slice(0, 29)); // the served index's docs: the next job adds one and changes one
    const changed = { ...first.docs[3]!, story: { ...first.docs[3]!.story, title: "바뀐 제목" } };
    const next = (dir: string): SearchJob => ({ ...first, docs: [...first.docs.slice(0, 3), changed, ...first.docs.slice(4)], dir: join(first.content, dir) });
    const [a, b] = await Promise.all([primed.run(next("primed")), fresh.run(next("fresh"))]);
    assert.ok(!("error" in a) && !("error" in b), JSON.stringify([a, b]).slice(0, 300));
    if ("error" in a || "error" in b) return;
    assert.deepEqual(new Map(a.keys), new Map(b.keys));
  });
});
