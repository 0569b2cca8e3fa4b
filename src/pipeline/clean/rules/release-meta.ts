import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import { isoDate } from "../../extract/date.ts";
import { isHeading } from "../lines.ts";
import type { CleanRule } from "../types.ts";

/** The labels of a government release page: attachments, contacts, previous and next. */
const LABEL = /^(?:첨부\s*파일(?:\s*(?:첨부\s*파일이\s*)?없습니다\.?)?|첨부\s*파일이\s*없습니다\.?|전체\s*(?:다운로드|내려받기)|첨부|(?:(?:바로\s*보기|미리\s*보기|다운로드|내려받기|문서\s*뷰어)\s*){1,3}|자료\s*문의|담당\s*부서|담당\s*부처|책임자|담당자(?:\s*정보)?|문의처?|이전\s*다음\s*기사(?:\s*영역)?|이전\s*기사|다음\s*기사|목록|만족도\s*조사)$/;
/** A board's fields with their values: `담당부서 : 교통정책과`, `조회수 : 1,482` (the label and its colon: `담당 부처 놓고 …` heads a story). */
const FIELD = /^(?:(?:담당\s*(?:부서|부처)|부서)\s*[:：]\s*[가-힣A-Za-z·]{2,20}(?:\s+[가-힣A-Za-z·]{2,20}){0,2}|부서명\s*[:：]?\s*[가-힣A-Za-z·]{2,20}(?:\s+[가-힣A-Za-z·]{2,20}){0,2}|조회\s*수?\s*[:：]?\s*[\d,]+)$/;
/** A department's name alone: `자유무역협정이행과`, `핵심광물팀`. */
const OWN_DEPARTMENT = /^[가-힣A-Za-z·]{2,20}(?:과|팀|실|국|센터|본부|담당관)$/;
/** `담당부서 교통정책과`, `담당부서 자연재난대응과 (044-205-5230)`, over or under a release: the label and a department's name (not `담당부서 변경 안내`). */
const BARE_DEPARTMENT = /^담당\s*(?:부서|부처)\s+(?:[가-힣A-Za-z·]{2,20}\s+){0,2}[가-힣A-Za-z·]{1,20}(?:과|팀|실|국|센터|본부|담당관|부|처|청|위원회)(?:\s*\(?0\d{1,2}-\d{3,4}-\d{4}\)?)?$/;
/** `문의 : 02-2133-2207`, `전화 02-2133-2207`: the board's contact, among its fields (a story may end with its own number to call). */
const PHONE = /^(?:문의(?:처)?|전화(?:번호)?|연락처|담당\s*전화|TEL|Tel\.?)\s*[:：]?\s*\(?\+?\d{2,4}\)?[-.\s]?\d{3,4}[-.\s]\d{4}$/;
/** Over a release, only an office's number under the board's `문의` label (`연락처 010-…` may be what a post is for). */
const HEAD_PHONE = /^문의(?:처)?\s*[:：]\s*(?:[가-힣A-Za-z·]{2,20}\s+){0,2}\(?0(?!1[016-9])\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}$/;
/** Over a release, an attachment's name: no space before its extension, or the board's words in it (a headline may end in `.hwp`). */
const HEAD_FILE = /\S\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip)\b|보도\s*자료|붙임|첨부/i;
/** `(보도자료) 한-중앙아 5개국, 핵심광물 대화 출범.hwpx`: an attached file, perhaps with its size and buttons (`… .hwpx (45KB)`, `… .pdf 미리보기 다운로드`). */
const FILE = /\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip)(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?(?:\s*\(\s*다운로드\s*[:：]?\s*[\d,]+\s*회\s*\))?(?:\s+(?:미리\s*보기|바로\s*보기|다운로드|내려받기))*$|\.(?:jpe?g|png)(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?(?:\s+(?:미리\s*보기|바로\s*보기|다운로드|내려받기))+$|\.(?:jpe?g|png)\s*\(\s*[\d.,]+\s*[KMG]B\s*\)$/i;
/** `팀장 최연우 (044-203-5270)`: an official and a phone number. */
const OFFICIAL = String.raw`(?:[가-힣]{2,20}\s+)?(?:팀장|과장|국장|실장|사무관|서기관|주무관|연구관|연구사|행정관|담당관|담당)\s+[가-힣]{1,4}(?:O{1,2}|○{1,2})?\s*\(?\d{2,4}-\d{3,4}-\d{4}\)?$`;
const CONTACT = new RegExp(`^${OFFICIAL}`);
/** `담당자  김OO 과장`: the board's contact field, the name masked and the title after it. */
const NAMED_CONTACT = /^담당자\s*[:：]?\s*[가-힣](?:O{1,2}|○{1,2}|\*{1,2})\s*(?:팀장|과장|국장|실장|차장|부장|대리|주임|사원|사무관|주무관|선임|책임|매니저|담당)$/;
/** `산업통상자원부 자원안보정책관 핵심광물팀`: the department under 담당 부서. */
const DEPARTMENT = /^[가-힣]{1,12}(?:부|처|청|위원회)\s+(?:[가-힣]{2,14}\s+){0,3}[가-힣]{1,14}(?:팀|과|실|국|센터|본부|담당관)$/;
/** `담당자 : 경제안보외교과 주무관 김OO 02-2100-0000`: the board's contact, on top of its other parts (a course's `담당자 : … 031-…` may be how to sign up). */
const LABELLED_CONTACT = new RegExp(`^담당자?\\s*[:：]\\s*${OFFICIAL}`);
/** `책임자 무역투자실 수출입과장 홍길동 (044-203-4010)`, `담당자 : 유라시아과 김지훈 (02-2100-7523)`: the release's official, the title glued to the office or left out. */
const RESPONSIBLE = /^(?:책임자|담당자)\s*[:：]?\s*(?:[가-힣]{2,20}\s+){0,3}[가-힣]{0,12}(?:팀장|과장|국장|실장|사무관|서기관|주무관|연구관|연구사|행정관|담당관|과|팀|실)\s+[가-힣]{2,4}\s*\(?0\d{1,2}-\d{3,4}-\d{4}\)?$/;
/** A release's attachment in its list: `붙임 1. 4월 수출입 동향 세부 자료 1부.`, `첨부 1. ….pdf`, `<붙임> 1. … 2. 질의응답`. */
const ENCLOSED = /^[<〈‹\[(]?\s*(?:붙임|첨부)\s*[>〉›\])]?\s*\d{0,2}\.?\s+\S.{1,80}$/;
/** Where a release's contact fields on one line part: `담당 부서 : … / 책임자 : … / 담당자 : …`, or no mark at all. */
const CONTACT_PART = /\s*[/|·]?\s*(?=(?:담당\s*부서|책임자|담당자)\s*[:：]?\s)/;
/**
 * A release's contact fields on one line: `담당 부서 : 지역균형발전과 / 책임자 : 과장 이상민 (044-205-3501) / 담당자 : 사무관 정유진 (044-…)`,
 * `담당 부서 건강보험정책국 보험정책과 책임자 과장 김영호 (044-…) 담당자 사무관 박지현 (044-…)`: the department and an official with a number.
 */
function isContactRow(text: string): boolean {
  const parts = text.split(CONTACT_PART).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => FIELD.test(part) || BARE_DEPARTMENT.test(part) || RESPONSIBLE.test(part)) && parts.some((part) => RESPONSIBLE.test(part));
}
/** A board's name: `보도자료`, `공지사항`, `알림·소식` (a heading over its fields, or a clipped title's part). */
export const BOARD = String.raw`보도\s*(?:자료|설명\s*자료|[·ㆍ]\s*(?:설명|해명))|알림\s*[·ㆍ]?\s*홍보|(?:설명|해명|참고)\s*자료|공지\s*사항|새\s*소식|알림\s*[·ㆍ]?\s*소식|알림\s*마당|(?:정책\s*)?뉴스|소식`;
/** The labels of a board's fields (`작성일`, `조회수`, `담당 부서`), for the rules that read a board's rows. */
export const BOARD_LABELS = String.raw`작성자|작성일|등록일|게시일|수정일|조회\s*수?|분류|담당\s*부서|부서(?:명)?|담당자`;
/** A board's own field labels, as a list of its terms (`<dt>국가</dt><dd>멕시코</dd>…<dt>작성일</dt><dd>2024-08-22</dd>`). */
const BOARD_TERM = new RegExp(String.raw`^(?:${BOARD_LABELS}|국가|지역|무역관|카테고리|산업|품목|연락처|출처)$`);
/** The board's label over its contact: `자료 문의`, `문의처`. */
const ASKED = /^(?:자료\s*)?문의(?:처)?\s*[:：]?$/;
/** A desk under the label: `국제무역통상연구원 동향분석실`. */
const INQUIRY_DESK = /^(?:[가-힣A-Za-z·]{2,20}\s+){0,2}[가-힣A-Za-z·]{1,20}(?:과|팀|실|국|센터|본부|담당관)$/;
/** A number alone: `02-6000-5189`. */
const BARE_PHONE = /^\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}$/;
/** `[자료제공 :(www.motie.go.kr)]`. */
const PROVIDED = /^\[?\s*자료\s*제공\s*[:：]?\s*\(?[^\]]{1,40}\)?\s*\]?$/;

