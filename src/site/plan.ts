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
import type { Archive, ArticlePage, FeedPage, ListPage, SiteContext } from "./data.ts";
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

/** Keys for every page of the archive. */
export function planPages(archive: Archive, site: SiteContext): Plan {
  // The pipeline's version too: a new pipeline makes new bodies from the same source files.
  const version = keyOf(`${templateCode()}\0${pipelineVersion()}`, site);
  const keys = new Map<string, string>();
  const all = (list: Story[]) => list.map(brief).join(",");
  const keyed = <T>(url: string, page: T, value: unknown): [string, T] => {
    const file = outputFile(url);
    keys.set(file, keyOf(version, value));
    return [file, page];
  };
  const copies = (s: Story) => (archive.copiesOf.get(s.id) ?? []).map((c) => [c.url, c.publisher]);
  const articles = archive.articlePages.map((p) =>
    keyed(p.article.url, p, `${full(p.article)}${JSON.stringify([p.topics, p.countries, p.publisher, p.month])}${all(p.related)}|${all(p.copies)}`),
  );
  const lists = archive.listPages.map((p) =>
    // Only the first page shows the term's story count (term.11ty.ts); the page URLs follow from the term and their number.
    keyed(p.url, p, `${JSON.stringify([p.term.kind, p.term.id, p.term.label, p.term.description, p.pageNumber === 1 ? p.term.stories.length : null, p.pageNumber, p.pageUrls.length])}${all(p.items)}`),
  );
  const months = archive.months.map((m, i) =>
    keyed(monthUrl(m), m, `${JSON.stringify([m.id, m.label, archive.months[i - 1]?.label, archive.months[i + 1]?.id, archive.months[i + 1]?.label])}${m.stories.map((s) => `${brief(s)}${JSON.stringify(copies(s))}`).join(",")}`),
  );
  // A feed shows its stories whole (their bodies too: `full` holds their content hash) and the archive's date.
  const feeds = archive.feeds.map((f) => keyed(f.url, f, `${JSON.stringify([f.title, f.pageUrl, archive.updated])}${f.stories.map(full).join(",")}`));
  const terms = [...archive.topics, ...archive.countries, ...archive.publishers].map((t) => [t.kind, t.id, t.label, t.description, t.stories.length]);
  const wholeKey = keyOf(version, [archive.stories.map(full).join(","), terms, archive.months.map((m) => [m.id, m.stories.length]), archive.updated]);
  return { keys, wholeKey, articles, lists, months, feeds };
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
