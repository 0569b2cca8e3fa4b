/** A search worker kept between builds (`sillok serve`) answers each job with that job's files, even when an earlier job was left running. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { indexedStory } from "../../src/search/build-index.ts";
import { SearchWorker, type SearchJob } from "../../src/search/search-job.ts";
import { taxonomy, testStory } from "../helpers.ts";

function job(key: string, count: number): SearchJob {
  const work = mkdtempSync(join(tmpdir(), "sillok-search-worker-"));
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
