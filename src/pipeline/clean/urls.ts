/** Small URL helpers shared by the rules. */
import { collapse } from "../extract/text.ts";

export function parseHttpUrl(href: string): URL | null {
  try {
    const url = new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** A link to a site's home page (`https://newsdao.kr`, `https://x.kr/`), not to an article. */
export function isSiteRoot(href: string): boolean {
  const url = parseHttpUrl(href);
  return url !== null && (url.pathname === "/" || url.pathname === "") && url.search === "";
}

/** A link to a page on a site (has a path): can be an article's source. */
export function isArticleUrl(href: string): boolean {
  const url = parseHttpUrl(href);
  return url !== null && url.pathname.length > 1;
}

/** `newsdao.kr`, `www.korea.kr`, `https://opensis.kr`, `qoogle.tistory.com`. */
export const DOMAIN = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:kr|com|net|org|co|io|me|info|biz|tv|news|site|xyz|blog)(?:\/\S*)?/gi;

const TLD = /\.(?:kr|com|net|org|co|io|me|info|biz|tv|news|site|xyz|blog)/i;

export function withoutUrls(text: string): string {
  if (!TLD.test(text)) return collapse(text); // DOMAIN needs one: a quick look spares most lines the full pattern
  return collapse(text.replace(DOMAIN, " "));
}

const NOT_A_NAME = /링크|바로\s*가기|기사|작성자|관리자|출처|원문|책임자|발행인|편집인|대표|등록|전화|이전\s*글|다음\s*글|입력|수정|송고|게재|업데이트|^(?:tel|fax|e-?mail|phone)$|\b(?:publisher|editor|president|ceo|address|registration|copyright)\b|https?|www\.|[\[\](){}<>:]/i;

/** Whether a credit's words can be an outlet's name (`뉴스다오`, `K글로벌타임스`, `연합뉴스`). */
export function isOutletName(name: string): boolean {
  const n = name.trim();
  // A name has letters, and no date or time in it (`수정 2024-09-10 16` is what a stamp leaves after a bar).
  return n.length >= 2 && n.length <= 20 && n.split(/\s+/).length <= 3 && /[가-힣A-Za-z]/.test(n) && !/\d{2,4}[-./]\d{1,2}/.test(n) && !NOT_A_NAME.test(n);
}
