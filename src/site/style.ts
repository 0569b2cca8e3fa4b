/** The site's one stylesheet, inlined in every page (no extra request, nothing to break under a prefix). */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fdfdfc;--muted:#595963;--line:#e3e3e8;--soft:#f3f3f6;--link:#1a4fa0;--accent:#a3262a}
@media (prefers-color-scheme:dark){:root{--fg:#e9e9ee;--bg:#15151a;--muted:#a6a6b2;--line:#34343d;--soft:#202028;--link:#93b6ff;--accent:#ff8f8a}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.75 "Pretendard","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","맑은 고딕","Nanum Gothic",system-ui,sans-serif;word-break:keep-all;overflow-wrap:anywhere}
a{color:var(--link);text-underline-offset:.18em}
a:focus-visible,main:focus-visible{outline:3px solid var(--link);outline-offset:2px}
main:focus{outline:none}
.skip{position:absolute;left:-9999px;top:.5rem;z-index:2;background:var(--bg);padding:.5rem 1rem;border:2px solid var(--link)}.skip:focus{left:.5rem}
header.site{border-bottom:1px solid var(--line);background:var(--soft)}
.bar,main,footer.site{max-width:46rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem 1rem;padding-top:.6rem;padding-bottom:.6rem}
.brand{font-weight:800;font-size:1.1rem;color:var(--fg);text-decoration:none;letter-spacing:-.01em}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .9rem}
nav a{color:var(--fg);text-decoration:none;padding:.35rem 0;display:inline-block}
nav a[aria-current]{color:var(--accent);font-weight:700;border-bottom:2px solid var(--accent)}
main{padding-top:1.2rem;padding-bottom:2.5rem}
h1{line-height:1.35;font-size:1.65rem;letter-spacing:-.015em;margin:.4rem 0 .8rem}
h2{font-size:1.2rem;line-height:1.4;margin:2rem 0 .6rem}
.meta{color:var(--muted);font-size:.9rem}
.lede{color:var(--muted);margin-top:-.3rem}
article.story .body{font-size:1.06rem;line-height:1.85}
article.story .body img{max-width:100%;height:auto}
article.story .body blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid var(--line);color:var(--muted)}
article.story .body table{border-collapse:collapse;display:block;overflow-x:auto}
article.story .body td,article.story .body th{border:1px solid var(--line);padding:.3rem .5rem}
.source{display:inline-block;margin:.2rem 0 .4rem}
.terms{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:.6rem 0;padding:0}
.terms a{display:inline-block;padding:.2rem .7rem;border:1px solid var(--line);border-radius:999px;background:var(--soft);text-decoration:none;color:var(--fg);font-size:.92rem;line-height:1.6}
.classified{margin-top:1.5rem;border-top:1px solid var(--line);padding-top:.5rem}
.termrow{display:flex;gap:.8rem;align-items:baseline}.termrow .meta{flex:none;min-width:2.2rem}.termrow .terms{margin:.3rem 0}
.terms a:hover{border-color:var(--link)}
.terms .n{color:var(--muted);font-size:.82rem;margin-left:.3rem}
.stories{list-style:none;margin:0;padding:0}
.stories>li{padding:.85rem 0;border-bottom:1px solid var(--line)}
.stories h2,.stories h3{font-size:1.05rem;line-height:1.45;margin:0 0 .15rem}
.stories h2 a,.stories h3 a{color:var(--fg);text-decoration:none}.stories h2 a:hover,.stories h3 a:hover{color:var(--link);text-decoration:underline}
.stories p{margin:.2rem 0 0}
.excerpt{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-size:.95rem}
.pages{margin:1.5rem 0}.pages ol{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;margin:.5rem 0;padding:0}
.pages a{display:inline-block;min-width:2.4rem;padding:.3rem .6rem;text-align:center;border:1px solid var(--line);border-radius:.4rem;text-decoration:none}
.pages a[aria-current]{background:var(--link);color:var(--bg);border-color:var(--link)}
.pages .step{display:flex;justify-content:space-between;gap:1rem}
.months{columns:2 12rem;padding:0;list-style:none}.months li{break-inside:avoid;padding:.15rem 0}
table.counts{border-collapse:collapse;width:100%}table.counts td,table.counts th{padding:.35rem .4rem;border-bottom:1px solid var(--line);text-align:left}table.counts .n{text-align:right;font-variant-numeric:tabular-nums}
.search label{display:block;font-weight:600;margin-bottom:.3rem}.searchrow{display:flex;gap:.5rem}
.search input,.search select,.search button,[data-more]{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:.4rem;padding:.45rem .6rem}
.search input{flex:1;min-width:0}.search button,[data-more]{background:var(--link);color:var(--bg);border-color:var(--link);cursor:pointer}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.7rem 0}.filters label{font-weight:400;margin:0}.filters select{max-width:14rem}
.notice{padding:.7rem 1rem;border:1px solid var(--line);border-radius:.5rem;background:var(--soft)}
.hits mark{background:#ffe58a;color:#1b1b1f;padding:0 .1em;border-radius:.15em}.snippet{font-size:.95rem}
[data-more]{margin-top:1rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.85rem;padding-top:.8rem;padding-bottom:2rem}
footer.site a{color:var(--muted)}
@media (max-width:30rem){body{font-size:16px}h1{font-size:1.4rem}}
`;
