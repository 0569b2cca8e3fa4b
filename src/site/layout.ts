/** The page shell: Korean first, readable from 360 px, dark mode, a skip link, landmarks, aria-current. */
import type { SiteContext } from "./data.ts";
import { escapeHtml } from "./html.ts";
import { STYLE } from "./style.ts";
import { absoluteUrl } from "./urls.ts";

export interface PageOptions {
  site: SiteContext;
  /** The page's own site-relative URL: marks the navigation and gives the canonical link. */
  url: string;
  title: string;
  description?: string;
  /** Extra elements for <head> (Open Graph, JSON-LD, feed links), already escaped. */
  head?: string;
  body: string;
}

/** An inline icon: no request, nothing to break under a path prefix. */
const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a3262a"/><text x="16" y="23" font-size="19" text-anchor="middle" fill="#fff" font-family="sans-serif">실</text></svg>')}`;

const NAV = [
  { label: "주제", url: "/topics/" },
  { label: "나라", url: "/countries/" },
  { label: "발행처", url: "/publishers/" },
  { label: "날짜별", url: "/archive/" },
  { label: "검색", url: "/search/" },
];

export function page({ site, url, title, description, head = "", body }: PageOptions): string {
  const fullTitle = url === "/" ? site.title : `${title} | ${site.title}`;
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(fullTitle)}</title>
<link rel="icon" href="${ICON}">
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ""}${site.url ? `<link rel="canonical" href="${escapeHtml(absoluteUrl(site, url))}">\n` : ""}<link rel="alternate" type="application/atom+xml" title="${escapeHtml(site.title)}" href="/feed.xml">
${head}<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">본문 바로가기</a>
<header class="site">
<div class="bar">
<a class="brand" href="/"${url === "/" ? ' aria-current="page"' : ""}>${escapeHtml(site.title)}</a>
<nav aria-label="사이트"><ul>${NAV.map((item) => `<li><a href="${item.url}"${current(url, item.url)}>${item.label}</a></li>`).join("")}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<p>${escapeHtml(site.title)}${site.description ? ` · ${escapeHtml(site.description)}` : ""}</p>
<p><a href="/feed.xml">Atom 피드</a> · <a href="/archive/">전체 기사 목록</a> · sillok으로 만든 정적 사이트</p>
</footer>
</body>
</html>
`;
}

/** `aria-current="page"` on the page itself, `"true"` on the section it belongs to. */
function current(url: string, itemUrl: string): string {
  if (url === itemUrl) return ' aria-current="page"';
  return url.startsWith(itemUrl) ? ' aria-current="true"' : "";
}
