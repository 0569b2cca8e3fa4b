/** A worker thread of the parse pool: parses the files it is sent, packs their bodies, returns their entries. */
import { parentPort, workerData } from "node:worker_threads";
import { PackWriter } from "./body-store.ts";
import { parseFile } from "./parse-file.ts";
import type { ParseJob, ParseReply, ParseWorkerData } from "./parse-pool.ts";

const data = workerData as ParseWorkerData;
const pack = new PackWriter(data.cache, data.pack);

parentPort!.on("message", (job: ParseJob | "close") => {
  if (job === "close") {
    pack.close();
    parentPort!.postMessage({ closed: true } satisfies ParseReply);
    return;
  }
  try {
    const parsed = job.files.map(({ path, stat }) => parseFile(data.content, path, stat, { taxonomy: data.taxonomy }, pack));
    parentPort!.postMessage({ id: job.id, parsed } satisfies ParseReply);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ParseReply);
  }
});
