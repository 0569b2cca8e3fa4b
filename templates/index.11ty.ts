/** Home: the newest stories (duplicates of a story are left out). */
import { escapeHtml, koreanDate } from "../src/site/html.ts";
import { page } from "../src/site/layout.ts";
import type { SiteData } from "../src/site/data.ts";

export const data = { permalink: "/index.html" };

export function render(d: SiteData): string {
  const items = d.archive.newest
    .map((a) => `<li><a href="${a.url}">${escapeHtml(a.title)}</a><br><span class="meta">${koreanDate(a.date)}${a.publisher ? ` · ${escapeHtml(a.publisher)}` : ""}</span></li>`)
    .join("\n");
  return page({ title: d.site.title, siteTitle: d.site.title, description: d.site.description, body: `<h1>${escapeHtml(d.site.title)}</h1>\n<ol class="list">\n${items}\n</ol>` });
}
