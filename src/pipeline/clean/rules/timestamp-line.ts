import { isHeading } from "../lines.ts";
import type { CleanRule } from "../types.ts";
import { isKnownOutlet } from "./outlet-line.ts";
import { isName } from "./byline.ts";
import { isListedAgency } from "../../extract/outlets.ts";

const STAMP_LABEL = "(?:기사\\s*)?(?:입력|수정|승인|등록|게재|발행|업데이트|최종\\s*(?:수정|업데이트)|송고|작성|보도|배포)(?:\\s*일자|일|일시|시간|시점)?";
const DATE = "(\\d{4}|\\d{2}(?=\\.\\d{2}\\.\\d{2}\\s+\\d{1,2}:\\d{2}))\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*일?\\.?(?:\\s*\\(?[월화수목금토일月火水木金土日]\\)?)?(?:\\s*,?\\s*\\(?(?:오전|오후)?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}\\s*시\\s*\\d{1,2}\\s*분)\\)?(?:\\s*(?:KST|GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)?)?";
/** A system's compact date, `2024.06.13` (a letter's or a ruling's `2024. 10. 20.` is spelled out). */
const COMPACT_DATE = "(\\d{4})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})\\.?";
const STAMP_LINE = new RegExp(`^(?:\\s*(?:${STAMP_LABEL}\\s*[:：]?\\s*)?${DATE}\\s*[|·,l]?)+(?:\\s*지면\\s*(?:[:：]\\s*${DATE}\\s*)?[A-Z]?\\d{1,2}(?:면)?|\\s*\\(\\d{1,2}면\\)|(?<=\\d:\\d{2})\\s*[|·]?\\s*조회(?:수)?\\s*[:：]?\\s*[\\d,]+)?$|^${DATE}\\s*${STAMP_LABEL}$|^${COMPACT_DATE}\\s+[가-힣]{2,14}$`);
const DATE_ONLY = new RegExp(`^${DATE}$`);
/** A name (a reporter's) beside the day and the time, as a publishing system prints it: `최윤원 2025년 02월 26일 18시 00분`, `강소현 기자 | 2025.08.14 10:27:34`. */
const NAME_TIMED = new RegExp(`^([가-힣]{2,4})(\\s*(?:기자|특파원))?\\s*(?:[|ㅣ·]\\s*)?${DATE}$`);
/** A release's issuer and its day over the headline: `행정안전부 2025.09.02` (only a listed ministry's or outlet's name). */
const ISSUER_DATE = new RegExp(`^([가-힣A-Za-z]{2,14})\\s+${COMPACT_DATE}$`);
/** A board's date and its view count, with no time of day (`2025/04/15 조회수 3,412`): a stamp over the story; under it, a post's record of a day it tells of. */
const DATE_VIEWS = new RegExp(`^(?:${STAMP_LABEL}\\s*[:：]?\\s*)?${DATE}\\s*[|·]?\\s*조회(?:수)?\\s*[:：]?\\s*[\\d,]+$`);
/** A document's date spelled out, alone on its line (`2024. 6. 17.` closing a statement or a letter): the document's, not a stamp. */
const DOCUMENT_DATE = /^(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?$/;
/** A magazine's issue over its headline: `[제910호] 2025.03.04`, `통권 제512호 2025.03.04` (bracketed, or dated). */
const ISSUE = new RegExp(`^\\[(?:통권\\s*)?제\\s*\\d{1,5}\\s*호\\](?:\\s*${DATE})?$|^(?:통권\\s*)?제\\s*\\d{1,5}\\s*호\\s+${DATE}$|^(?:통권\\s*)?제?\\s*\\d{1,5}\\s*호\\s*\\(\\s*p\\.?\\s*\\d{1,4}(?:\\s*[~-]\\s*\\d{1,4})?\\s*\\)$`);
/** `공개 2024-10-22 08:00:19`: a system's time of publication, to the second (a review's `공개 2025년 3월 7일`, or a result's `공개: 2025년 7월 1일 오전 9:00`, is the story's). */
const PUBLISHED = /^공개\s*[:：]?\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}$/;
/** The print edition a story ran in, `지면보기 2025.02.03 제6면`, `지면게재일 2025.04.23 6면`, `지면 : 2024-11-15 2면`, `2025.02.03 A6면`, its button `지면보기` and page `종합 10면` (not a front page's `1997.11.22 1면` a post reviews): it dates nothing. */
const PRINT_EDITION = new RegExp(`^지면\\s*(?:보기|게재일?)?\\s*[:：]?\\s*${DATE}(?:\\s*(?:제\\s*)?[A-Z]?\\d{1,2}\\s*면)?$|^${DATE}\\s*[A-Z]\\d{1,2}\\s*면$|^지면\\s*보기$|^(?:(?:종합|[가-힣]{2,4})\\s*)?[A-Z]?\\d{1,2}\\s*면$`);
/** A reporter beside the stamps: `홍성환 기자`, `한지원·김철수 기자`. */
const REPORTER = "(?:[가-힣]{2,4}\\s*[·,]\\s*)*[가-힣]{2,4}\\s*(?:선임|수석|객원|인턴)?\\s*(?:기자|특파원|통신원)";
const SEPARATOR = "\\s*[|ㅣ·/]\\s*|\\s+";
/** `홍성환 기자 | 입력 2024-11-28 09:40 | 수정 …`, `윤대원 기자 · 승인 …`, `입력 … · 수정 … · 한지원 기자`, `입력 : … / 수정 : …`, `이영호 기자 공개 …`. */
const BYLINE_STAMPS = new RegExp(`^(?:${REPORTER}(?:${SEPARATOR}))?(?:${STAMP_LABEL})\\s*[:：]?\\s*${DATE}(?:(?:${SEPARATOR})${STAMP_LABEL}\\s*[:：]?\\s*${DATE})*(?:(?:${SEPARATOR})${REPORTER})?$|^${REPORTER}(?:${SEPARATOR})공개\\s*[:：]?\\s*${DATE}$`);
/** A post's own stamp: a reporter beside the stamps, or a label only a publishing system writes (`업데이트 2024.05.01` may be a patch note's). */
const POST_LABEL = "(?:기사\\s*)?(?:(?:입력|승인|송고|등록)(?:\\s*(?:일시|시간))?|발행\\s*(?:일시|일))";
/** A system's stamp has the time of day (`승인 2025.02.26 06:00`); a date alone under a subheading is the article's (`승인 2023.09.21`). */
const TIMED = /\d{1,2}:\d{2}/;
/** The time, in digits or in words (`18시 00분`). */
const TIMED_OR_WORDS = /\d{1,2}:\d{2}|\d{1,2}\s*시\s*\d{1,2}\s*분/;
const ANY_LABEL = "(?:기사\\s*)?(?:입력|수정|승인|송고|업데이트|최종\\s*(?:수정|업데이트))(?:\\s*일자|일|일시|시간)?";
const POST_STAMP = new RegExp(`^${REPORTER}(?:${SEPARATOR})${ANY_LABEL}\\s*[:：]?\\s*${DATE}(?:(?:${SEPARATOR})${ANY_LABEL}\\s*[:：]?\\s*${DATE})*$|^${ANY_LABEL}\\s*[:：]?\\s*${DATE}(?:(?:${SEPARATOR})${ANY_LABEL}\\s*[:：]?\\s*${DATE})*(?:${SEPARATOR})${REPORTER}$|^${POST_LABEL}\\s*[:：]?\\s*${DATE}(?:(?:${SEPARATOR})${ANY_LABEL}\\s*[:：]?\\s*${DATE})*$`);
const BYLINE_REPORTER = new RegExp(`(?:^|${SEPARATOR})${REPORTER}(?:${SEPARATOR}|$)`);
const FIRST_DATE = new RegExp(DATE);

