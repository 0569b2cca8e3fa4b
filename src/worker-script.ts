/**
 * Where a worker thread's code is: the bundle's (bin/compile.js) when sillok runs from one, else
 * the TypeScript module, loaded through tsx by worker-entry.mjs.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface WorkerScript {
  entry: URL;
  /** The module worker-entry.mjs imports (only without a bundle). */
  module?: string;
}

/** `bundled`: the bundle's file name (`parse-worker.mjs`); `source`: the TypeScript module. */
export function workerScript(bundled: string, source: URL): WorkerScript {
  const bundle = process.env.SILLOK_BUNDLE;
  if (bundle) return { entry: pathToFileURL(join(bundle, bundled)) };
  return { entry: new URL("./worker-entry.mjs", import.meta.url), module: source.href };
}
