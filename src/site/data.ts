/** What the templates receive: the site context and the archive, shaped page by page. */
import { countryTerms, monthGroups, monthLabel, newestFirst, publisherTerms, topicTerms, type Month, type Term } from "../archive/indexes.ts";
import { findRelated, RELATED_LIMIT, type RelatedMemo } from "../archive/related.ts";
import type { SiteSettings } from "../config/site.ts";
import type { Story } from "../model/article.ts";
import type { Topic } from "../taxonomy/topics.ts";
import type { RenderSet } from "./plan.ts";
import { monthUrl, termFeedUrl, termUrl, type UrlContext } from "./urls.ts";

export interface SiteContext extends SiteSettings, UrlContext {}

export interface Link {
  label: string;
  url: string;
}

export interface ArticlePage {
  article: Story;
  /** The sanitised body: filled in only for the pages a build renders (the rest are already on disk). */
  html?: string;
  topics: Link[];
  /** The home country last. */
  countries: Link[];
  publisher: Link | null;
  month: Link;
  related: Story[];
  /** The other files that carry the same story, the canonical one first. */
  copies: Story[];
}

/** One page of a topic, country or publisher list. */
export interface ListPage {
  term: Term;
  url: string;
  pageNumber: number;
  pageUrls: string[];
  items: Story[];
}

export interface FeedPage {
  url: string;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  stories: Story[];
  /** The stories' bodies, by story id: filled in before the feed is rendered. */
  html?: Map<string, string>;
}

export interface Archive {
  /** Canonical stories, newest first, undated last. */
  stories: Story[];
  articlePages: ArticlePage[];
  topics: Term[];
  /** Every country named, most stories first, the home country included. */
  countries: Term[];
  publishers: Term[];
  months: Month[];
  listPages: ListPage[];
  feeds: FeedPage[];
  /** The other copies of each story, by the canonical story's id. */
  copiesOf: Map<string, Story[]>;
  /** The newest story's date: feeds' `updated` (never the build time, so builds are reproducible). */
  updated: string | null;
}

export interface SiteData {
  site: SiteContext;
  archive: Archive;
  /** The paginated pages this build renders. */
  pages: RenderSet;
}

const FEED_SIZE = 20;

/** The archive's stories in order and their indexes: what the search files need, worked out before the pages. */
export type ArchiveIndex = Pick<Archive, "stories" | "topics" | "countries" | "publishers" | "months">;

export function indexArchive(articles: Story[], topics: Topic[]): ArchiveIndex {
  const stories = newestFirst(articles);
  return { stories, topics: topicTerms(stories, topics), countries: countryTerms(stories), publishers: publisherTerms(stories), months: monthGroups(stories) };
}

/** `related`: the last build's related lists (`sillok serve`), worked out again only where the archive changed. */
export function toArchive(articles: Story[], site: SiteContext, topics: Topic[], related?: RelatedMemo): Archive {
  return archiveOf(indexArchive(articles, topics), articles, site, related);
}

/** The archive of `articles` (all of them, copies included) from their index. */
export function archiveOf(index: ArchiveIndex, articles: Story[], site: SiteContext, related?: RelatedMemo): Archive {
  const { stories, topics: topicList, countries, publishers, months } = index;
  const terms = [...topicList, ...countries, ...publishers];
  const copiesOf = new Map<string, Story[]>();
  for (const a of articles) if (a.duplicateOf) copiesOf.set(a.duplicateOf, [...(copiesOf.get(a.duplicateOf) ?? []), a]); // groups are small
  return {
    stories,
    articlePages: articlePages(articles, stories, terms, copiesOf, site, related),
    topics: topicList,
    countries,
    publishers,
    months,
    listPages: terms.flatMap((term) => paginate(term, site.pageSize)),
    feeds: [
      { url: "/feed.xml", title: site.title, pageUrl: "/", stories: stories.slice(0, FEED_SIZE) },
      ...[...topicList, ...countries].map((term) => ({
        url: termFeedUrl(term)!,
        title: `${term.label} | ${site.title}`,
        pageUrl: termUrl(term),
        stories: term.stories.slice(0, FEED_SIZE),
      })),
    ],
    copiesOf,
    updated: stories.find((s) => s.date)?.date ?? null,
  };
}

function paginate(term: Term, size: number): ListPage[] {
  const count = Math.max(1, Math.ceil(term.stories.length / size));
  const pageUrls = Array.from({ length: count }, (_, i) => termUrl(term, i + 1));
  return pageUrls.map((url, i) => ({ term, url, pageNumber: i + 1, pageUrls, items: term.stories.slice(i * size, (i + 1) * size) }));
}

function articlePages(articles: Story[], stories: Story[], terms: Term[], copiesOf: Map<string, Story[]>, site: SiteContext, memo?: RelatedMemo): ArticlePage[] {
  const related = findRelated(stories, site.homeCountry, RELATED_LIMIT, memo);
  // The canonical stories that have copies, by id (most stories have none).
  const byId = new Map(articles.filter((a) => copiesOf.has(a.id)).map((a) => [a.id, a]));
  const termLinks = new Map(terms.map((t) => [`${t.kind}:${t.id}`, { label: t.label, url: termUrl(t) }]));
  const link = (kind: Term["kind"], id: string): Link | null => termLinks.get(`${kind}:${id}`) ?? null;
  const links = (kind: Term["kind"], ids: string[]) => ids.map((id) => link(kind, id)).filter((l): l is Link => l !== null);
  const publisherTerm = new Map(terms.filter((t) => t.kind === "publisher").map((t) => [t.label, t]));
  // All an article's page draws on besides its own story, its related stories and its copies.
  // (In key order: adding a story can reorder the countries and publishers, which are by count.)
  const context = JSON.stringify([site.homeCountry, [...termLinks].sort(([a], [b]) => (a < b ? -1 : 1))]);
  return articles.map((article) => {
    const canonical = article.duplicateOf ? byId.get(article.duplicateOf) ?? article : article;
    const relatedStories = related.get(canonical.id) ?? [];
    const others = copiesOf.get(canonical.id);
    const copies = others ? [canonical, ...others].filter((a) => a !== article) : NONE;
    const last = lastPages.get(article);
    if (last?.context === context && sameItems(last.page.related, relatedStories) && sameItems(last.page.copies, copies)) return last.page;
    const countries = [...article.countries].sort((a, b) => Number(a === site.homeCountry) - Number(b === site.homeCountry));
    const publisher = article.publisher ? publisherTerm.get(article.publisher) : undefined;
    const month = { id: article.date ? article.date.slice(0, 7) : "undated" };
    const page: ArticlePage = {
      article,
      topics: links("topic", article.topics),
      countries: links("country", countries.map((c) => c.toLowerCase())),
      publisher: publisher ? { label: publisher.label, url: termUrl(publisher) } : null,
      month: { label: month.id === "undated" ? "날짜 미상" : monthLabel(month.id), url: monthUrl(month) },
      related: relatedStories,
      copies,
    };
    lastPages.set(article, { context, page });
    return page;
  });
}

/**
 * Each story's last article page, with the context it was made in: a page that would come out
 * the same (same story object, context, related stories and copies) is the same object, so what
 * is worked out from it (its key) is not worked out again. Stories and pages are never changed
 * once made (a render sets a page's `html` and deletes it after).
 */
const lastPages = new WeakMap<Story, { context: string; page: ArticlePage }>();

/** No copies: one array for the pages of all the stories that have none. */
const NONE: Story[] = [];

function sameItems(a: Story[], b: Story[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
