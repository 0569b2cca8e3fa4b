/** Open Graph tags and JSON-LD NewsArticle for an article page. */
import type { Story } from "../model/article.ts";
import type { SiteContext } from "./data.ts";
import { escapeHtml } from "./html.ts";
import { absoluteUrl } from "./urls.ts";

export function articleHead(article: Story, site: SiteContext): string {
  const url = absoluteUrl(site, article.url);
  const tags: [string, string][] = [
    ["og:type", "article"],
    ["og:site_name", site.title],
    ["og:locale", "ko_KR"],
    ["og:title", article.title],
    ["og:description", article.excerpt],
    ["og:url", url],
  ];
  const image = article.images.find((src) => /^https?:\/\//.test(src));
  if (image) tags.push(["og:image", image]);
  if (article.date) tags.push(["article:published_time", article.date]);
  const og = tags.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}">`).join("\n");
  return `${og}\n<script type="application/ld+json">${jsonForScript(newsArticle(article, url, image))}</script>\n`;
}

function newsArticle(article: Story, url: string, image: string | undefined): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.excerpt,
    inLanguage: "ko",
    mainEntityOfPage: url,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
    ...(image ? { image } : {}),
  };
}

/** JSON that cannot close its <script> element or open a comment: `<`, `>` and `&` are escaped. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
