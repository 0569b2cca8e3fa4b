/**
 * Writing the search files as a job: in a worker thread beside Eleventy when the archive is
 * large, in the main thread when it is small. The worker reads the bodies' text from the
 * cache's packs itself (a body it cannot read is parsed again from its file).
 */
import { Worker } from "node:worker_threads";
import { PackReader, type BodyRef } from "../archive/body-store.ts";
import { readBodyPart } from "../archive/scan.ts";
import type { Taxonomy } from "../taxonomy/taxonomy-file.ts";
import { workerScript } from "../worker-script.ts";
import type { FilterLabels, IndexedStory, SearchDoc } from "./build-index.ts";
import { writeSearchFiles, type SearchBase } from "./search-files.ts";

export interface JobDoc {
  no: number;
  story: IndexedStory;
  body: BodyRef | null;
}

export interface SearchJob {
  docs: JobDoc[];
  size: number;
  labels: FilterLabels;
  key: string;
  /** The search files of the record of the folder being updated, as entries (null: empty). */
  held: [string, string][] | null;
  /** Where to write. */
  dir: string;
  cache: string;
  content: string;
  taxonomy: Taxonomy;
  /** The served site's index to update (its folder, record entries as entries, kept doc numbers); absent: make it anew. */
  base?: { dir: string; keys: [string, string][]; kept: number[]; whole: boolean };
}

/** The job's base in the form writeSearchFiles takes. */
function baseOf(job: SearchJob): SearchBase | undefined {
  return job.base ? { ...job.base, keys: new Map(job.base.keys) } : undefined;
}

export interface SearchFiles {
  keys: Map<string, string>;
  written: string[];
  /** How long writing them took (in its thread). */
  ms: number;
}

/** Below this many docs the job runs in the main thread. */
const WORKER_FROM = 1000;

function readDocs(job: SearchJob, reader: PackReader): SearchDoc[] {
  return job.docs.map(({ no, story, body }) => ({
    no,
    story,
    text: () => readBodyPart(reader, body, job.content, story.sourcePath, job.taxonomy, "text"),
  }));
}

/** Writes the job's search files, reading the bodies' text from the cache's packs; in whichever thread runs the job. */
export function writeJobFiles(job: SearchJob): { keys: Map<string, string>; written: string[] } {
  const reader = new PackReader(job.cache);
  try {
    return writeSearchFiles(readDocs(job, reader), job.size, job.labels, job.key, job.held ? new Map(job.held) : null, job.dir, baseOf(job));
  } finally {
    reader.close();
  }
}

/** A job as sent to a worker; with `delta`, its docs are only those that differ from the worker's last job's (see SearchWorker). */
export interface WorkerMessage {
  job: SearchJob;
  delta?: { dropped: number[] };
}

/** A kept worker's docs, sent before any job (see SearchWorker.prime): no reply. */
export interface PrimeMessage {
  prime: JobDoc[];
}

type Reply = { keys: [string, string][]; written: string[]; ms: number } | { error: string };

/**
 * A search worker started ahead of its job: its start (a third of a second) overlaps the making
 * of the archive. A kept one (`sillok serve`'s) takes a job per build and ends with `terminate`.
 */
export class SearchWorker {
  readonly #worker: Worker;
  /** Rejects when the worker fails or stops before it replies. */
  readonly #failed: Promise<never>;
  readonly #kept: boolean;
  #stopped = false;
  #sent = 0;
  /** A kept worker's docs, as its last job left them (by doc number): the next job sends only what differs. */
  #docs: Map<number, JobDoc> | null = null;

  constructor({ kept = false } = {}) {
    this.#kept = kept;
    const { entry, module } = workerScript("search-worker.mjs", new URL("./search-worker.ts", import.meta.url));
    this.#worker = new Worker(entry, { workerData: { module } });
    this.#worker.unref(); // while it waits, it does not keep a build that failed from exiting
    this.#failed = new Promise<never>((_, reject) => {
      this.#worker.once("error", (error) => {
        this.#stopped = true;
        reject(error);
      });
      this.#worker.once("exit", (code) => {
        this.#stopped = true;
        reject(new Error(`the search worker stopped (exit code ${code})`));
      });
    });
    this.#failed.catch(() => {}); // surfaces in run()
  }

  /** Runs a job; the reply is matched to it by number, so a job a failed build left running never answers the next one. */
  run(job: SearchJob): Promise<Reply> {
    this.#worker.ref();
    const id = ++this.#sent;
    if (!this.#kept) this.#worker.postMessage({ id, job });
    else {
      const docs = new Map(job.docs.map((doc) => [doc.no, doc]));
      const message = this.#delta(job, docs);
      this.#docs = null; // until the worker has the message: one that could not be sent leaves it unknown
      this.#worker.postMessage({ id, ...message });
      this.#docs = docs;
    }
    const replied = new Promise<Reply>((resolve) => {
      const listen = (message: { id: number; reply: Reply }) => {
        if (message.id !== id) return;
        this.#worker.off("message", listen);
        resolve(message.reply);
      };
      this.#worker.on("message", listen);
    });
    return Promise.race([replied, this.#failed]);
  }

  /**
   * The job as a kept worker takes it: only the docs that are not as its last job had them (the
   * same story and body objects), and the numbers of those it no longer has. Copying every doc
   * into the worker would cost each rebuild tens of milliseconds on both threads.
   */
  #delta(job: SearchJob, docs: Map<number, JobDoc>): WorkerMessage {
    const last = this.#docs;
    if (!last) return { job };
    const changed = job.docs.filter((doc) => {
      const held = last.get(doc.no);
      return held?.story !== doc.story || held.body !== doc.body;
    });
    return { job: { ...job, docs: changed }, delta: { dropped: [...last.keys()].filter((no) => !docs.has(no)) } };
  }

  /** A kept worker given the docs its next job will mostly have (the served index's): that job then sends only what differs. */
  prime(docs: JobDoc[]): void {
    if (!this.#kept || this.#stopped) return;
    const held = new Map(docs.map((doc) => [doc.no, doc]));
    this.#docs = null;
    this.#worker.postMessage({ prime: docs } satisfies PrimeMessage);
    this.#docs = held;
  }

  /** Done with it for this build: a kept worker waits for the next one. */
  async close(): Promise<void> {
    if (this.#kept) this.#worker.unref();
    else await this.terminate();
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  /** Whether it can take a job (it has not failed or stopped). */
  get alive(): boolean {
    return !this.#stopped;
  }
}

/** A worker for the search job of an archive of `stories`; none for a small one, indexed in the main thread. */
export function startSearchWorker(stories: number, options: { kept?: boolean } = {}): SearchWorker | null {
  return stories >= WORKER_FROM ? new SearchWorker(options) : null;
}

/** Runs the job (in `worker` if it needs one); the promise resolves with the files' record entries and the files written. */
export async function runSearchJob(job: SearchJob, worker: SearchWorker | null = null): Promise<SearchFiles> {
  const started = performance.now();
  if (job.docs.length < WORKER_FROM) {
    void worker?.close();
    return { ...writeJobFiles(job), ms: performance.now() - started };
  }
  const running = worker ?? new SearchWorker();
  try {
    const reply = await running.run(job);
    if ("error" in reply) throw new Error(`the search worker failed: ${reply.error}`);
    return { keys: new Map(reply.keys), written: reply.written, ms: reply.ms };
  } finally {
    await running.close();
  }
}
