/** sitemap.xml: every HTML page the site has, with absolute URLs (under the path prefix). */
import type { SiteData } from "../src/site/data.ts";
import { escapeHtml } from "../src/site/html.ts";
import { absoluteUrl, monthUrl } from "../src/site/urls.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  const { archive, site } = d;
  const entries: [string, string | null][] = [
    ["/", archive.updated],
    ["/topics/", null],
    ["/countries/", null],
    ["/publishers/", null],
    ["/archive/", null],
    ...archive.listPages.map((p): [string, string | null] => [p.url, p.items[0]?.date ?? null]),
    ...archive.months.map((m): [string, string | null] => [monthUrl(m), null]),
    ...archive.articlePages.map((p): [string, string | null] => [p.article.url, p.article.date]),
  ];
  const urls = entries.map(([path, date]) => `<url><loc>${escapeHtml(absoluteUrl(site, path))}</loc>${date ? `<lastmod>${date}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}
