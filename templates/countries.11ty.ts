/** Countries overview: a map of story counts (SVG drawn at build time, no script) and every country with its count. */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import { drawWorldMap, MAP_CSS, mapLegend } from "../src/site/map.ts";
import { termUrl } from "../src/site/urls.ts";

export const data = { permalink: "/countries/", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const { countries } = d.archive;
  const home = d.site.homeCountry?.toLowerCase() ?? null;
  const homeTerm = countries.find((c) => c.id === home);
  const abroad = countries.filter((c) => c !== homeTerm);
  const counts = Object.fromEntries(countries.map((c) => [c.id.toUpperCase(), c.stories.length]));
  const names = new Map(countries.map((c) => [c.id.toUpperCase(), c.label]));
  const map = drawWorldMap({
    counts,
    homeCountry: d.site.homeCountry,
    href: (code) => termUrl({ kind: "country", id: code.toLowerCase() }),
    name: (code) => names.get(code) ?? code,
  });
  const rows = abroad.map((c) => `<tr><td><a href="${termUrl(c)}">${escapeHtml(c.label)}</a></td><td class="n">${c.stories.length}건</td></tr>`);
  return page({
    site: d.site,
    url: "/countries/",
    title: "나라",
    description: `기사에 나온 나라 ${countries.length}곳`,
    head: `<style>${MAP_CSS}</style>\n`,
    body: `<h1>나라</h1>
<p class="meta">기사 본문과 제목에 나온 나라 ${countries.length}곳. 색이 진할수록 기사가 많습니다.</p>
<figure class="map">
${map}
<figcaption>${mapLegend(Math.max(0, ...abroad.map((c) => c.stories.length)))}</figcaption>
</figure>
${homeTerm ? `<p>기준 나라 <a href="${termUrl(homeTerm)}">${escapeHtml(homeTerm.label)}</a>는 기사 ${homeTerm.stories.length}건에 나옵니다. 거의 모든 기사에 나오므로 지도의 색 눈금과 아래 표에서는 뺐습니다.</p>` : ""}
<table class="counts"><caption class="meta">나라별 기사 수 (많은 순)</caption><thead><tr><th scope="col">나라</th><th scope="col" class="n">기사</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`,
  });
}
