/** Months overview: every month with stories, newest first, by year; undated stories last. */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { monthUrl } from "../src/site/urls.ts";

export const data = { permalink: "/archive/", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const years = new Map<string, string[]>();
  for (const month of d.archive.months) {
    const year = month.id === "undated" ? "날짜 미상" : `${month.id.slice(0, 4)}년`;
    const item = `<li><a href="${monthUrl(month)}">${escapeHtml(month.label)}</a> <span class="meta">${month.stories.length}건</span></li>`;
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  const sections = [...years].map(([year, items]) => `<h2>${year}</h2>\n<ul class="months">${items.join("")}</ul>`);
  return page({
    site: d.site,
    url: "/archive/",
    title: "날짜별 기사",
    description: `날짜별로 본 기사 ${d.archive.stories.length}건`,
    body: `<h1>날짜별 기사</h1>
<p class="meta">기사 ${d.archive.stories.length.toLocaleString("ko-KR")}건을 달마다 모았습니다. 날짜를 알 수 없는 기사는 맨 끝에 있습니다.</p>
${sections.join("\n") || `<p class="meta">아직 기사가 없습니다.</p>`}`,
  });
}
