import type { CleanRule } from "../types.ts";
import { isHeading } from "../lines.ts";
import { isListedOutlet, outletOfAlias } from "../../extract/outlets.ts";

const SUFFIX =
  /^[가-힣A-Za-z0-9&·]{1,12}(?:\s?[가-힣A-Za-z0-9&·]{1,10})?(?:뉴스|일보|신문|비즈|경제|타임스|타임즈|투데이|데일리|미디어|방송|통신|저널|헤럴드|프레스|포스트|닷컴|위크|매거진|리포트|인사이트|TV|뉴스1|뉴스핌|뉴시스)$/;
/** An English paper's name: `The Korea Herald`, `The Korea Times`, `Korea JoongAng Daily`, `Yonhap News Agency`. */
const ENGLISH = /^(?:The\s+)?(?:[A-Z][A-Za-z]+\s+){1,3}(?:Herald|Times|Daily|Ilbo|News|Post|Journal|Tribune|Gazette|News\s+Agency)$/;
const KNOWN = /^(?:연합뉴스|뉴시스|뉴스1|KBS|MBC|SBS|JTBC|YTN|MBN|채널A|TV조선|EBS|중앙일보|동아일보|조선일보|한겨레|경향신문|한국일보|국민일보|세계일보|서울신문|문화일보|한국경제|매일경제|머니투데이|이데일리|아시아경제|헤럴드경제|파이낸셜뉴스|서울경제|조선비즈|뉴스핌|정책브리핑|대한민국 정책브리핑)$/i;

/** A kind of news or a section, alone on its line like an outlet's name, but naming none: `카드뉴스`, `포토뉴스`, `많이 본 뉴스`. */
const NEWS_KIND = /^(?:카드|포토|영상|그래픽|인포그래픽|오늘의|주요|최신|많이\s?본|인기|실시간|전체|해외)\s?뉴스$/;

const OUTLET_WORD = /뉴스|news|일보|신문|방송|타임스|타임즈|미디어|통신|브리핑|저널|헤럴드|데일리|투데이/i;

/** Whether words are an outlet's name: a known one (here or in extract/outlets.ts), or one with an outlet's suffix (`비즈니스포스트`; not `뉴스분석`). */
export function namesAnOutlet(name: string): boolean {
  const n = name.trim();
  return n.length <= 20 && (KNOWN.test(n) || SUFFIX.test(n) || isListedOutlet(n));
}

/** Whether words are a known outlet's name (here or in extract/outlets.ts, or its brand: `NEWSIS`, `KBS 뉴스`), not any name with an outlet's suffix (`포토뉴스`, `생활경제`). */
export function isKnownOutlet(name: string): boolean {
  const n = name.trim();
  const alias = outletOfAlias(n);
  return n.length <= 20 && (KNOWN.test(n) || isListedOutlet(n) || (alias !== null && isListedOutlet(alias)));
}

/** Whether words are an English-language paper's name (`The Korea Herald`). */
export function isEnglishPaper(name: string): boolean {
  return ENGLISH.test(name.trim());
}

/** Whether words name a news outlet: a known one, an outlet-like suffix, or an outlet word in it. */
export function looksLikeOutlet(name: string): boolean {
  const n = name.trim();
  return n.length <= 20 && (KNOWN.test(n) || SUFFIX.test(n) || OUTLET_WORD.test(n));
}

/**
 * The outlet's name alone on a line at the edge of a page dump (`조선비즈`): it names the
 * publisher. Short, no sentence punctuation, and a known outlet or an outlet-like name.
 */
export const outletLine: CleanRule = {
  name: "outlet-line",
  description: "The outlet's name alone on a line at the top or bottom of a page dump (조선비즈, K글로벌타임스, NEWSIS).",
  scope: "edge",
  match(line, ctx) {
    const text = line.text;
    // A post's heading is its own (`## KBS 뉴스` over what KBS reported).
    if (text.length < 2 || text.length > 20 || line.links.length > 1 || isHeading(line.element)) return false;
    // Or its brand in Latin letters or its site's name (`NEWSIS`, `dongA.com`, `한경닷컴`), which the publisher is given in Korean for.
    const alias = outletOfAlias(text) !== null;
    if (!alias && !KNOWN.test(text) && !SUFFIX.test(text) && !ENGLISH.test(text)) return false;
    if (alias || !NEWS_KIND.test(text)) ctx.report({ publisher: { name: text, weight: 60 } });
    return true;
  },
};