/**
 * What a government release page shows around the release (정책브리핑, a city's or an embassy's
 * board): attachments, contacts, the source ministry, the board's fields. Over the release (the
 * scan from the top) only the fields with their values and the files: a label alone there
 * (`목록`) may head the post's own list.
 */
export const releaseMeta: CleanRule = {
  name: "release-meta",
  description: "Release page parts: 첨부파일, ….hwpx, 바로보기, 다운로드, 담당 부서, 팀장 홍길동 (044-…), [자료제공 :(www.motie.go.kr)], 담당부서 : 교통정책과, 문의 : 02-…, 조회수 : 1,482.",
  scope: "edge",
  match: (line, ctx) => {
    const text = line.text;
    if (text.length <= 200 && (text.includes("담당") || text.includes("책임자")) && isContactRow(text)) return true;
    if (text.length > 120) return false;
    const below = ctx.below;
    // The board's fields as a list of terms: the day it gives is the post's.
    if (line.element.tagName === "dl") {
      const terms = line.element.children.filter((c): c is Element => c.type === "element" && c.tagName === "dt").map((dt) => toString(dt).trim());
      if (terms.length < 2 || !terms.every((term) => BOARD_TERM.test(term))) return false;
      const day = /(?:작성|등록|게시)일\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})/.exec(text);
      const date = day ? isoDate(Number(day[1]), Number(day[2]), Number(day[3])) : null;
      if (date) ctx.report({ date });
      return true;
    }
    // Over the release, or among the board's parts under it (a course's `담당자 : … 031-…` may close its story).
    if (RESPONSIBLE.test(text) && (below === undefined || below.length > 0)) return true;
    if (below === undefined) {
      // Over the release: its fields, its files (a name with no space before its extension, or the board's `(보도자료)`), its contact.
      return FIELD.test(text) || BARE_DEPARTMENT.test(text) || (text.length <= 100 && FILE.test(text) && HEAD_FILE.test(text)) || CONTACT.test(text) || PROVIDED.test(text) || HEAD_PHONE.test(text);
    }
    if ((text.length <= 100 && FILE.test(text)) || CONTACT.test(text) || PROVIDED.test(text) || (ENCLOSED.test(text) && !/(?:다|요)\.$/.test(text))) return true;
    if (isHeading(line.element)) return false; // a story's own heading (`### 문의`)
    // A field under the story, with the board's parts under it: the last lines may be the story's own box (`담당부서 : …` of an event).
    if (below.length > 0 && FIELD.test(text)) return true;
    // Under it: the board's labels and departments.
    // The contact under the board's `자료 문의` label: the department, then its number (`국제무역통상연구원 동향분석실` / `02-6000-5189`).
    const asked = (lines: { text: string }[]) => lines.some((l) => ASKED.test(l.text));
    if (text.length <= 30 && INQUIRY_DESK.test(text) && ASKED.test(ctx.above?.[0]?.text ?? "")) return true;
    if (BARE_PHONE.test(text) && asked((ctx.above ?? []).slice(0, 2))) return true;
    // A department's name alone under the `담당 부서` label (a table read row by row).
    if (OWN_DEPARTMENT.test(text) && /^담당\s*(?:부서|부처)$/.test(ctx.above?.[0]?.text ?? "")) return true;
    if (LABEL.test(text) || BARE_DEPARTMENT.test(text) || NAMED_CONTACT.test(text) || (LABELLED_CONTACT.test(text) && below.length > 0) || (text.length <= 40 && DEPARTMENT.test(text))) return true;
    // A number to call: among the board's parts (over them, or under its contact's label); a story's own box may end with one.
    const boardLabel = (next: { text: string } | undefined) => next !== undefined && (BARE_DEPARTMENT.test(next.text) || /^담당자\s*정보$/.test(next.text));
    return PHONE.test(text) && ((below.length > 0 && [ctx.above?.[0], below[0]].some((next) => next !== undefined && (FIELD.test(next.text) || boardLabel(next)))) || boardLabel(ctx.above?.[0]));
  },
};
