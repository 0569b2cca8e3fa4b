/** read: the only stage that touches the disk. content/** -> SourceFile[]. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface SourceFile {
  /** Path relative to the content folder, with "/" separators. */
  path: string;
  bytes: Uint8Array;
}

const IGNORED_DIRS = new Set([".git", "node_modules", ".sillok-cache"]);

/** Every file below `dir`, sorted by path so that builds do not depend on directory order. */
export async function listContentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full);
    if (rel.split(sep).some((part) => IGNORED_DIRS.has(part))) continue;
    files.push(rel.split(sep).join("/"));
  }
  return files.sort();
}

export async function readSourceFile(dir: string, path: string): Promise<SourceFile> {
  return { path, bytes: await readFile(join(dir, path)) };
}
