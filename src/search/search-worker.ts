/**
 * A worker thread that writes the search files while the main thread runs Eleventy. It is started
 * before its job is ready, so that its start overlaps the making of the archive, and takes each job
 * as a message (a build's worker one, `sillok serve`'s one per rebuild).
 */
import { parentPort } from "node:worker_threads";
import { writeJobFiles, type JobDoc, type PrimeMessage, type WorkerMessage } from "./search-job.ts";

/** The docs of the last job, by number: a job with a delta names only what changed since. */
let docs = new Map<number, JobDoc>();

parentPort!.on("message", (message: (WorkerMessage & { id: number }) | PrimeMessage) => {
  if ("prime" in message) {
    docs = new Map(message.prime.map((doc) => [doc.no, doc]));
    return;
  }
  const { id, job, delta } = message;
  const started = performance.now();
  try {
    if (delta) {
      for (const no of delta.dropped) docs.delete(no);
      for (const doc of job.docs) docs.set(doc.no, doc);
    } else {
      docs = new Map(job.docs.map((doc) => [doc.no, doc]));
    }
    const result = writeJobFiles({ ...job, docs: [...docs.values()] });
    parentPort!.postMessage({ id, reply: { keys: [...result.keys], written: result.written, ms: performance.now() - started } });
  } catch (error) {
    parentPort!.postMessage({ id, reply: { error: error instanceof Error ? (error.stack ?? error.message) : String(error) } });
  }
});