/** An English page's month names (`April 15, 2025`, `15 Apr 2025`, `Sept. 12, 2024`). */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ENGLISH_DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:[-–|,]|at)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:KST|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?)?`;
const ENGLISH_LABEL = String.raw`(?:Published|Updated|Posted|Modified|Created|Last\s+(?:updated|modified)|First\s+published)(?:\s+(?:on|at))?`;
/** `Published : April 15, 2025 - 16:42`, `Updated : …`, both on one line, or `Posted on 2025-04-15 09:00`. */
const ENGLISH_STAMP = new RegExp(String.raw`^${ENGLISH_LABEL}\s*[:：]?\s*${ENGLISH_DATE}(?:\s*[|·,]?\s*${ENGLISH_LABEL}\s*[:：]?\s*${ENGLISH_DATE})*$`, "i");
const ENGLISH_PARTS = new RegExp(String.raw`(?:(${MONTH})\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(${MONTH}),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))`, "i");

/** The first date of an English stamp line, as an ISO date; null when the line is no such stamp. */
export function englishStampDate(text: string): string | null {
  if (text.length > 120 || !ENGLISH_STAMP.test(text)) return null;
  const m = ENGLISH_PARTS.exec(text);
  if (!m) return null;
  if (m[7]) return iso(m[7], m[8]!, m[9]!);
  const [month, day, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  return iso(year, String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1), day);
}

/** A name before the stamps, set off by a bar or a spaced dot: `파이낸셜뉴스 | 입력 2025.11.05 10:12 | 수정 …`, `NEWSIS · 입력 …`, a section's `산업·경제 | 입력 …`. */
const NAME_BAR = /^([^|ㅣ]{2,20}?)(?:\s*[|ㅣ]|\s+·)\s*(\S.*)$/;
/** A known outlet's name before its stamps with a space only: `파이낸셜뉴스 입력 2025.11.05 10:12 수정 …` (a system's label and time; not `한겨레 보도 2025.03.01`). */
const NAME_SPACE = new RegExp(`^(\\S.{1,19}?)\\s+(${POST_LABEL}.*)$`);
/** A view count closing the stamps: `… | 수정 … | 조회 1,234`. */
const VIEWS_TAIL = /\s*[|ㅣ·]\s*조회(?:수)?\s*[:：]?\s*[\d,]+$/;

/**
 * A stamp line that opens with a name (`파이낸셜뉴스 | 입력 …`): the name, whether it is a known outlet's (a section's,
 * `포토뉴스 | 입력 …`, names none), and the stamps after it; else null.
 */
function outletFirst(text: string): { outlet: string; known: boolean; stamps: string } | null {
  if (text.length > 140) return null;
  const bar = NAME_BAR.exec(text);
  const m = bar ?? NAME_SPACE.exec(text);
  if (!m) return null;
  const known = isKnownOutlet(m[1]!);
  const stamps = m[2]!.replace(VIEWS_TAIL, "");
  // A known outlet's stamp may have no label (`뉴스1 | 2025-11-05 10:12`); after another name (a section's), or with no bar, a system's stamp has its time (not a list's `봄호 | 발행 2024.03.02`).
  const stamped = BYLINE_STAMPS.test(stamps) || (known && DATE_ONLY.test(stamps) && TIMED.test(stamps));
  if (!stamped || (!known && bar === null)) return null;
  if (!(known && bar !== null) && !TIMED.test(stamps)) return null;
  return { outlet: m[1]!.trim(), known, stamps };
}

/** Whether a line is a day and its time alone (`2025.08.05 05:30`): a system's stamp in a site's info list. */
export function isTimedDate(text: string): boolean {
  return text.length <= 40 && DATE_ONLY.test(text) && TIMED.test(text);
}

/** Whether a line has the shape of a name beside the day and the time; only after the rule matched it, which checks whose the name is. */
export function hasNameAndTime(text: string): boolean {
  return text.length <= 60 && NAME_TIMED.test(text) && TIMED_OR_WORDS.test(text);
}

/**
 * A reporter beside the day and the time (`강소현 기자 | 2025.08.14 10:27:34`), or a name linked to the reporter's page
 * (`<a>최윤원</a> 2025년 02월 26일 18시 00분`); not a diary's `김민수 2025년 3월 1일 오후 2:00`, a schedule's `김철수 …`
 * or `공개 2025.03.10 14:00`.
 */
function isNameTimed(text: string, linked: readonly { text: string }[] = []): boolean {
  const named = text.length <= 60 ? NAME_TIMED.exec(text) : null;
  if (named === null || !isName(named[1]!) || !TIMED_OR_WORDS.test(text)) return false;
  return named[2] !== undefined || (linked.length === 1 && linked[0]!.text.trim() === named[1]);
}

/** Whether a line is a publishing system's stamp (`홍성환 기자 | 입력 2024-11-28 09:40 | 수정 …`, `승인 2025.02.26 06:00`, `파이낸셜뉴스 | 입력 …`), not a date an article gives (`2025년 5월 3일 (토) 오후 2:00`, `발행 2024.03.15`). */
export function isPostStamp(text: string): boolean {
  if (isNameTimed(text)) return true;
  if (outletFirst(text)) return true;
  return text.length <= 120 && POST_STAMP.test(text) && (BYLINE_REPORTER.test(text) || TIMED.test(text));
}

/** A document's spelled-out date alone (`2024. 6. 17.`), as an ISO date, or null. */
export function documentDate(text: string): string | null {
  const m = DOCUMENT_DATE.exec(text);
  return m ? iso(m[1]!, m[2]!, m[3]!) : null;
}

/** Whether a stamp line names its reporter (`홍성환 기자 | 입력 …`): a bare `승인 2024.11.02 13:45` may be a quoted text's. */
export function hasReporter(text: string): boolean {
  return BYLINE_REPORTER.test(text);
}

function iso(year: string, month: string, day: string): string | null {
  if (year.length === 2) year = `20${year}`; // `24.09.22 15:03`
  const y = Number(year), m = Number(month), d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const LABELLED = new RegExp(`${STAMP_LABEL}\\s*[:：]?\\s*${DATE}`);

/** The date of the first labelled stamp in a line (`안종현 기자 | 입력 2024-06-14 14:53 | 수정 …`): a saved page's stamps come in many forms. */
export function stampDate(text: string): string | null {
  const m = text.length <= 160 ? LABELLED.exec(text) : null;
  return m ? iso(m[1]!, m[2]!, m[3]!) : englishStampDate(text);
}

/** `입력 2024.07.24 10:00 수정 2024.07.24 11:30`, `2024/06/14 16:21 송고`, `2024.06.13 산업통상자원부`, a byline with its stamps (`홍성환 기자 | 입력 …`), a magazine's issue (`[제910호] 2025.03.04`), or a date alone on a line: gives the date. A print edition's line (`지면보기 2025.02.03 제6면`) goes too. */
export const timestampLine: CleanRule = {
  name: "timestamp-line",
  description: "Publication stamps: 입력 2024.07.24 10:00 | 수정 …, 기사입력 …, 홍길동 기자 | 입력 …, Published : April 15, 2025 - 16:42, or a date alone on its line.",
  scope: "edge",
  match(line, ctx) {
    if (isHeading(line.element)) return false; // a post's heading is its own (`## 2025.02.03 1면`, `## 2024년 5월 1일`)
    if (PUBLISHED.test(line.text) || PRINT_EDITION.test(line.text)) return true; // it dates nothing: the page's other stamps do
    const english = englishStampDate(line.text);
    if (english) {
      ctx.report({ date: english });
      return true;
    }
    // The outlet may open the line (`파이낸셜뉴스 | 입력 …`): it names the publisher; a section there (`포토뉴스 | 입력 …`) names none.
    // Only over the story (the scan from the top): under it, `연합뉴스 2025.08.28` is a related row's, `한국은행 2025.08.28` a chart's credit.
    const issuer = ctx.below === undefined ? ISSUER_DATE.exec(line.text) : null;
    if (issuer && (isListedAgency(issuer[1]!) || isKnownOutlet(issuer[1]!))) {
      const day = iso(issuer[2]!, issuer[3]!, issuer[4]!);
      ctx.report({ publisher: { name: issuer[1]!, weight: 60 }, ...(day ? { date: day } : {}) });
      return true;
    }
    // A reporter beside the day and time (`강소현 기자 | 2025.08.14 10:27:34`) dates the story like any stamp.
    const named = isNameTimed(line.text, line.links);
    const outlet = named ? null : outletFirst(line.text);
    if (outlet?.known) ctx.report({ publisher: { name: outlet.outlet, weight: 60 } });
    if (!named && !outlet && (line.text.length > 120 || DOCUMENT_DATE.test(line.text) || !(STAMP_LINE.test(line.text) || DATE_ONLY.test(line.text) || BYLINE_STAMPS.test(line.text) || ISSUE.test(line.text) || (ctx.below === undefined && DATE_VIEWS.test(line.text))))) return false;
    const m = FIRST_DATE.exec(outlet?.stamps ?? line.text);
    const date = m ? iso(m[1]!, m[2]!, m[3]!) : null;
    if (date) ctx.report({ date });
    return true;
  },
};
