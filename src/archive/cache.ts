/**
 * The parse cache (`.sillok-cache/`): pipeline results keyed by each file's path and content,
 * under a version that changes whenever the pipeline's code or dependencies change. Topics are
 * not part of the key: when the keeper edits the taxonomy, cached articles only get their topics
 * found again (the one step that reads it). Deleting or corrupting the cache is always safe: an
 * unreadable cache is an empty one.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { inspectResultSchema } from "../model/article.ts";
import type { PipelineResult } from "../pipeline/index.ts";
import { findTopics, type Taxonomy } from "../taxonomy/topics.ts";

const FILE = "articles.json";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** What a pipeline result depends on, besides the file: this code and the packages it runs on. */
const SOURCES = ["src/pipeline", "src/taxonomy", "src/model", "src/archive/cache.ts", "package-lock.json"];

const cacheFileSchema = z.object({
  version: z.string(),
  entries: z.record(z.string(), z.object({ taxonomy: z.string(), result: inspectResultSchema.extend({ fired: z.array(z.string()) }) })),
});
type Entry = z.infer<typeof cacheFileSchema>["entries"][string];

export class ArticleCache {
  readonly #entries: Map<string, Entry>;
  readonly #used = new Map<string, Entry>();
  /** Why the cache on disk was not used, if it was not (for the build report). */
  readonly problem: string | null;

  private constructor(readonly dir: string | null, readonly version: string, entries: Map<string, Entry>, problem: string | null) {
    this.#entries = entries;
    this.problem = problem;
  }

  /** Opens the cache in `dir` (null: no cache). Never throws on a missing, stale or corrupt file. */
  static open(dir: string | null): ArticleCache {
    const version = pipelineVersion();
    if (!dir) return new ArticleCache(null, version, new Map(), null);
    let text: string;
    try {
      text = readFileSync(join(dir, FILE), "utf8");
    } catch {
      return new ArticleCache(dir, version, new Map(), null);
    }
    try {
      const file = cacheFileSchema.parse(JSON.parse(text));
      if (file.version !== version) return new ArticleCache(dir, version, new Map(), "made by another version of the pipeline; parsing every file again");
      return new ArticleCache(dir, version, new Map(Object.entries(file.entries)), null);
    } catch {
      return new ArticleCache(dir, version, new Map(), "unreadable (corrupt or cut short); parsing every file again");
    }
  }

  /** The cached result for this file and content, with topics from `taxonomy`; undefined on a miss. */
  get(path: string, bytes: Uint8Array, taxonomy: Taxonomy): PipelineResult | undefined {
    const key = cacheKey(path, bytes);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.taxonomy !== taxonomy.version && entry.result.article) {
      const article = entry.result.article;
      entry.result = { ...entry.result, article: { ...article, topics: findTopics(taxonomy, article.text, article.title) } };
      entry.taxonomy = taxonomy.version;
    }
    this.#used.set(key, entry);
    return structuredClone(entry.result);
  }

  set(path: string, bytes: Uint8Array, taxonomy: Taxonomy, result: PipelineResult): void {
    this.#used.set(cacheKey(path, bytes), { taxonomy: taxonomy.version, result: structuredClone(result) });
  }

  /** Writes the entries this build used (deleted and changed files drop out), atomically. */
  save(): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const temp = join(this.dir, `${FILE}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.#used) }));
    renameSync(temp, join(this.dir, FILE));
  }
}

function cacheKey(path: string, bytes: Uint8Array): string {
  return `${path}\0${createHash("sha256").update(bytes).digest("hex")}`;
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
