/** One page per article, at the URL the pipeline gave it. The body is sanitised HTML, never a template. */
import type { ArticlePage, SiteData } from "../src/site/data.ts";
import { escapeHtml, withoutRepeatedTitle } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { articleHead } from "../src/site/meta.ts";
import { dateline, storyList } from "../src/site/parts.ts";

export const data = {
  pagination: { data: "pages.articles", size: 1, alias: "view" },
  permalink: (d: { view: ArticlePage }) => d.view.article.url,
  eleventyExcludeFromCollections: true,
};

export function render(d: SiteData & { view: ArticlePage }): string {
  const { article, topics, countries, publisher, month, related, copies } = d.view;
  const source = article.sourceUrl
    ? `<a class="source" href="${escapeHtml(article.sourceUrl)}" rel="nofollow noopener noreferrer">원문 보기 ↗</a>`
    : `<span class="source meta">원문 주소 없음</span>`;
  const chips = (label: string, links: { label: string; url: string }[]) =>
    links.length
      ? `<div class="termrow"><span class="meta">${label}</span><ul class="terms" aria-label="${label}">${links.map((l) => `<li><a href="${l.url}">${escapeHtml(l.label)}</a></li>`).join("")}</ul></div>\n`
      : "";
  const copyNote = article.duplicateOf
    ? `<p class="meta">이 기사는 같은 기사의 다른 사본입니다. <a href="${copies[0]!.url}">대표 사본 보기</a></p>`
    : "";
  return page({
    site: d.site,
    url: article.url,
    title: article.title,
    description: article.excerpt,
    head: articleHead(article, d.site),
    body: `<article class="story">
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${dateline(article)}${publisher ? ` · <a href="${publisher.url}">발행처의 다른 기사</a>` : ""} · <a href="${month.url}">${escapeHtml(month.label)} 기사</a></p>
${source}
${copyNote}
<div class="body">
${withoutRepeatedTitle(d.view.html ?? "", article.title)}
</div>
</article>
<aside class="classified" aria-label="분류">
${chips("주제", topics)}${chips("나라", countries)}
</aside>
${related.length ? `<section aria-labelledby="related"><h2 id="related">관련 기사</h2>\n${storyList(related, { level: 3, excerpt: false })}\n</section>` : ""}
${copies.length ? `<section aria-labelledby="copies"><h2 id="copies">같은 기사의 다른 사본</h2>\n${storyList(copies, { level: 3, excerpt: false })}\n</section>` : ""}`,
  });
}
