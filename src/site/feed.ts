/** Atom feeds, written with the `feed` package. Dates come from the stories, never the clock. */
import { Feed } from "feed";
import type { FeedPage, SiteContext } from "./data.ts";
import { absoluteUrl } from "./urls.ts";

/** Atom needs a date on every entry: an undated story takes the feed's, and an archive with no dates at all this one. */
const NO_DATE = "1970-01-01";

export function atomFeed(feed: FeedPage, site: SiteContext, updated: string | null): string {
  const feedDate = new Date(`${updated ?? NO_DATE}T00:00:00Z`);
  const out = new Feed({
    id: absoluteUrl(site, feed.pageUrl),
    title: feed.title,
    description: site.description,
    link: absoluteUrl(site, feed.pageUrl),
    language: "ko",
    updated: feedDate,
    generator: "sillok",
    feedLinks: { atom: absoluteUrl(site, feed.url) },
    copyright: `${site.title}: 각 기사의 저작권은 원래 발행처에 있습니다.`,
  });
  for (const story of feed.stories) {
    const link = absoluteUrl(site, story.url);
    out.addItem({
      id: link,
      title: story.title,
      link,
      date: story.date ? new Date(`${story.date}T00:00:00Z`) : feedDate,
      description: story.excerpt,
      content: feed.html?.get(story.id) ?? "",
      ...(story.publisher ? { author: [{ name: story.publisher }] } : {}),
    });
  }
  return out.atom1();
}
