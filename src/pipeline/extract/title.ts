/** The title: front matter, else the headline-like line at the top of the article. */
import type { Element, Root } from "hast";
import { flatText } from "../clean/lines.ts";
import { isKnownOutlet, namesAnOutlet } from "../clean/rules/outlet-line.ts";
import { isListedAgency } from "./outlets.ts";
import { BOARD } from "../clean/rules/release-meta.ts";
import { collapse, stringField, truncate } from "./text.ts";

export const TITLE_MAX = 120;

/** A clipper's title keeps the page's: the site's name after a bar, a dash or a path's mark (`… | 한국경제`, `… - 조선일보`, `… : 네이버 뉴스`, `… < 기사본문 - 디지털데일리`). */
const SITE_SUFFIX = /\s+([|\-–—:<‹›»])\s+([^|\-–—:<‹›»]{2,20})$/;
/** A CMS's path to the article (`… < 통신 < 뉴스 < 기사본문 - 디지털데일리`): after the site's name, each part it sets off is a section. */
const PATH_MARK = /[<‹›»]/;
const ARTICLE_PATH = /[<‹›»]\s*기사\s*본문\s*(?:[-–—|:]|$)/;
const PORTAL = /^(?:네이버\s*뉴스|NAVER\s*뉴스|다음\s*뉴스|Daum\s*뉴스|NAVER|Daum|네이버|다음)$/i;
/** A site's board or section, named between the headline and the site (`… | 보도자료 | 해양수산부`, `… : 정치일반 : 정치 : 뉴스 : 한겨레`). */
const SECTION = new RegExp(String.raw`^(?:${BOARD}|기사(?:\s*본문)?|사설|칼럼|오피니언|정치|경제|사회|국제|문화|스포츠|연예|생활|지역|전국|IT|과학|산업|금융|증권|부동산|[가-힣]{1,6}\s*일반)$`, "i");

/** A title, and the outlet whose name a clipper left after it (`… - 매일경제`), a clue to the publisher. */
export interface Title {
  text: string;
  site: string | null;
}

/** Generated posts list candidate titles (`1. …\n2. …`): the first one is the title. */
export function titleFromFrontMatter(value: unknown): Title | null {
  const raw = stringField(value);
  if (!raw) return null;
  const first = raw.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
  const title = withoutSiteName(collapse(raw.includes("\n") ? first.replace(/^\d{1,2}[.)]\s+/, "") : first));
  return title.text ? { ...title, text: truncate(title.text, TITLE_MAX) } : null;
}

/**
 * The site's name goes, then a portal's after it (`… - 연합뉴스 : 네이버 뉴스`) and the site's sections before it (`… | 보도자료 | 해양수산부`),
 * not a headline's own last words (`북한 - 러시아 밀착`, `… : 경제`).
 */
export function withoutSiteName(title: string): Title {
  let rest = title;
  let site: string | null = null;
  for (let suffix = SITE_SUFFIX.exec(rest); suffix; suffix = SITE_SUFFIX.exec(rest)) {
    const name = suffix[2]!.trim();
    if (PORTAL.test(name)) site = null;
    else if (namesAnOutlet(name) || isKnownOutlet(name)) site = name;
    // A ministry's name closes its own board's title (`… | 보도자료 | 해양수산부`), not a story's attribution (`"…더위 온다" - 기상청`).
    else if (isListedAgency(name) && SECTION.test(SITE_SUFFIX.exec(rest.slice(0, suffix.index))?.[2]?.trim() ?? "")) site = name;
    else {
      const section = SECTION.test(name) || (PATH_MARK.test(suffix[1]!) && ARTICLE_PATH.test(title));
      if (site === null || !section) break;
    }
    rest = rest.slice(0, suffix.index);
  }
  return { text: rest, site };
}

/** A finished sentence ends in punctuation: headlines end in 다 without it (`…3조원 수주 노린다`), or in a question (`…할까`). */
const SENTENCE_END = /(?:다|요|죠|음|함|임)[.!?]["”’']?$|[.。]$/;

/** A line that reads like a headline: short, and not a finished sentence. */
function isHeadlineLike(text: string): boolean {
  return text.length >= 6 && text.length <= TITLE_MAX && !SENTENCE_END.test(text);
}

function firstLines(tree: Root, limit: number): string[] {
  const lines: string[] = [];
  const take = (el: Element) => {
    if (lines.length >= limit) return;
    if (["ul", "ol", "blockquote", "div", "section"].includes(el.tagName)) {
      for (const child of el.children) if (child.type === "element") take(child);
    } else if (/^(?:p|li|h[1-6])$/.test(el.tagName)) {
      const text = flatText(el);
      if (text) lines.push(text);
    }
  };
  for (const child of tree.children) if (child.type === "element") take(child);
  return lines;
}

/** For bodies without a title: the first headline-like line among the first few, else the first sentence. */
export function titleFromBody(tree: Root): Title | null {
  const lines = firstLines(tree, 4);
  const headline = lines.find(isHeadlineLike);
  if (headline) return withoutSiteName(headline);
  const first = lines[0];
  if (!first) return null;
  const sentence = /^.+?(?:다|요)\.(?=\s|$)/.exec(first)?.[0] ?? first;
  return { text: truncate(sentence, 80), site: null };
}
