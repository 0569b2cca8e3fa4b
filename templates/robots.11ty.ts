/** robots.txt: everything may be crawled; the sitemap's absolute address. */
import type { SiteData } from "../src/site/data.ts";
import { absoluteUrl } from "../src/site/urls.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(d.site, "/sitemap.xml")}\n`;
}
