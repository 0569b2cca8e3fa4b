#!/usr/bin/env node
// sillok's command line. The source is TypeScript: it runs as a bundle made by bin/compile.js
// when it can, else through tsx's loader (Node 20 cannot load .ts itself).
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiled } from "./compile.js";

process.env.SILLOK_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
const bundle = compiled();
let main;
if (bundle) {
  process.env.SILLOK_BUNDLE = bundle;
  ({ main } = await import(pathToFileURL(`${bundle}/cli.mjs`).href));
} else {
  delete process.env.SILLOK_BUNDLE; // one inherited from a parent process is not this run's code
  const { register } = await import("tsx/esm/api");
  register();
  globalThis.__sillokTsx = true;
  ({ main } = await import("../src/cli.ts"));
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A keeper's mistake (a settings file, a missing folder) gets its message, not a stack trace.
  process.stderr.write(`sillok: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.SILLOK_DEBUG) console.error(error);
  process.exitCode = 2;
}
