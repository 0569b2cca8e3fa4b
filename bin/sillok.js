#!/usr/bin/env node
// sillok's command line. The source is TypeScript, run through tsx's loader (Node 20 cannot load .ts itself).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
