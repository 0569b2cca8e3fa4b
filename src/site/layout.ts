/** The page shell: Korean first, readable from 360 px, dark mode, a skip link, landmarks. */
import { escapeHtml } from "./html.ts";

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fdfdfc;--muted:#5d5d66;--line:#e2e2e6;--link:#1a4fa0}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ec;--bg:#16161a;--muted:#a0a0aa;--line:#33333b;--link:#8fb4ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.75 "Pretendard","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","맑은 고딕",system-ui,sans-serif;word-break:keep-all;overflow-wrap:anywhere}
a{color:var(--link)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--line)}header a{text-decoration:none;font-weight:700;color:var(--fg)}
h1{line-height:1.35;font-size:1.6rem}
.meta{color:var(--muted);font-size:.9rem}
article img{max-width:100%;height:auto}
table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border:1px solid var(--line);padding:.3rem .5rem}
ol.list{padding:0;list-style:none}ol.list li{padding:.6rem 0;border-bottom:1px solid var(--line)}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
`;

export interface PageOptions {
  title: string;
  siteTitle: string;
  description?: string;
  body: string;
}

export function page({ title, siteTitle, description, body }: PageOptions): string {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title === siteTitle ? title : `${title} | ${siteTitle}`)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">` : ""}
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">본문 바로가기</a>
<header><nav aria-label="사이트"><a href="/">${escapeHtml(siteTitle)}</a></nav></header>
<main id="main">
${body}
</main>
<footer><p>${escapeHtml(siteTitle)} · sillok으로 만든 뉴스 기록 보관소</p></footer>
</body>
</html>
`;
}
