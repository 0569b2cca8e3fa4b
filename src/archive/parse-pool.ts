/**
 * Parsing on both cores: a pool of worker threads, each with its own pack file, fed batches of
 * files. Small builds parse in the main thread (a worker takes ~0.2 s to start).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Taxonomy } from "../taxonomy/taxonomy-file.ts";
import { workerScript } from "../worker-script.ts";
import { PackWriter } from "./body-store.ts";
import type { FileStat } from "./cache.ts";
import { parseFile, type ParsedFile } from "./parse-file.ts";

export interface ParseWorkerData {
  content: string;
  /** Where packs go. */
  cache: string;
  pack: string;
  taxonomy: Taxonomy;
}
export interface ParseJob {
  id: number;
  files: { path: string; stat: FileStat }[];
}
export type ParseReply = { id: number; parsed: ParsedFile[] } | { id: number; error: string } | { closed: true };

/** Fewer files than this are parsed in the main thread. */
const WORKERS_FROM = 300;
const BATCH = 64;


export interface ParseSetup {
  content: string;
  cache: string;
  taxonomy: Taxonomy;
  /** Names this build's packs. */
  build: string;
}

/** Parses `files`, calling `done` for each as it comes back (in any order). */
export async function parseAll(files: ParseJob["files"], setup: ParseSetup, done: (parsed: ParsedFile) => void): Promise<void> {
  if (files.length === 0) return;
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < WORKERS_FROM || threads < 2) {
    const pack = new PackWriter(setup.cache, `${setup.build}-main`);
    try {
      for (const { path, stat } of files) done(parseFile(setup.content, path, stat, { taxonomy: setup.taxonomy }, pack));
    } finally {
      pack.close();
    }
    return;
  }
  const queue = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, i): ParseJob => ({ id: i, files: files.slice(i * BATCH, (i + 1) * BATCH) }));
  await Promise.all(Array.from({ length: threads }, (_, n) => runWorker({ ...setup, pack: `${setup.build}-${n}` }, queue, done)));
}

function runWorker(data: ParseWorkerData & ParseSetup, queue: ParseJob[], done: (parsed: ParsedFile) => void): Promise<void> {
  const { build: _build, ...workerData } = data;
  const { entry, module } = workerScript("parse-worker.mjs", new URL("./parse-worker.ts", import.meta.url));
  const worker = new Worker(entry, { workerData: { ...workerData, module } });
  return new Promise((resolve, reject) => {
    // Two batches in flight, so a worker never waits for the main thread between batches.
    let inFlight = 0;
    let closing = false;
    const next = () => {
      const job = queue.shift();
      if (job) {
        inFlight++;
        worker.postMessage(job);
      } else if (inFlight === 0 && !closing) {
        closing = true;
        worker.postMessage("close");
      }
    };
    worker.on("message", (reply: ParseReply) => {
      if ("closed" in reply) {
        void worker.terminate().then(() => resolve());
        return;
      }
      inFlight--;
      if ("error" in reply) {
        reject(new Error(`a parse worker failed: ${reply.error}`));
        void worker.terminate();
        return;
      }
      for (const parsed of reply.parsed) done(parsed);
      next();
    });
    worker.on("error", reject);
    next();
    next();
  });
}
