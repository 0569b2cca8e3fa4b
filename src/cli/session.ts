/**
 * What `sillok serve` keeps from one build to the next, so that a rebuild after a file is added
 * does not read back what the last build has just written: the cache's entries, the output
 * folders' records, the search index's record, a search worker, and the archive's dedupe
 * groups, related lists and page keys (see DedupeMemo, RelatedMemo, PlanMemo). A build without a
 * session (`sillok build`) reads them from disk and starts its worker afresh.
 */
import { ArticleCache } from "../archive/cache.ts";
import { DedupeMemo } from "../archive/dedupe.ts";
import { FolderMemo } from "../archive/folder.ts";
import { RelatedMemo } from "../archive/related.ts";
import { loadIndexRecord, saveIndexRecord, type IndexRecord } from "../search/doc-numbers.ts";
import { SearchWorker, startSearchWorker } from "../search/search-job.ts";
import { sameFile } from "../search/search-files.ts";
import type { Story } from "../model/article.ts";
import { PlanMemo } from "../site/plan.ts";
import { OutputTrees } from "./output.ts";
import { collectGarbage } from "./render.ts";

export class BuildSession {
  readonly related = new RelatedMemo();
  readonly dedupe = new DedupeMemo();
  readonly plan = new PlanMemo();
  /** The content folder as the last build read it; serve's watcher tells it what changes. */
  readonly folder = new FolderMemo();
  /** Whether a build has worked out the archive (and rendered with Eleventy), or the first one left that to `flush`. */
  primed = false;
  #warming: Promise<void> = Promise.resolve();
  #cache: ArticleCache | null = null;
  #trees: OutputTrees | null = null;
  #search: SearchWorker | null = null;
  #stories = new Map<string, Story>();
  #record: { dir: string | null; record: IndexRecord } | null = null;
  /** What the last build left to do after its site was in place (writing the cache's index and the search record). */
  #later: (() => void)[] = [];

  /** The cache as the last build left it, when it was the same folder; else as on disk. */
  cache(dir: string, fresh: boolean): ArticleCache {
    const kept = this.#cache;
    this.#cache = null; // a build that fails part way leaves nothing for the next to trust
    if (kept && kept.dir === dir && !fresh) return kept;
    this.flush();
    return ArticleCache.open(dir, { fresh });
  }

  /** After a build that went through: its cache for the next one, and the writing of its index for later. */
  keep(cache: ArticleCache, scanned: number): void {
    this.#cache = cache.carry(scanned);
    this.later(() => cache.save());
  }

  /** The search index's record as the last build left it (in `dir`); else as on disk. */
  indexRecord(dir: string | null): IndexRecord | null {
    const kept = this.#record;
    this.#record = null;
    if (kept && kept.dir === dir) return kept.record;
    this.flush();
    return loadIndexRecord(dir);
  }

  /** After a build: the search files' record for the next build, written to disk later when `changed`. */
  keepIndexRecord(dir: string | null, record: IndexRecord, { changed }: { changed: boolean }): void {
    this.#record = { dir, record };
    if (changed) this.later(() => saveIndexRecord(dir, record));
  }

  trees(out: string, cache: string | null): OutputTrees {
    this.#trees = OutputTrees.open(out, cache, this.#trees ?? undefined, (work) => this.later(work));
    return this.#trees;
  }

  searchWorker(stories: number): SearchWorker | null {
    if (this.#search?.alive) return this.#search;
    this.#search = startSearchWorker(stories, { kept: true });
    return this.#search;
  }

  /**
   * `stories` with each one equal to the last build's (field by field) replaced by the last
   * build's object: what is worked out from a story object (a page key's digest) is not worked
   * out again. Story objects are never changed once made.
   */
  sameStories(stories: Story[]): Story[] {
    const last = this.#stories;
    const next = stories.map((story) => {
      const old = last.get(story.id);
      return old && (old === story || sameFields(old, story)) ? old : story;
    });
    this.#stories = new Map(next.map((story) => [story.id, story]));
    return next;
  }

  /** Work run in the background once the site is served (a render that warms Eleventy up); the next build waits for it. */
  warm(work: () => Promise<void>): void {
    this.#warming = this.#warming.then(work).catch(() => {}); // a failure here surfaces in the build that renders
  }

  async ready(): Promise<void> {
    await this.#warming;
  }

  /** Work for `flush`: done once the site a build made is served. */
  later(work: () => void): void {
    this.#later.push(work);
  }

  /**
   * Does what the last build left for later (writing the cache's index…); the site it made is
   * served already. A failure is reported and the rest still done: what the session holds in
   * memory is still right, and a cache not written is only a slower next `sillok build`.
   */
  flush(): void {
    for (const later of this.#later.splice(0)) {
      try {
        later();
      } catch (error) {
        process.stderr.write(`sillok serve: writing the cache after the build failed (${error instanceof Error ? error.message : String(error)}); it is written again after the next one.\n`);
      }
    }
  }

  /**
   * Once a build's site is served: what it left for later, then (after any warm-up) the spare
   * brought up to the site (the next build moves only its own pages into it), with `missed` the
   * content folder looked over for changes the watcher did not report (`missed` is called with
   * them: they need a build), and a full collection. A build leaves hundreds of megabytes of
   * garbage that V8, with memory to spare, would keep, and the next build's peak would stand on it.
   */
  settle(missed?: (paths: string[]) => void): void {
    this.flush();
    this.warm(async () => {
      try {
        this.#trees?.catchUp(sameFile);
      } catch {
        // A spare left part way is unknown to the records: the next build makes it again from the site.
      }
      if (missed) await this.#lookOver(missed);
      collectGarbage();
    });
  }

  /** The content folder looked over, after the work running, for changes the watcher did not report (see settle). */
  lookOver(missed: (paths: string[]) => void): void {
    this.warm(() => this.#lookOver(missed));
  }

  async #lookOver(missed: (paths: string[]) => void): Promise<void> {
    const unseen = await this.folder.missed();
    if (unseen.length > 0) missed(unseen);
  }

  /** Ends the search worker (a build failed while its job ran): the next build starts another. */
  async stopSearch(): Promise<void> {
    const worker = this.#search;
    this.#search = null;
    await worker?.terminate();
  }

  async close(): Promise<void> {
    await this.ready();
    this.flush();
    await this.#search?.terminate();
  }
}

/** Whether two stories hold the same values: fields by identity, arrays element by element. */
function sameFields(a: Story, b: Story): boolean {
  const keys = Object.keys(a) as (keyof Story)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (x === y) return true;
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => item === y[i]);
  });
}
