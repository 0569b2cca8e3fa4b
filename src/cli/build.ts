/**
 * `sillok build`: the pipeline over the content folder (unchanged files from the cache, the rest
 * on both cores), the archive, then Eleventy renders the pages whose content changed and the
 * output trees swap the new site in whole.
 */
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { ArticleCache, pipelineVersion } from "../archive/cache.ts";
import { codeVersion } from "../package-root.ts";
import { scanFolder, type Bodies, type Scan } from "../archive/scan.ts";
import type { SiteSettings } from "../config/site.ts";
import type { PipelineOptions } from "../pipeline/index.ts";
import { archiveOf, indexArchive, type ArchiveIndex, type SiteContext } from "../site/data.ts";
import { isUpToDate, pagesToRender, planPages, templateCode, WHOLE } from "../site/plan.ts";
import { assignNumbers, loadIndexRecord, saveIndexRecord } from "../search/doc-numbers.ts";
import { docKey, indexedStory, shardCount } from "../search/build-index.ts";
import { holdsSearch, sameFile, SEARCH, searchCode, searchFilesOf, searchGroup, searchKey } from "../search/search-files.ts";
import { runSearchJob, startSearchWorker, type JobDoc, type SearchFiles, type SearchJob } from "../search/search-job.ts";
import type { IndexRecord } from "../search/doc-numbers.ts";
import type { FilterLabels } from "../search/build-index.ts";
import { normalizePrefix } from "../site/urls.ts";
import { OutputTrees } from "./output.ts";
import type { BuildSession } from "./session.ts";
import { preloadEleventy, renderPages } from "./render.ts";
import { progressBar, writeReport, type StageTimes } from "./report.ts";

export interface BuildOptions {
  content: string;
  out: string;
  pathPrefix: string;
  strict: boolean;
  site: SiteSettings;
  /** Cache folder (parsed articles, their bodies, the spare output folder). */
  cache: string;
  /** Parse every file again, ignoring what the cache holds (it is still written). */
  reparse?: boolean;
  /** Write the search index (default); false leaves it out, for measuring the rest (`--no-search`). */
  search?: boolean;
}

/** List and month pages a session's warm-up renders (into a folder it drops): enough for V8 to compile their code paths. */
const WARM_PAGES = 300;

/** Where feeds and the sitemap point when the keeper has not set `url` in config/site.yaml. */
const LOCAL_ORIGIN = "http://localhost:8080";

