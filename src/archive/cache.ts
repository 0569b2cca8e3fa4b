/**
 * The parse cache (`.sillok-cache/`): each content file's pipeline result, keyed by the file's
 * path and content under a version that changes whenever the pipeline's code or dependencies
 * change. The index (`index.json`) holds what the archive needs of each article (its Story, a
 * text fingerprint for dedupe, where its body is); bodies live in packs (body-store.ts) and are
 * read only for the pages being rendered.
 *
 * A file whose size and modification time are those recorded is not read again (as git's index
 * does), unless it was modified so close to the recording that the time cannot tell (then its
 * content hash decides). Topics are not part of the key: when the keeper edits the taxonomy,
 * cached articles only get their topics found again. Deleting or corrupting the cache is always
 * safe: an unreadable cache is an empty one.
 */
import { PACKAGE_ROOT } from "../package-root.ts";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { problemSchema, inspectStatusSchema, storySchema } from "../model/article.ts";
import { bodyRefSchema, prunePacks, type BodyRef } from "./body-store.ts";
import { writeWhole } from "../write-whole.ts";

const FILE = "index.json";
const ROOT = PACKAGE_ROOT;
/** What a pipeline result depends on, besides the file: this code and the packages it runs on. */
const SOURCES = ["src/pipeline", "src/taxonomy", "src/model", "src/archive/cache.ts", "src/archive/body-store.ts", "package-lock.json"];
/** File times this close to the index's own time cannot prove a file unchanged (writes within one clock tick). */
const RACY_MS = 2000;

export const entrySchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  /** sha256 of the file's bytes. */
  hash: z.string(),
  /** The taxonomy version the topics were found with. */
  taxonomy: z.string(),
  status: inspectStatusSchema,
  problems: z.array(problemSchema),
  fired: z.array(z.string()),
  story: storySchema.nullable(),
  body: bodyRefSchema.nullable(),
  /** MinHash of the text, base64 (dedupe). */
  signature: z.string().nullable(),
});
export type CacheEntry = z.infer<typeof entrySchema>;

/**
 * The index's first line; the entries follow as one JSON object. `sum` (sha1 of the entries'
 * bytes) proves them written whole by this version: they are then used without checking each
 * against the schema (a tenth of a second at 10,000 files).
 */
const headerSchema = z.object({ version: z.string(), writtenAt: z.number(), sum: z.string() });

export interface FileStat {
  size: number;
  mtimeMs: number;
}

export class ArticleCache {
  readonly #entries: Map<string, CacheEntry>;
  readonly #used = new Map<string, CacheEntry>();
  readonly #writtenAt: number;
  /** Whether this build recorded anything the index on disk lacks. */
  #changed = false;
  /** Why the cache on disk was not used, if it was not (for the build report). */
  readonly problem: string | null;

  private constructor(readonly dir: string | null, readonly version: string, entries: Map<string, CacheEntry>, writtenAt: number, problem: string | null) {
    this.#entries = entries;
    this.#writtenAt = writtenAt;
    this.problem = problem;
  }

  /** Opens the cache in `dir` (null: no cache; `fresh`: start it afresh). Never throws on a missing, stale or corrupt index. */
  static open(dir: string | null, { fresh = false } = {}): ArticleCache {
    const version = pipelineVersion();
    const empty = (problem: string | null) => new ArticleCache(dir, version, new Map(), 0, problem);
    if (!dir || fresh) return empty(null);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, FILE));
    } catch {
      return empty(null);
    }
    try {
      const newline = bytes.indexOf(0x0a);
      if (newline < 0 && bytes.subarray(0, 11).toString() === '{"version":') return empty("made by another version of the pipeline; parsing every file again"); // before the header line
      const header = headerSchema.parse(JSON.parse(bytes.subarray(0, newline).toString()));
      if (header.version !== version) return empty("made by another version of the pipeline; parsing every file again");
      const body = bytes.subarray(newline + 1);
      if (checksum(body) !== header.sum) throw new Error("cut short or edited");
      const entries: unknown = JSON.parse(decoder.decode(body));
      if (typeof entries !== "object" || entries === null || Array.isArray(entries)) throw new Error("not an object of entries");
      return new ArticleCache(dir, version, new Map(Object.entries(entries as Record<string, CacheEntry>)), header.writtenAt, null);
    } catch {
      return empty("unreadable (corrupt or cut short); parsing every file again");
    }
  }

  /** The entry recorded for `path` (its checksum vouches for its form); it still has to be matched to the file. */
  #entry(path: string): CacheEntry | undefined {
    return this.#entries.get(path);
  }

  has(path: string): boolean {
    return this.#entries.has(path);
  }

  /** The entry for a file whose size and time are unchanged (and not racy): the file need not be read. */
  byStat(path: string, stat: FileStat): CacheEntry | undefined {
    const entry = this.#entry(path);
    if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs || stat.mtimeMs >= this.#writtenAt - RACY_MS) return undefined;
    return this.#use(path, entry);
  }

  /** The entry for a file with this content. */
  byContent(path: string, hash: string, stat: FileStat): CacheEntry | undefined {
    const entry = this.#entry(path);
    if (!entry || entry.hash !== hash) return undefined;
    this.#changed = true; // its new time, or the index's, so that the next build need not read it
    return this.#use(path, { ...entry, size: stat.size, mtimeMs: stat.mtimeMs });
  }

  #use(path: string, entry: CacheEntry): CacheEntry {
    this.#used.set(path, entry);
    return entry;
  }

  /** Records this build's entry for `path` (a parsed file, or a cached one with new topics). */
  set(path: string, entry: CacheEntry): void {
    this.#changed = true;
    this.#used.set(path, entry);
  }

  /**
   * The cache as the next build in this process finds it (`sillok serve`): this build's entries,
   * recorded as of `scanned` (when this build took the files' stats), without reading the index back.
   */
  carry(scanned: number): ArticleCache {
    return new ArticleCache(this.dir, this.version, new Map(this.#used), scanned, null);
  }

  /** Writes the entries this build used (deleted and changed files drop out), atomically, and drops unused packs; a build that found every entry as it was writes nothing. */
  save(): void {
    if (!this.dir || (!this.#changed && this.#used.size === this.#entries.size)) return;
    mkdirSync(this.dir, { recursive: true });
    const body = Buffer.from(JSON.stringify(Object.fromEntries(this.#used)));
    writeWhole(join(this.dir, FILE), Buffer.concat([Buffer.from(`${JSON.stringify({ version: this.version, writtenAt: Date.now(), sum: checksum(body) })}\n`), body]));
    prunePacks(this.dir, [...this.#used.values()].flatMap((e): BodyRef[] => (e.body ? [e.body] : [])));
  }
}

/** Bad bytes make the index unreadable (an empty cache), never replacement characters in an entry. */
const decoder = new TextDecoder("utf-8", { fatal: true });

function checksum(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64url");
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

let memo: string | undefined;

/** sha256 over the pipeline's source files and the lockfile. */
export function pipelineVersion(): string {
  if (memo) return memo;
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of listFiles(join(ROOT, source))) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file));
  }
  memo = hash.digest("hex").slice(0, 16);
  return memo;
}

function listFiles(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return existsSync(path) ? [path] : [];
  }
}
