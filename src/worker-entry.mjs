// Entry of sillok's worker threads: Node 20 cannot load TypeScript itself, so each worker
// registers tsx's loader (as bin/sillok.js does for the main thread) and imports its module.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
