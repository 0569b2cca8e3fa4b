/** Unique URLs: when two articles would share one, the later ones (by path) get an id suffix. */
import type { Article } from "../model/article.ts";

export function uniqueUrls<T extends Pick<Article, "id" | "slug" | "url" | "sourcePath">>(articles: T[]): T[] {
  const byUrl = new Map<string, T[]>();
  for (const a of articles) {
    const list = byUrl.get(a.url);
    if (list) list.push(a);
    else byUrl.set(a.url, [a]);
  }
  return articles.map((a) => {
    const clash = byUrl.get(a.url)!;
    if (clash.length < 2 || clash.slice().sort((x, y) => (x.sourcePath < y.sourcePath ? -1 : 1))[0] === a) return a;
    const slug = `${a.slug}-${a.id.slice(0, 6)}`;
    return { ...a, slug, url: a.url.replace(/[^/]+\/$/, `${slug}/`) };
  });
}
