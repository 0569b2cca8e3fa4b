/** What the templates receive: site settings and the archive. */
import type { Article } from "../model/article.ts";

export interface SiteSettings {
  title: string;
  description: string;
}

export interface Archive {
  /** Every article, duplicates included (each has a page that points to its story). */
  articles: Article[];
  /** Canonical stories, newest first, undated last. */
  newest: Article[];
}

export interface SiteData {
  site: SiteSettings;
  archive: Archive;
}

export function toArchive(articles: Article[]): Archive {
  const newest = articles
    .filter((a) => a.duplicateOf === null)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.sourcePath.localeCompare(b.sourcePath));
  return { articles, newest };
}
