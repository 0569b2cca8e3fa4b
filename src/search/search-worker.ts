/**
 * A worker thread that writes the search files while the main thread runs Eleventy. It is started
 * before its job is ready, so that its start overlaps the making of the archive, and takes each job
 * as a message (a build's worker one, `sillok serve`'s one per rebuild).
 */
import { parentPort } from "node:worker_threads";
import { writeJobFiles, type SearchJob } from "./search-job.ts";

parentPort!.on("message", ({ id, job }: { id: number; job: SearchJob }) => {
  const started = performance.now();
  try {
    const result = writeJobFiles(job);
    parentPort!.postMessage({ id, reply: { keys: [...result.keys], written: result.written, ms: performance.now() - started } });
  } catch (error) {
    parentPort!.postMessage({ id, reply: { error: error instanceof Error ? (error.stack ?? error.message) : String(error) } });
  }
});
