/**
 * /search/: Korean full-text search over every story, from static files. The script and the
 * index come from the build (src/search/); without JavaScript the page says so and points to
 * the topic and country pages, which need none.
 */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";

export const data = { permalink: "/search/", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const { archive, site } = d;
  const options = (terms: { id: string; label: string; stories: unknown[] }[]) =>
    terms.filter((t) => t.stories.length > 0).map((t) => `<option value="${escapeHtml(t.id)}">${escapeHtml(t.label)} (${t.stories.length})</option>`).join("");
  return page({
    site,
    url: "/search/",
    title: "검색",
    description: `기사 ${archive.stories.length}건에서 낱말로 찾기`,
    head: `<script type="module" src="/search/search.js"></script>\n`,
    body: `<h1>검색</h1>
<form role="search" action="/search/" method="get" class="search">
<label for="q">검색어</label>
<div class="searchrow"><input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" placeholder="예: 핵심광물, 카자흐, 재생에너지"><button type="submit">찾기</button></div>
<div class="filters">
<label>주제 <select name="topic"><option value="">모든 주제</option>${options(archive.topics)}</select></label>
<label>나라 <select name="country"><option value="">모든 나라</option>${options(archive.countries)}</select></label>
</div>
</form>
<noscript><p class="notice">검색은 자바스크립트로 동작합니다. 자바스크립트를 켜거나, <a href="/topics/">주제별</a>·<a href="/countries/">나라별</a> 기사 목록에서 찾아보세요.</p></noscript>
<div data-search data-prefix="${escapeHtml(site.pathPrefix)}" hidden>
<p class="meta" data-status role="status" aria-live="polite"></p>
<ol class="stories hits" data-results></ol>
<button type="button" data-more hidden>결과 더 보기</button>
</div>`,
  });
}
