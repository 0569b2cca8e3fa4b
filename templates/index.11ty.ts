/** Home: the newest stories, then topics and countries with their counts. */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { storyList, termChips } from "../src/site/parts.ts";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

const HOME_COUNTRIES = 16;

export function render(d: SiteData): string {
  const { archive, site } = d;
  const newest = archive.stories.slice(0, site.pageSize);
  const abroad = archive.countries.filter((c) => c.id !== site.homeCountry?.toLowerCase());
  const topics = archive.topics.filter((t) => t.stories.length > 0);
  return page({
    site,
    url: "/",
    title: site.title,
    description: site.description,
    body: `<h1>${escapeHtml(site.title)}</h1>
${site.description ? `<p class="lede">${escapeHtml(site.description)}</p>` : ""}
<p class="meta">기사 ${archive.stories.length.toLocaleString("ko-KR")}건 · 주제 ${topics.length}개 · 나라 ${archive.countries.length}곳 · 발행처 ${archive.publishers.length}곳</p>
<section aria-labelledby="topics"><h2 id="topics">주제</h2>
${termChips(topics, "주제")}
</section>
<section aria-labelledby="countries"><h2 id="countries">나라</h2>
${termChips(abroad.slice(0, HOME_COUNTRIES), "나라")}
<p><a href="/countries/">나라 ${archive.countries.length}곳 모두 보기와 지도</a></p>
</section>
<section aria-labelledby="newest"><h2 id="newest">최신 기사</h2>
${storyList(newest, { level: 3 })}
<p><a href="/archive/">날짜별로 모든 기사 보기</a></p>
</section>`,
  });
}