/** `session`: what `sillok serve` keeps between its builds (none: everything is read from disk). */
export async function build(options: BuildOptions, pipeline: PipelineOptions, session: BuildSession | null = null): Promise<number> {
  const started = performance.now();
  await session?.ready(); // a warm-up or collection still running is part of this build's time
  const times: StageTimes = {};
  let mark = started;
  const lap = (stage: keyof StageTimes) => {
    times[stage] = performance.now() - mark;
    mark = performance.now();
  };
  if (!existsSync(options.content)) {
    process.stderr.write(`sillok build: the content folder ${options.content} does not exist; put articles there or pass --content DIR.\n`);
    return 2;
  }
  const cache = session ? session.cache(options.cache, options.reparse ?? false) : ArticleCache.open(options.cache, { fresh: options.reparse ?? false });
  const scanned = Date.now();
  if (cache.problem) process.stderr.write(`sillok build: the cache in ${options.cache} is ${cache.problem}.\n`);
  const buildId = `${Date.now().toString(36)}-${process.pid}`;
  const scan = await scanFolder(options.content, {
    taxonomy: pipeline.taxonomy,
    cache,
    build: buildId,
    progress: progressBar("reading", process.stderr),
    beforeParse: () => void preloadEleventy().catch(() => {}), // failures surface when rendering
    ...(session ? { dedupe: session.dedupe, folder: session.folder } : {}),
  });
  lap("read");
  for (const r of scan.results) for (const p of r.problems) process.stderr.write(`${options.content}/${r.path}${p.line ? `:${p.line}` : ""}: ${r.status === "skipped" ? "skipped" : p.severity}: ${p.message}\n`);
  const errors = scan.results.filter((r) => r.status === "error").length;
  if (options.strict && errors > 0) {
    process.stderr.write(`sillok build --strict: ${errors} file(s) with errors; nothing was written, ${options.out}/ is as it was.\n`);
    return 1;
  }
  if (!options.site.url) {
    process.stderr.write(`config/site.yaml: url: not set; feeds, sitemap.xml and robots.txt point at ${LOCAL_ORIGIN}. Set url to the site's public address.\n`);
  }

  const site: SiteContext = { ...options.site, origin: options.site.url ?? LOCAL_ORIGIN, pathPrefix: normalizePrefix(options.pathPrefix) };
  const withSearch = options.search !== false;
  const trees = session ? session.trees(options.out, cache.dir) : OutputTrees.open(options.out, cache.dir);
  /** The cache's index: written now, or, in a session, once the site is in place. */
  const saveCache = () => (session ? session.keep(cache, scanned) : cache.save());
  // Nothing the site is made from has changed: the site is already this build's.
  const key = buildKey(scan, pipeline, site, withSearch);
  const served = trees.liveBuild();
  if (served?.key === key) {
    saveCache();
    scan.bodies.close();
    writeReport(process.stdout, { content: options.content, out: options.out, results: scan.results, articles: scan.articles, stories: served.stories, parsed: scan.parsed, written: trees.live()?.size ?? 0, rendered: 0, times, total: performance.now() - started });
    // The session's next build finds this archive's related lists and page digests worked out, and Eleventy warm.
    if (session && !session.primed) {
      session.primed = true;
      session.later(() => {
        const stories = session.sameStories(scan.stories);
        const index = indexArchive(stories, pipeline.taxonomy.topics);
        const archive = archiveOf(index, stories, site, session.related);
        planPages(archive, site, session.plan);
        // The search index's record read now, not by the next build.
        const record = session.indexRecord(cache.dir);
        if (record) session.keepIndexRecord(cache.dir, record, { changed: false });
        // The worker given the docs as numbered now: the next build's job sends it only what changed.
        if (withSearch) session.searchWorker(scan.stories.length)?.prime(jobDocs(numbersOf(record, index), index, scan.bodies));
        session.warm(async () => {
          const dir = trees.renderDir();
          try {
            // Some list and month pages too (they need no bodies): a rebuild after an added story renders hundreds of them.
            await renderPages(archive, { articles: [], lists: archive.listPages.slice(0, WARM_PAGES), months: archive.months.slice(0, WARM_PAGES), feeds: [] }, site, dir, scan.bodies);
          } finally {
            trees.abandon(dir);
          }
        });
      });
    }
    return 0;
  }
  if (session) session.primed = true;
  const searchWorker = withSearch ? (session ? session.searchWorker(scan.stories.length) : startSearchWorker(scan.stories.length)) : null;
  const stories = session ? session.sameStories(scan.stories) : scan.stories;
  const index = indexArchive(stories, pipeline.taxonomy.topics);
  const record = session ? session.indexRecord(cache.dir) : loadIndexRecord(cache.dir);
  const numbers = numbersOf(record, index);
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  const labels = filterLabels(index);
  /** What the index holds of each doc number: the record of this build's index. */
  const docs = numbers.map((id) => (id ? { id, key: docKey(byId.get(id)!, pipelineVersion()) } : null));
  const search = searchKey(docs, labels);
  const live = trees.live();
  // The search files are written on the other core, beside the making of the pages and Eleventy's
  // run, into the folder that becomes the site: the spare (it already holds most of them), else
  // the render folder.
  const searching = withSearch && !holdsSearch(live, search);
  let spare = searching ? trees.spare() : null;
  let dir = searching ? trees.renderDir() : null;
  const heldSearch = spare?.keys && holdsSearch(spare.keys, search) ? searchFilesOf(spare.keys, search) : null;
  const job: Promise<SearchFiles> | null = !searching
    ? null
    : heldSearch
      ? Promise.resolve({ keys: new Map(heldSearch), written: [], ms: 0 })
      : runSearchJob(
          {
            docs: jobDocs(numbers, index, scan.bodies, byId),
            size: numbers.length,
            labels,
            key: search,
            held: spare?.keys ? [...spare.keys].filter(([, key]) => key.startsWith(SEARCH)) : null, // all it reads of the folder
            dir: dir!,
            cache: options.cache,
            content: options.content,
            taxonomy: pipeline.taxonomy,
            ...indexBase(record, docs, byId.size, live, options.out),
          },
          searchWorker,
        );
  job?.catch(() => {}); // awaited below; not unhandled meanwhile
  if (!searching || heldSearch) void searchWorker?.close();

  let rendered = 0;
  try {
    const archive = archiveOf(index, stories, site, session?.related);
    const plan = planPages(archive, site, session?.plan);
    lap("archive");
    if (searching || !isUpToDate(plan, live, [searchGroup(search)])) {
      spare ??= trees.spare();
      dir ??= trees.renderDir();
      // What the last build changed is in the site already: linked from there (when the site is put
      // in place), not rendered again. (A spare `sillok serve` brought up to the site between builds holds it.)
      const behind = spare !== null && !trees.caughtUp(spare);
      const wanted = behind ? new Map([...plan.keys, ...(withSearch && holdsSearch(live, search) ? searchFilesOf(live!, search) : [])]) : new Map<string, string>();
      const linked = behind ? trees.takenFromLive(spare!, wanted, sameFile) : [];
      let held: ReadonlyMap<string, string> | null = spare && linked.length > 0 ? new Map([...spare.keys!, ...linked.map((file): [string, string] => [file, wanted.get(file)!])]) : (spare?.keys ?? null);
      let pages = pagesToRender(plan, held);
      // Most pages changed: moving them one by one into the spare costs more than rendering the rest
      // too. The linked files stay, and are not rendered: the render folder becomes the site.
      const dropSpare = spare !== null && pages.articles.length + pages.lists.length + pages.months.length + pages.feeds.length > plan.keys.size / 2;
      const from = spare;
      if (dropSpare) {
        spare = null;
        trees.linkFrom({ dir: trees.out, keys: live }, linked, dir);
        held = new Map(linked.map((file) => [file, wanted.get(file)!]));
        pages = pagesToRender(plan, held);
      }
      const files = await renderPages(archive, pages, site, dir, scan.bodies, { collectAfter: !session });
      lap("render");
      // No job: the served site holds this build's search files, linked from it (or held by the spare) like its pages.
      const searchFiles = (await job) ?? { keys: new Map(withSearch ? searchFilesOf(live!, search) : []), written: [], ms: 0 };
      lap("search");
      times.index = searchFiles.ms;
      // The search files the spare held as they are were not written: the render folder, the site to be, takes them from it.
      if (dropSpare && from) {
        const written = new Set(searchFiles.written);
        trees.linkFrom(from, [...searchFiles.keys.keys()].filter((file) => !written.has(file)), dir);
      }
      const keys = new Map(plan.keys);
      for (const file of files) if (!keys.has(file)) keys.set(file, `${WHOLE}${plan.wholeKey}`);
      for (const [file, key] of searchFiles.keys) keys.set(file, key);
      trees.commit(dir, [...files, ...searchFiles.written], keys, spare, { key, stories: archive.stories.length }, spare ? linked : []);
      rendered = files.length + searchFiles.written.length;
    } else {
      trees.confirm({ key, stories: archive.stories.length });
    }
  } catch (error) {
    // A search job still writing into the render folder is stopped first (a session's worker lives on otherwise).
    if (job && session) await session.stopSearch();
    if (dir) trees.abandon(dir);
    throw error;
  }
  scan.bodies.close();
  saveCache();
  if (withSearch && rendered > 0) {
    const meta = trees.live()?.get("search/meta.json");
    const next = meta ? { code: searchCode(), meta, docs } : null;
    if (next && session) session.keepIndexRecord(cache.dir, next, { changed: true });
    else if (next) saveIndexRecord(cache.dir, next);
  } else if (session && record) {
    session.keepIndexRecord(cache.dir, record, { changed: false });
  }
  lap("swap");

  const written = trees.live()?.size ?? rendered;
  writeReport(process.stdout, { content: options.content, out: options.out, results: scan.results, articles: scan.articles, stories: index.stories.length, parsed: scan.parsed, written, rendered, times, total: performance.now() - started });
  return 0;
}

