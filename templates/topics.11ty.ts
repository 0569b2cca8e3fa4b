/** Topics overview: every topic of the keeper's taxonomy with its story count. */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { termUrl } from "../src/site/urls.ts";

export const data = { permalink: "/topics/", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const rows = d.archive.topics.map(
    (t) => `<tr><td><a href="${termUrl(t)}">${escapeHtml(t.label)}</a>${t.description ? `<br><span class="meta">${escapeHtml(t.description)}</span>` : ""}</td><td class="n">${t.stories.length}건</td></tr>`,
  );
  return page({
    site: d.site,
    url: "/topics/",
    title: "주제",
    description: `주제 ${d.archive.topics.length}개로 나눈 기사`,
    body: `<h1>주제</h1>
<p class="meta">기사마다 본문에서 두 번 이상 다룬 주제를 붙였습니다.</p>
<table class="counts"><caption class="meta">주제별 기사 수</caption><thead><tr><th scope="col">주제</th><th scope="col" class="n">기사</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`,
  });
}
