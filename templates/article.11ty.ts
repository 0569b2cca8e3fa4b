/** One page per article, at the URL the pipeline gave it. The body is sanitised HTML, never a template. */
import type { Article } from "../src/model/article.ts";
import { escapeHtml, koreanDate } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import type { SiteData } from "../src/site/data.ts";

export const data = {
  pagination: { data: "archive.articles", size: 1, alias: "article" },
  permalink: (d: { article: Article }) => d.article.url,
  eleventyExcludeFromCollections: true,
};

export function render(d: SiteData & { article: Article }): string {
  const a = d.article;
  const source = a.sourceUrl ? ` · <a href="${escapeHtml(a.sourceUrl)}" rel="nofollow noopener noreferrer">원문 보기</a>` : "";
  return page({
    title: a.title,
    siteTitle: d.site.title,
    description: a.excerpt,
    body: `<article>
<h1>${escapeHtml(a.title)}</h1>
<p class="meta"><time${a.date ? ` datetime="${a.date}"` : ""}>${koreanDate(a.date)}</time>${a.publisher ? ` · ${escapeHtml(a.publisher)}` : ""}${source}</p>
${a.html}
</article>`,
  });
}