/**
 * What the site is made from, as one key: every file's result (by content), the pipeline, the
 * taxonomy, the settings, the templates and the search code. A build whose key is the served
 * site's has nothing to do.
 */
function buildKey(scan: Scan, pipeline: PipelineOptions, site: SiteContext, withSearch: boolean): string {
  const hash = createHash("sha1").update(JSON.stringify([codeVersion(), pipelineVersion(), pipeline.taxonomy.version, site, withSearch, templateCode(), withSearch ? searchCode() : ""]));
  for (const result of scan.results) hash.update(`\n${result.path}\0${result.status}\0${scan.bodies.entries.get(result.path)?.hash ?? ""}`);
  return hash.digest("base64url");
}

/** Most of the stories unchanged since the served site's index: it is updated, not made again. */
function indexBase(record: IndexRecord | null, docs: IndexRecord["docs"], stories: number, live: ReadonlyMap<string, string> | null, out: string): Pick<SearchJob, "base"> {
  const meta = live?.get("search/meta.json");
  if (!record || !live || !meta || record.meta !== meta || record.code !== searchCode() || shardCount(record.docs.length) !== shardCount(docs.length)) return {};
  const kept = docs.flatMap((doc, no) => (doc && record.docs[no]?.id === doc.id && record.docs[no]?.key === doc.key ? [no] : []));
  if (kept.length < stories * 0.75) return {};
  const served = record.docs.filter((d) => d !== null).length;
  return { base: { dir: out, keys: [...live].filter(([, key]) => key.startsWith(SEARCH)), kept, whole: kept.length === served } };
}

/** The archive's stories by doc number: the last index's numbers kept, the free ones reused. */
function numbersOf(record: IndexRecord | null, index: ArchiveIndex): (string | null)[] {
  return assignNumbers(record?.docs.map((d) => d?.id ?? null) ?? [], index.stories.map((s) => s.id));
}

/** The search job's docs: each numbered story, with where its body is. */
function jobDocs(numbers: (string | null)[], index: ArchiveIndex, bodies: Bodies, byId = new Map(index.stories.map((s) => [s.id, s]))): JobDoc[] {
  return numbers.flatMap((id, no) => {
    const story = id ? byId.get(id)! : null;
    return story ? [{ no, story: indexedStory(story), body: bodies.entries.get(story.sourcePath)?.body ?? null }] : [];
  });
}

/** The topics and countries the search page filters by (those with stories). */
function filterLabels(archive: Pick<ArchiveIndex, "topics" | "countries">): FilterLabels {
  const labels = (terms: ArchiveIndex["topics"]) => Object.fromEntries(terms.filter((t) => t.stories.length > 0).map((t) => [t.id, t.label]));
  return { topic: labels(archive.topics), country: labels(archive.countries) };
}
