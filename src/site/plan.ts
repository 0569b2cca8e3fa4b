/**
 * Which pages a build renders. Every article, list, month page and feed gets a key: a hash of all it
 * shows (its data, the templates' code, the site settings). A page whose key is the one the
 * output folder already holds is not rendered again; the few pages drawn from the whole
 * archive (home, overviews, sitemap…) share one key and are rendered whenever it changes.
 */
import { pipelineVersion } from "../archive/cache.ts";
import { PACKAGE_ROOT } from "../package-root.ts";
import { createHash, hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Month } from "../archive/indexes.ts";
import type { Story } from "../model/article.ts";
import type { Archive, ArticlePage, FeedPage, Link, ListPage, SiteContext } from "./data.ts";
import { monthUrl } from "./urls.ts";
import { perObject } from "../per-object.ts";

/** What the paginated templates render this build (global data `pages`). */
export interface RenderSet {
  articles: ArticlePage[];
  lists: ListPage[];
  months: Month[];
  feeds: FeedPage[];
}

export interface Plan {
  /** Output file (relative, e.g. `articles/2024/07/x/index.html`) -> key, for every keyed page. */
  keys: Map<string, string>;
  /** The key of the pages drawn from the whole archive (home, overviews, sitemap…). */
  wholeKey: string;
  /** The keyed pages with their files. */
  articles: [string, ArticlePage][];
  lists: [string, ListPage][];
  months: [string, Month][];
  feeds: [string, FeedPage][];
}

/** Marks the files of the pages drawn from the whole archive in a folder's record. */
export const WHOLE = "whole:";

const ROOT = PACKAGE_ROOT;
/** What the pages depend on besides their data: templates, the site code, the packages. */
const SOURCES = ["templates", "src/site", "src/model", ".eleventy.ts", "package-lock.json"];

