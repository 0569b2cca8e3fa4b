/**
 * The folder sillok is installed in (config defaults, the code that cache keys hash). From the
 * TypeScript sources it is one level above this file; bin/sillok.js, which may run a bundle of
 * them from another folder, sets SILLOK_ROOT.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = process.env.SILLOK_ROOT ?? fileURLToPath(new URL("..", import.meta.url));

export function inPackage(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
