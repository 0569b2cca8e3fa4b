/**
 * The content folder as the last scan saw it, for `sillok serve`: its files' paths and stats.
 * The watcher names the files that change (`touch`); the next scan stats only those, and lists
 * the folder again only when they do not tell what it holds (a folder came or went, a change came
 * without a name). Between builds, `missed` lists and stats the whole folder, as a scan without
 * the memo does, and names what the watcher did not report.
 */
import { lstatSync, statSync } from "node:fs";
import { sep } from "node:path";
import { isContentPath, listContentFiles } from "../pipeline/read.ts";
import { sortedIndex } from "../sorted-index.ts";

/** Whether an error says a file is no longer where a listing had it. */
export function isGone(error: unknown): boolean {
  return ["ENOENT", "ENOTDIR", "EISDIR"].includes((error as NodeJS.ErrnoException).code ?? "");
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** A scan's view of the folder: its files (sorted) and each one's stat, read when the memo does not hold it. */
export interface FolderFiles {
  paths: string[];
  stat(path: string): FileStat;
}

export class FolderMemo {
  /** The folder (an absolute path) the memo describes; null: none yet. */
  #dir: string | null = null;
  #paths: string[] = [];
  #stats = new Map<string, FileStat>();
  /** Reported since the last scan began. */
  #touched = new Set<string>();
  /** The next scan lists the folder again (nothing known, a scan that did not finish, a change without a name). */
  #whole = true;

  /** A change the watcher saw: a path from the content folder, or null when it did not say which. */
  touch(path: string | null): void {
    if (path === null) this.#whole = true;
    else this.#touched.add(path.split(sep).join("/"));
  }

  /** The files of `dir` (absolute) for a scan; `done` once the scan has gone through. */
  async files(dir: string): Promise<FolderFiles> {
    const touched = this.#touched;
    this.#touched = new Set();
    let paths = this.#dir === dir && !this.#whole ? this.#update(dir, touched) : null;
    if (paths) for (const path of touched) this.#stats.delete(path);
    else {
      this.#stats = new Map();
      paths = await listContentFiles(dir);
    }
    [this.#dir, this.#paths, this.#whole] = [dir, paths, true];
    const stats = this.#stats;
    return {
      paths,
      stat: (path) => {
        let stat = stats.get(path);
        if (!stat) stats.set(path, (stat = statOf(dir, path)));
        return stat;
      },
    };
  }

  /** A file the memo held is not there (the watcher missed its going): the next scan lists and stats the whole folder. */
  forget(): void {
    this.#whole = true;
  }

  /** The scan that asked for `files` went through: the next one starts from what it saw. */
  done(): void {
    this.#whole = false;
  }

  /**
   * What changed in the folder since the last scan that the watcher did not report (files added,
   * removed, or with another size or time), each now marked as touched; none when the next scan
   * lists the folder anyway.
   */
  async missed(): Promise<string[]> {
    const dir = this.#dir;
    if (dir === null || this.#whole) return [];
    const listed = await listContentFiles(dir);
    const known = new Set(this.#paths);
    const now = new Set(listed);
    const touched = this.#touched; // reported already: the next scan looks at them
    const missed = [...this.#paths.filter((path) => !now.has(path) && !touched.has(path)), ...listed.filter((path) => !known.has(path) && !touched.has(path))];
    for (const path of listed) {
      const held = this.#stats.get(path);
      if (!held || touched.has(path)) continue;
      let stat: FileStat | null;
      try {
        stat = statOf(dir, path);
      } catch {
        stat = null; // gone since the listing
      }
      if (!stat || stat.size !== held.size || stat.mtimeMs !== held.mtimeMs) missed.push(path);
    }
    for (const path of missed) this.touch(path);
    return missed;
  }

  /** The last listing with the touched paths added or removed; null when a folder is among them (the folder is listed again). */
  #update(dir: string, touched: Set<string>): string[] | null {
    const paths = [...this.#paths];
    for (const path of touched) {
      if (!isContentPath(path)) continue; // `.git`, `node_modules`: never listed
      let stat: ReturnType<typeof lstatSync> | null;
      try {
        stat = lstatSync(`${dir}/${path}`);
      } catch (error) {
        if (!isGone(error)) throw error;
        stat = null;
      }
      if (stat?.isDirectory()) return null;
      const at = sortedIndex(paths, path);
      const listed = paths[at] === path;
      if (stat?.isFile()) {
        if (!listed) paths.splice(at, 0, path);
      } else if (listed) {
        paths.splice(at, 1);
      } else if (!stat && paths[sortedIndex(paths, `${path}/`)]?.startsWith(`${path}/`)) {
        return null; // a folder that went
      }
    }
    return paths;
  }
}

function statOf(dir: string, path: string): FileStat {
  const { size, mtimeMs } = statSync(`${dir}/${path}`);
  return { size, mtimeMs };
}
