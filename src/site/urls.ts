/** The site's URLs (DESIGN.md, "The site"), in one place. All are site-relative and end in "/" or a file name. */
import type { Month, Term, TermKind } from "../archive/indexes.ts";

const SECTION: Record<TermKind, string> = { topic: "/topics/", country: "/countries/", publisher: "/publishers/" };

export function sectionUrl(kind: TermKind): string {
  return SECTION[kind];
}

/** `/topics/energy/`, and `/topics/energy/page/2/` for later pages. */
export function termUrl(term: Pick<Term, "kind" | "id">, pageNumber = 1): string {
  const first = `${SECTION[term.kind]}${term.id}/`;
  return pageNumber === 1 ? first : `${first}page/${pageNumber}/`;
}

/** Topics and countries have feeds; publishers do not. */
export function termFeedUrl(term: Pick<Term, "kind" | "id">): string | null {
  return term.kind === "publisher" ? null : `${termUrl(term)}feed.xml`;
}

/** `/archive/2024/07/`, or `/archive/undated/`. */
export function monthUrl(month: Pick<Month, "id">): string {
  return `/archive/${month.id.replace("-", "/")}/`;
}

export interface UrlContext {
  /** The public address without the prefix, e.g. https://news.example.org. */
  origin: string;
  /** `/` or `/archive/`. */
  pathPrefix: string;
}

/** A site URL with the path prefix, for places HtmlBasePlugin does not rewrite (feeds, JSON-LD). */
export function prefixed(context: UrlContext, path: string): string {
  return `${context.pathPrefix.replace(/\/+$/, "")}${path}`;
}

export function absoluteUrl(context: UrlContext, path: string): string {
  return `${context.origin}${prefixed(context, path)}`;
}

/** `archive` -> `/archive/`; `/` stays `/`. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
