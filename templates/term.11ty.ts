/**
 * One page of a topic, a country or a publisher: 20 stories (site.pageSize) a page, newest first.
 * Only the first page gives the story count: a later page holds nothing that changes when a
 * story is added after it, so adding one story does not re-render every page of its terms.
 */
import type { ListPage, SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { pageNav, storyList } from "../src/site/parts.ts";
import { sectionUrl, termFeedUrl } from "../src/site/urls.ts";

export const data = {
  pagination: { data: "pages.lists", size: 1, alias: "list" },
  permalink: (d: { list: ListPage }) => d.list.url,
  eleventyExcludeFromCollections: true,
};

const KIND = { topic: "주제", country: "나라", publisher: "발행처" } as const;

export function render(d: SiteData & { list: ListPage }): string {
  const { term, pageNumber, pageUrls, items } = d.list;
  const feed = termFeedUrl(term);
  const suffix = pageNumber > 1 ? ` (${pageNumber}쪽)` : "";
  return page({
    site: d.site,
    url: d.list.url,
    title: `${term.label}${suffix}`,
    description: term.description ?? `${KIND[term.kind]} ‘${term.label}’의 기사${pageNumber > 1 ? suffix : ` ${term.stories.length}건`}`,
    head: feed ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(term.label)}" href="${feed}">\n` : "",
    body: `<p class="meta"><a href="${sectionUrl(term.kind)}">${KIND[term.kind]}</a></p>
<h1>${escapeHtml(term.label)}${suffix}</h1>
${term.description ? `<p class="lede">${escapeHtml(term.description)}</p>` : ""}
<p class="meta">${[
    pageNumber === 1 ? `기사 ${term.stories.length.toLocaleString("ko-KR")}건` : "",
    pageUrls.length > 1 ? `${pageNumber}/${pageUrls.length}쪽` : "",
    feed ? `<a href="${feed}">Atom 피드</a>` : "",
  ]
    .filter(Boolean)
    .join(" · ")}</p>
${storyList(items)}
${pageNav(d.list)}`,
  });
}