/** sha256 over the templates and site code, read each build (`sillok serve` rebuilds when they are edited). */
export function templateCode(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    let files: string[];
    try {
      files = readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    } catch {
      files = [path];
    }
    for (const file of files) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** `/topics/x/` -> `topics/x/index.html`; `/feed.xml` -> `feed.xml`. */
export function outputFile(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** One-shot hashing (crypto.hash): a build keys tens of thousands of pages, and a Hash object per key costs twice the time. */
function keyOf(version: string, value: unknown): string {
  return hash("sha1", version + (typeof value === "string" ? value : JSON.stringify(value)), "base64url");
}

/**
 * What a list shows of a story, hashed once: a story is in many lists. Kept by the story
 * object, which is never changed once made: `sillok serve` passes the last build's object for
 * a story that did not change, so a rebuild hashes only the new ones.
 */
const brief = perObject((s: Story) => keyOf("", [s.id, s.url, s.title, s.date, s.publisher, s.excerpt]));
/** All of a story, hashed once: its article page and the pages drawn from the whole archive both show it. */
const full = perObject((s: Story) => keyOf("", s));

/**
 * The last build's page keys, with what each was worked out from (`sillok serve` keeps it): a
 * page that is the same object as last time (see articlePages), or whose parts are the same,
 * keeps its key, which is not hashed again.
 */
export class PlanMemo {
  version = "";
  /** By output file. */
  keys = new Map<string, MemoEntry>();
  /** By article page object (pages are never changed once made), for this version. */
  pages = new WeakMap<object, MemoEntry>();
}

interface MemoEntry {
  file: string;
  parts: Part[];
  key: string;
}

/** What a page key is made from: digests of the stories it shows (`brief`, `full`) and plain values. */
type Part = string | number | null;

/** Keys for every page of the archive. */
export function planPages(archive: Archive, site: SiteContext, memo?: PlanMemo): Plan {
  // The pipeline's version too: a new pipeline makes new bodies from the same source files.
  const version = keyOf(`${templateCode()}\0${pipelineVersion()}`, site);
  if (memo && memo.version !== version) Object.assign(memo, { version, keys: new Map(), pages: new WeakMap() });
  const last = memo?.keys ?? null;
  const next = new Map<string, MemoEntry>();
  const keys = new Map<string, string>();
  /** `same`: the page's key follows from the page object alone (an article page: see articlePages), so a kept object keeps it. */
  const keyed = <T extends object>(url: string, page: T, partsOf: () => Part[], same = false): [string, T] => {
    let entry = same ? memo?.pages.get(page) : undefined;
    if (!entry) {
      const file = outputFile(url);
      const held = last?.get(file);
      const parts = partsOf();
      entry = { file, parts, key: held && sameParts(held.parts, parts) ? held.key : keyOf(version, JSON.stringify(parts)) };
      if (same) memo?.pages.set(page, entry);
    }
    keys.set(entry.file, entry.key);
    if (memo) next.set(entry.file, entry);
    return [entry.file, page];
  };
  // Each list counted before its items: the parts of two different pages are never the same.
  const links = (parts: Part[], list: Link[]) => {
    parts.push(list.length);
    for (const l of list) parts.push(l.label, l.url);
    return parts;
  };
  const briefs = (parts: Part[], list: Story[]) => {
    parts.push(list.length);
    for (const s of list) parts.push(brief(s));
    return parts;
  };
  const articles = archive.articlePages.map((p) =>
    keyed(p.article.url, p, () => {
      const parts = links(links(links([full(p.article)], p.topics), p.countries), p.publisher ? [p.publisher, p.month] : [p.month]);
      return briefs(briefs(parts, p.related), p.copies);
    }, true),
  );
  const lists = archive.listPages.map((p) =>
    // Only the first page shows the term's story count (term.11ty.ts); the page URLs follow from the term and their number.
    keyed(p.url, p, () => briefs([p.term.kind, p.term.id, p.term.label, p.term.description ?? null, p.pageNumber === 1 ? p.term.stories.length : null, p.pageNumber, p.pageUrls.length], p.items)),
  );
  // A month lists each story with links to its other copies.
  const months = archive.months.map((m, i) => {
    const [before, after] = [archive.months[i - 1], archive.months[i + 1]];
    return keyed(monthUrl(m), m, () => {
      const parts: Part[] = [m.id, m.label, before?.label ?? null, after?.id ?? null, after?.label ?? null];
      for (const s of m.stories) briefs(parts, [s, ...(archive.copiesOf.get(s.id) ?? [])]);
      return parts;
    });
  });
  // A feed shows its stories whole (their bodies too: `full` holds their content hash) and the archive's date.
  const feeds = archive.feeds.map((f) => keyed(f.url, f, () => [f.title, f.pageUrl, archive.updated, ...f.stories.map(full)]));
  const terms = [...archive.topics, ...archive.countries, ...archive.publishers].map((t) => [t.kind, t.id, t.label, t.description, t.stories.length]);
  const wholeKey = keyOf(version, [archive.stories.map(full).join(","), terms, archive.months.map((m) => [m.id, m.stories.length]), archive.updated]);
  if (memo) memo.keys = next;
  return { keys, wholeKey, articles, lists, months, feeds };
}

function sameParts(a: Part[], b: Part[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** The keyed pages a folder holding `held` (file -> key; null: unknown) lacks or holds stale. */
export function pagesToRender(plan: Plan, held: ReadonlyMap<string, string> | null): RenderSet {
  const stale = <T>([file]: [string, T]) => held?.get(file) !== plan.keys.get(file);
  return {
    articles: plan.articles.filter(stale).map(([, p]) => p),
    lists: plan.lists.filter(stale).map(([, p]) => p),
    months: plan.months.filter(stale).map(([, m]) => m),
    feeds: plan.feeds.filter(stale).map(([, f]) => f),
  };
}

/**
 * Whether a folder holding `held` is the site `plan` describes, file for file; `groups` are the
 * record prefixes of other current files (the search files).
 */
export function isUpToDate(plan: Plan, held: ReadonlyMap<string, string> | null, groups: string[] = []): boolean {
  if (!held) return false;
  for (const [file, key] of plan.keys) if (held.get(file) !== key) return false;
  for (const [file, key] of held) {
    if (!plan.keys.has(file) && key !== `${WHOLE}${plan.wholeKey}` && !groups.some((g) => key.startsWith(g))) return false;
  }
  return true;
}
