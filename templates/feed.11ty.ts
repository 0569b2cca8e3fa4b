/** Atom feeds: the whole site, each topic and each country (20 newest stories each); those this build renders. */
import type { FeedPage, SiteData } from "../src/site/data.ts";
import { atomFeed } from "../src/site/feed.ts";

export const data = {
  pagination: { data: "pages.feeds", size: 1, alias: "feed" },
  permalink: (d: { feed: FeedPage }) => d.feed.url,
  eleventyExcludeFromCollections: true,
};

export function render(d: SiteData & { feed: FeedPage }): string {
  return atomFeed(d.feed, d.site, d.archive.updated);
}
