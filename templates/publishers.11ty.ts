/** Publishers overview: every publisher named, most stories first. */
import type { SiteData } from "../src/site/data.ts";
import { page } from "../src/site/layout.ts";
import { termChips } from "../src/site/parts.ts";

export const data = { permalink: "/publishers/", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const { publishers, stories } = d.archive;
  const unknown = stories.filter((s) => s.publisher === null).length;
  return page({
    site: d.site,
    url: "/publishers/",
    title: "발행처",
    description: `발행처 ${publishers.length}곳의 기사`,
    body: `<h1>발행처</h1>
<p class="meta">발행처 ${publishers.length}곳${unknown ? ` · 발행처를 알 수 없는 기사 ${unknown}건은 <a href="/archive/">날짜별 목록</a>에 있습니다` : ""}</p>
${termChips(publishers, "발행처")}`,
  });
}
