/** read: the only stage that touches the disk. content/** -> SourceFile[]. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface SourceFile {
  /** Path relative to the content folder, with "/" separators. */
  path: string;
  bytes: Uint8Array;
}

const IGNORED_DIRS = new Set([".git", "node_modules", ".sillok-cache"]);

/** Whether a file's path from the content folder ("/" separators) is one listContentFiles lists (it is in no ignored folder). */
export function isContentPath(path: string): boolean {
  return !path.split("/").some((part) => IGNORED_DIRS.has(part));
}

/** Every file below `dir`, sorted by path so that builds do not depend on directory order. */
export async function listContentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  /** Each folder's path from `dir` ("" for `dir` itself; null: an ignored one), worked out once per folder. */
  const folders = new Map<string, string | null>();
  for (const entry of entries) {
    if (!entry.isFile() || IGNORED_DIRS.has(entry.name)) continue;
    let folder = folders.get(entry.parentPath);
    if (folder === undefined) {
      const parts = relative(dir, entry.parentPath).split(sep).filter(Boolean);
      folder = parts.some((part) => IGNORED_DIRS.has(part)) ? null : parts.join("/");
      folders.set(entry.parentPath, folder);
    }
    if (folder !== null) files.push(folder ? `${folder}/${entry.name}` : entry.name);
  }
  return files.sort();
}

export async function readSourceFile(dir: string, path: string): Promise<SourceFile> {
  return { path, bytes: await readFile(join(dir, path)) };
}
