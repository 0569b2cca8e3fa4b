/**
 * The build's view of the content folder: every file's result, from the cache when the file is
 * unchanged and from the parse pool when not; stories deduped and given unique URLs; bodies
 * read on demand (this build's from memory, older ones from the cache's packs).
 */
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Problem, Story } from "../model/article.ts";
import { findTopics, type Taxonomy } from "../taxonomy/topics.ts";
import { PackReader, type Body, type BodyRef } from "./body-store.ts";
import { contentHash, type ArticleCache, type CacheEntry } from "./cache.ts";
import { dedupeWith, type DedupeMemo } from "./dedupe.ts";
import { MAX_FILE_BYTES, tooLarge, type Progress } from "./load.ts";
import { parseAll, type ParseJob } from "./parse-pool.ts";
import { signatureFromBase64, type ParsedFile } from "./parse-file.ts";
import { toArticle } from "../pipeline/index.ts";
import { listContentFiles } from "../pipeline/read.ts";
import { isGone, type FolderFiles, type FolderMemo } from "./folder.ts";
import { uniqueUrls } from "./slugs.ts";
import { perObject } from "../per-object.ts";

/** A cache entry's text signature, decoded once per entry object (never changed once made; `sillok serve` carries its entries from build to build). */
const signatureOf = perObject((entry: CacheEntry) => signatureFromBase64(entry.signature!));

export interface FileResult {
  path: string;
  status: CacheEntry["status"];
  problems: Problem[];
  fired: string[];
}

export interface Scan {
  /** One per content file, in path order. */
  results: FileResult[];
  /** How many files gave an article. */
  articles: number;
  /** The ok articles, deduped, with unique URLs, in path order (deduped on first use: a build with nothing to do never asks). */
  readonly stories: Story[];
  /** Files the pipeline ran on; the others came from the cache. */
  parsed: number;
  bodies: Bodies;
}

export interface ScanOptions {
  taxonomy: Taxonomy;
  cache: ArticleCache;
  /** Names this build's packs. */
  build: string;
  progress?: Progress;
  /** Called when some files have to be parsed (the build then starts loading what it renders with). */
  beforeParse?: () => void;
  /** The last build's dedupe groups (`sillok serve`): only added articles are compared. */
  dedupe?: DedupeMemo;
  /** The folder as the last scan saw it and what the watcher saw change since (`sillok serve`): only those files are looked at again. */
  folder?: FolderMemo;
}

export async function scanFolder(dir: string, options: ScanOptions): Promise<Scan> {
  try {
    return await scanOnce(dir, options);
  } catch (error) {
    // A file the folder memo vouched for went without the watcher seeing it: once more, reading the whole folder.
    if (!options.folder || !isGone(error)) throw error;
    options.folder.forget();
    return scanOnce(dir, options);
  }
}

async function scanOnce(dir: string, options: ScanOptions): Promise<Scan> {
  const { cache, taxonomy } = options;
  if (!cache.dir) throw new Error("scanFolder needs a cache folder: bodies are kept there");
  const cacheDir = cache.dir;
  const root = resolve(dir); // the paths are plain relative ones: joined by hand, ten thousand times
  const { paths, stat: statOf } = options.folder ? await options.folder.files(root) : await listed(root);
  const entries = new Map<string, CacheEntry>();
  const results = new Map<string, FileResult>();
  const toParse: ParseJob["files"] = [];
  const report = () => options.progress?.(entries.size + results.size, paths.length);
  const reader = new PackReader(cacheDir);

  for (const path of paths) {
    const stat = statOf(path);
    if (stat.size > MAX_FILE_BYTES) {
      results.set(path, tooLarge(path, stat.size));
      continue;
    }
    const hit = cache.byStat(path, stat) ?? (cache.has(path) ? cache.byContent(path, contentHash(readFileSync(join(dir, path))), stat) : undefined);
    if (hit) entries.set(path, hit.taxonomy === taxonomy.version ? hit : retopic(path, hit, taxonomy, cache, reader));
    else toParse.push({ path, stat });
  }
  report();
  if (toParse.length > 0) options.beforeParse?.();
  await parseAll(toParse, { content: dir, cache: cacheDir, taxonomy, build: options.build }, (parsed: ParsedFile) => {
    entries.set(parsed.path, parsed.entry);
    cache.set(parsed.path, parsed.entry);
    report();
  });
  options.folder?.done();

  const ordered = paths.map((path): FileResult => {
    const entry = entries.get(path);
    return entry ? { path, status: entry.status, problems: entry.problems, fired: entry.fired } : results.get(path)!;
  });
  const ok = paths.flatMap((path) => {
    const entry = entries.get(path);
    return entry?.story && entry.signature ? [{ story: entry.story, signature: signatureOf(entry) }] : [];
  });
  let stories: Story[] | undefined;
  return {
    results: ordered,
    articles: ok.length,
    get stories() {
      return (stories ??= uniqueUrls(dedupeWith(ok.map((o) => o.story), ok.map((o) => o.signature), ok.map((o) => o.story.textLength), options.dedupe)));
    },
    parsed: toParse.length,
    bodies: new Bodies(dir, taxonomy, entries, reader),
  };
}

/** Every file of `root`, each stat read when asked for. */
async function listed(root: string): Promise<FolderFiles> {
  const paths = await listContentFiles(root);
  return {
    paths,
    stat: (path) => {
      const { size, mtimeMs } = statSync(`${root}/${path}`);
      return { size, mtimeMs };
    },
  };
}

/** A cached article under an edited taxonomy: only its topics are found again. */
function retopic(path: string, entry: CacheEntry, taxonomy: Taxonomy, cache: ArticleCache, reader: PackReader): CacheEntry {
  if (!entry.story || !entry.body) return entry;
  let text: string;
  try {
    text = reader.part(entry.body, "text");
  } catch {
    return entry; // an unreadable pack: the body is parsed again when it is needed
  }
  const next = { ...entry, taxonomy: taxonomy.version, story: { ...entry.story, topics: findTopics(taxonomy, text, entry.story.title) } };
  cache.set(path, next);
  return next;
}

/** Article bodies by content path, read from the cache's packs (this build's too: the pool wrote them there). */
export class Bodies {
  constructor(
    readonly dir: string,
    readonly taxonomy: Taxonomy,
    readonly entries: Map<string, CacheEntry>,
    readonly reader: PackReader | null,
  ) {}

  /** One part of the body of the article from `path` (readBodyPart). */
  get(path: string, part: keyof Body): string {
    return readBodyPart(this.reader, this.entries.get(path)?.body ?? null, this.dir, path, this.taxonomy, part);
  }

  close(): void {
    this.reader?.close();
  }
}

/**
 * One part of the body of the article from `dir`/`path`: from its pack, or, when it has none or
 * the pack cannot be read (corrupt, deleted), from parsing the file again.
 */
export function readBodyPart(reader: PackReader | null, ref: BodyRef | null, dir: string, path: string, taxonomy: Taxonomy, part: keyof Body): string {
  if (ref && reader) {
    try {
      return reader.part(ref, part);
    } catch {
      // fall through
    }
  }
  return toArticle({ path, bytes: readFileSync(join(dir, path)) }, { taxonomy }).article?.[part] ?? "";
}
