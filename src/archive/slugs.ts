/** Unique URLs: when two articles would share one, the later ones (by path) get an id suffix. */
import type { Article } from "../model/article.ts";
import { perObject } from "../per-object.ts";

type Routed = Pick<Article, "id" | "slug" | "url" | "sourcePath">;

/** An article under its suffixed URL: one object per article (never changed once made), the same build after build. */
const suffixed = perObject(<T extends Routed>(a: T): T => {
  const slug = `${a.slug}-${a.id.slice(0, 6)}`;
  return { ...a, slug, url: a.url.replace(/[^/]+\/$/, `${slug}/`) };
});

export function uniqueUrls<T extends Routed>(articles: T[]): T[] {
  const first = new Map<string, T>();
  for (const a of articles) {
    const held = first.get(a.url);
    if (!held || a.sourcePath < held.sourcePath) first.set(a.url, a);
  }
  return articles.map((a) => (first.get(a.url) === a ? a : (suffixed(a) as T)));
}
