/**
 * The search files of a build: the index (build-index.ts) and the page's script (page.ts,
 * bundled for the browser with esbuild). They are one group in the output folder's record, with
 * a key over everything they are made from, so a build that changes no story does not even read
 * the bodies; when the key changes, only the files whose bytes changed are written.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pipelineVersion } from "../archive/cache.ts";
import { besideBundle, inPackage } from "../package-root.ts";
import { buildSearchIndex, type FilterLabels, type IndexBase, type SearchDoc } from "./build-index.ts";
import type { IndexRecord } from "./doc-numbers.ts";

/** Marks the search files in a folder's record: `search:<group key>:<content hash>`. */
export const SEARCH = "search:";

/** sha256 over src/search and the esbuild that bundles the page script (read each build). */
export function searchCode(): string {
  const hash = createHash("sha256");
  const dir = inPackage("src", "search");
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  hash.update(String((createRequire(inPackage("package.json"))("esbuild/package.json") as { version: string }).version));
  return hash.digest("hex");
}

/** The group key: the code and, per doc number, what the index holds of its story (its id and docKey). */
export function searchKey(docs: IndexRecord["docs"], labels: FilterLabels): string {
  const hash = createHash("sha1").update(searchCode()).update(pipelineVersion()).update(JSON.stringify(labels));
  for (const doc of docs) hash.update(doc ? `${doc.id}\0${doc.key}` : "-").update("\n");
  return hash.digest("base64url");
}

/** The record prefix of the search files of group `key`. */
export function searchGroup(key: string): string {
  return `${SEARCH}${key}:`;
}

/** Whether a record holds this group of search files, whole. */
export function holdsSearch(held: ReadonlyMap<string, string> | null, key: string): boolean {
  return held?.get("search/meta.json")?.startsWith(searchGroup(key)) ?? false;
}

/** The record entries of the search files of group `key`. */
export function searchFilesOf(held: ReadonlyMap<string, string>, key: string): [string, string][] {
  return [...held].filter(([, entry]) => entry.startsWith(searchGroup(key)));
}

/** The search page's script, bundled for browsers (esbuild takes 0.1 s: once per version of the code when run from a bundle). */
function pageScript(): string {
  return besideBundle("search-page.js", () => {
    const esbuild = createRequire(inPackage("package.json"))("esbuild") as typeof import("esbuild");
    const result = esbuild.buildSync({ entryPoints: [inPackage("src", "search", "page.ts")], bundle: true, format: "esm", target: "es2020", minify: true, write: false, logLevel: "silent" });
    return result.outputFiles[0]!.text;
  });
}

/**
 * Whether two record entries stand for the same bytes: equal ones, or two search files with one
 * content hash (their groups differ when other search files changed): a folder holding the one
 * need not take the file again.
 */
export function sameFile(held: string | undefined, wanted: string): boolean {
  return held === wanted || (wanted.startsWith(SEARCH) && holds(held, wanted.slice(wanted.lastIndexOf(":") + 1)));
}

/** Whether a record entry is a search file with the content hash `hash` (`search:<key>:<hash>`). */
function holds(entry: string | undefined, hash: string): boolean {
  return entry !== undefined && entry.startsWith(SEARCH) && entry.endsWith(hash) && entry[entry.length - hash.length - 1] === ":";
}

/** The served site's index, to update: its folder, its record entries, the doc numbers whose postings and files stay. */
export interface SearchBase {
  dir: string;
  keys: Map<string, string>;
  kept: number[];
  /** Every doc of the served index is among `kept`. */
  whole: boolean;
}

/**
 * The search files' record entries; writes into `dir` those `held` (the folder being updated,
 * null: empty) lacks or holds with other bytes, and returns them with the entries. With a
 * `base`, only the docs it does not keep are read and indexed.
 */
export function writeSearchFiles(docs: SearchDoc[], size: number, labels: FilterLabels, key: string, held: Map<string, string> | null, dir: string, base?: SearchBase): { keys: Map<string, string>; written: string[] } {
  const keys = new Map<string, string>();
  const written: string[] = [];
  const made = new Set<string>();
  const group = searchGroup(key);
  const emit = (file: string, content: Uint8Array | string, known?: string) => {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const hash = known ?? createHash("sha1").update(bytes).digest("base64url");
    keys.set(file, `${group}${hash}`);
    if (holds(held?.get(file), hash)) return;
    const folder = dirname(join(dir, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    rmSync(join(dir, file), { force: true }); // a file linked from the served site is replaced, never written into
    writeFileSync(join(dir, file), bytes);
    written.push(relative(dir, join(dir, file)));
  };
  let indexBase: IndexBase | undefined;
  if (base) {
    const read = (file: string) => {
      try {
        return readFileSync(join(base.dir, file));
      } catch {
        return null;
      }
    };
    // A kept file is the served one: recorded with its hash, copied only where the folder being updated lacks it.
    const keep = (file: string): boolean => {
      const entry = base.keys.get(file);
      const hash = entry?.slice(entry.lastIndexOf(":") + 1);
      if (!hash) return false;
      if (holds(held?.get(file), hash)) {
        keys.set(file, `${group}${hash}`);
        return true;
      }
      const bytes = read(file);
      if (bytes) emit(file, bytes, hash);
      return bytes !== null;
    };
    const lengths = read("search/lengths.bin");
    if (lengths) {
      const view = new DataView(lengths.buffer, lengths.byteOffset, lengths.byteLength);
      const kept = new Set(base.kept.filter((no) => keep(`search/d/${no}.json`)));
      indexBase = {
        shard: (n) => read(`search/s/${n}.bin`),
        lengths: Uint16Array.from({ length: lengths.byteLength / 2 }, (_, i) => view.getUint16(i * 2, true)),
        kept,
        whole: base.whole && kept.size === base.kept.length,
        keep,
      };
    }
  }
  buildSearchIndex(docs, size, labels, emit, indexBase);
  emit("search/search.js", pageScript());
  return { keys, written };
}
