/**
 * A worker thread that writes the search files while the main thread runs Eleventy. It is started
 * before its job is ready, so that its start overlaps the making of the archive, and takes the job
 * as its one message.
 */
import { parentPort } from "node:worker_threads";
import { writeJobFiles, type SearchJob } from "./search-job.ts";

parentPort!.once("message", (job: SearchJob) => {
  const started = performance.now();
  try {
    const result = writeJobFiles(job);
    parentPort!.postMessage({ keys: [...result.keys], written: result.written, ms: performance.now() - started });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
