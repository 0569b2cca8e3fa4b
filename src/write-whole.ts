/** Writing a file whole or not at all, for the cache's and the output's records. */
import { renameSync, writeFileSync } from "node:fs";

/** Writes `data` to a file of this process's beside `path`, then renames it over `path`: a reader never sees it half written, and two builds writing at once leave one whole file. */
export function writeWhole(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
