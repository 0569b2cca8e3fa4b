/**
 * A worker thread that writes the search files while the main thread runs Eleventy. It is started
 * before its job is ready, so that its start overlaps the making of the archive, and takes the job
 * as its one message.
 */
import { parentPort } from "node:worker_threads";
import { PackReader } from "../archive/body-store.ts";
import { writeSearchFiles } from "./search-files.ts";
import { baseOf, readDocs, type SearchJob } from "./search-job.ts";

parentPort!.once("message", (job: SearchJob) => {
  const started = performance.now();
  const reader = new PackReader(job.cache);
  try {
    const result = writeSearchFiles(readDocs(job, reader), job.size, job.labels, job.key, job.held ? new Map(job.held) : null, job.dir, baseOf(job));
    parentPort!.postMessage({ keys: [...result.keys], written: result.written, ms: performance.now() - started });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    reader.close();
  }
});
