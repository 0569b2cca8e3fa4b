#!/usr/bin/env node
// sillok's command line. The source is TypeScript, run through tsx's loader (Node 20 cannot load .ts itself).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A keeper's mistake (a settings file, a missing folder) gets its message, not a stack trace.
  process.stderr.write(`sillok: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.SILLOK_DEBUG) console.error(error);
  process.exitCode = 2;
}
