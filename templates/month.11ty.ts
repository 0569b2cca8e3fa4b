/** One month's stories (or the undated ones), all on one page, oldest first, as annals read. */
import type { Month } from "../src/archive/indexes.ts";
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { storyList } from "../src/site/parts.ts";
import { monthUrl } from "../src/site/urls.ts";

export const data = {
  pagination: { data: "pages.months", size: 1, alias: "month" },
  permalink: (d: { month: Month }) => monthUrl(d.month),
  eleventyExcludeFromCollections: true,
};

export function render(d: SiteData & { month: Month }): string {
  const { month } = d;
  const index = d.archive.months.indexOf(month);
  const newer = d.archive.months[index - 1];
  const older = d.archive.months[index + 1];
  const step = [
    older && older.id !== "undated" ? `<a rel="prev" href="${monthUrl(older)}">← ${escapeHtml(older.label)}</a>` : "<span></span>",
    newer && month.id !== "undated" ? `<a rel="next" href="${monthUrl(newer)}">${escapeHtml(newer.label)} →</a>` : "<span></span>",
  ];
  const stories = month.id === "undated" ? month.stories : [...month.stories].reverse();
  return page({
    site: d.site,
    url: monthUrl(month),
    title: month.id === "undated" ? "날짜 미상 기사" : `${month.label} 기사`,
    description: `${month.label} 기사 ${month.stories.length}건`,
    body: `<p class="meta"><a href="/archive/">날짜별 기사</a></p>
<h1>${escapeHtml(month.id === "undated" ? "날짜 미상 기사" : `${month.label} 기사`)}</h1>
<p class="meta">기사 ${month.stories.length}건</p>
${storyList(stories, { excerpt: false, copies: d.archive.copiesOf })}
<nav class="pages" aria-label="다른 달"><div class="step">${step.join("")}</div></nav>`,
  });
}
