import type { CleanRule, Line } from "../types.ts";
import { looksLikeOutlet, namesAnOutlet } from "./outlet-line.ts";
import { outletOfHost } from "../../extract/outlets.ts";
import { EMAIL } from "../lines.ts";

const LABELLED = /^[*\-·]?\s*(?:기사\s*)?(?:작성|작성자|글쓴이|저자|필자|편집|취재|정리|글|기자)\s*[:：=]/;
/** `기자명 구정민`: a page's byline field, its label and a name. */
const NAME_FIELD = /^기자\s*명\s*[:：]?\s*[가-힣]{2,4}(?:\s*(?:기자|특파원))?$/;
const ONE_REPORTER = String.raw`(?:[가-힣]{2,10}(?:\([가-힣A-Za-z]{1,10}\))?\s*[=·/]\s*)?(?:[가-힣]{2,4}\s*(?:·|,|\s)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴|전문)?\s*(?:기자|특파원|논설위원|에디터|리포터|통신원)`;
/** `홍길동 기자 hong@…`, `타슈켄트=박민우 기자, 세종=김하늘 기자`, `서울신문 | 김정화 기자`, `(조세일보) 염재성 기자`, `이승재 기자(russa@newsis.com)`. */
const REPORTER = new RegExp(String.raw`^[\[(/]?\s*(?:[가-힣A-Za-z]{2,12}\s*\|\s*|\(\s*[가-힣A-Za-z]{2,12}\s*\)\s*)?${ONE_REPORTER}(?:\s*,\s*${ONE_REPORTER})*\s*[\])]?\s*\(?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*\)?\s*\]?(?:\s*(?:다른\s*기사\s*(?:보기|더\s*보기)?|기사\s*더\s*보기))?\s*$`);
/** `김태우 글로벌이코노믹 기자 twkim@g-enews.com`: the name, then the outlet, then the address. */
const NAME_OUTLET_EMAIL = /^[가-힣]{2,4}\s+[가-힣A-Za-z]{2,12}\s+(?:기자|특파원)\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$/;
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** The desk alone under the reporter's byline, closing the page: `산업1부`, `국제부`. */
const DESK_ALONE = /^[가-힣]{2,8}\d?(?:부|팀)$/;
/** The address first: `unsaid@fnnews.com 조은효 기자`. */
const EMAIL_FIRST = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+[가-힣]{2,4}\s*(?:기자|특파원)$/;
/** A broadcaster's reporter with the address and no title: `YTN 이승윤 (lsy@ytn.co.kr)`. */
const OUTLET_NAME_EMAIL = /^(\S{2,12})\s+[가-힣]{2,4}\s*\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)$/;
/** `김응열 (keynes@edaily.co.kr)`: the reporter's name and address alone, closing the story (not `문의 (youth@…)`, `접수 [photo@…]`). */
const NAME_EMAIL = new RegExp(String.raw`^([가-힣]{2,4})\s*[(<\[]\s*${EMAIL}\s*[)>\]]$`);
const NOT_A_NAME = /^(?:문의|신청|접수|상담|제보|연락|담당|응모|메일|이메일|주소|답변|회신|신고|예약|구독|후원|참가|지원)/;
const nameWithEmail = (text: string): boolean => {
  const m = NAME_EMAIL.exec(text);
  return m !== null && isName(m[1]!) && !NOT_A_NAME.test(m[1]!);
};
/** `김성호 기자의 다른기사 보기`, `이 기자의 다른 기사`, `기자의 다른기사 보기`, `김태윤 기자의 기사모음`. */
const MORE_BY = /^(?:(?:[가-힣]{2,4}|이)\s*)?(?:기자|특파원|에디터)의?\s*(?:다른\s*)?(?:기사|뉴스|글)\s*(?:보기|모음|더\s*보기|목록|전체\s*보기)?$/;
/** A follow button: `구독하기`, `+ 구독`, `팔로우`, `기자 구독` (in a reporter's row, or a writer's box). */
export const FOLLOW_BUTTON = /^(?:\+\s*)?(?:기자\s*)?(?:구독|팔로우)(?:하기)?$/;
/** A reporter's row of links: `박진우 기자 | 구독 | 기자의 다른 기사 보기`, `김하늘 기자 · +구독`. */
export const ROW_LINK = /^(?:(?:이\s*)?기자의\s*)?(?:다른|최신)\s*기사(?:\s*(?:더\s*)?보기)?$|^기사\s*더\s*보기$|^기자\s*(?:페이지|홈)$/;
const isRowLink = (link: string): boolean => FOLLOW_BUTTON.test(link) || ROW_LINK.test(link) || MORE_BY.test(link);
function isReporterRow(text: string): boolean {
  const [name, ...links] = text.split(/\s*[|ㅣ·]\s*/);
  return links.length > 0 && REPORTER.test(name!) && links.every(isRowLink);
}
/**
 * The row with no marks between its parts, its buttons links: `김사무엘 기자 samuel@mt.co.kr <a>기자 구독</a> <a>기자의 다른 기사</a>`,
 * `김중래 기자 <a>jrkim@seoul.co.kr</a> <a>기자의 다른 기사</a>`.
 */
const BOX_NAME = new RegExp(String.raw`^[가-힣]{2,4}\s*(?:선임|수석)?\s*(?:기자|특파원)(?:\s+${EMAIL})?`);
const squeeze = (text: string) => text.replace(/\s/g, "");
/** The box's buttons as plain words after the name (`박소영 기자 soyoung@chosun.com 기자 구독`, `… 기자의 다른 기사 기자 구독`). */
const BOX_BUTTONS = /^(?:\s*(?:기자\s*)?(?:구독|팔로우)(?:하기)?|\s*(?:이\s*)?기자의\s*(?:다른|최신)\s*기사(?:\s*(?:더\s*)?보기)?|\s*기자\s*(?:페이지|홈))+\s*$/;
function isReporterBox(line: Line): boolean {
  const name = BOX_NAME.exec(line.text);
  if (name && line.links.length === 0 && /@/.test(name[0]) && BOX_BUTTONS.test(line.text.slice(name[0].length))) return true;
  const buttons = line.links.map((link) => link.text.trim()).filter(isRowLink);
  if (!name || buttons.length === 0 || !line.links.every((link) => isRowLink(link.text.trim()) || EMAIL_ONLY.test(link.text.trim()))) return false;
  return squeeze(buttons.join("")) === squeeze(line.text.slice(name[0].length));
}
/** A byline's credit for the words and pictures before it: `/글·사진=김민석 기자 mskim@…`. */
const CREDIT_PREFIX = /^\/?\s*(?:글\s*[·ㆍ,]?\s*사진|사진\s*[·ㆍ,]?\s*글|글|취재)\s*=\s*(?=[가-힣]{2,4}\s*(?:기자|특파원))/;
const withoutCredit = (line: Line): Line => (CREDIT_PREFIX.test(line.text) ? { ...line, text: line.text.replace(CREDIT_PREFIX, "") } : line);
/** An address a site hides from robots, as a clipper saves it (`박해리 기자 [email protected]`): read as an address. */
const HIDDEN_EMAIL = /\[email\s+protected\]/i;
const unhidden = (line: Line): Line => (HIDDEN_EMAIL.test(line.text) ? { ...line, text: line.text.replace(new RegExp(HIDDEN_EMAIL.source, "gi"), "hidden@email.protected") } : line);
/** Where the reporter files from, in brackets after the name: `김대홍 기자(=전북)`. */
export const FILED_FROM_PLACE = String.raw`\(\s*=\s*[가-힣]{2,8}\s*\)`;
const FILED_FROM = new RegExp(String.raw`^[가-힣]{2,4}\s*(?:기자|특파원)\s*${FILED_FROM_PLACE}$`);
/** The reporter's name alone right over the reporter's box just dropped (`김중래 기자` over `김중래 기자 jrkim@… 기자의 다른 기사`). */
const NAME_ALONE = /^([가-힣]{2,4})\s*(?:기자|특파원)$/;
/** A credit after a mark: `ⓒ News1 이철 기자`, `◎공감언론 뉴시스 silverbi@newsis.com`. */
const MARKED = /^[ⓒ©◎]\s*(?:\S{1,12}\s+){0,2}(?:[가-힣]{2,4}\s*(?:기자|특파원)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;

/** An English page's byline or sign-off: `By Lee Ji-yoon`, `By Kim Arin and Park Jun-hee (address@…)`. */
const ENGLISH_NAME = String.raw`[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}`;
const ENGLISH = new RegExp(String.raw`^By\s+${ENGLISH_NAME}(?:\s*(?:,|and)\s*${ENGLISH_NAME}){0,3}(?:\s*\(?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)?)?$`);

/** `(조세일보) 염재성 기자`: in parentheses before the name, only an outlet (not `(대상) 김민수 기자` or `(왼쪽부터) …`). */
function outletInParentheses(text: string): boolean {
  const m = /^\(\s*([가-힣A-Za-z]{2,12})\s*\)/.exec(text);
  return !m || namesAnOutlet(m[1]!) || looksLikeOutlet(m[1]!);
}

/** A reporter's signature run onto the end of the last sentence: `…밝혔다. / 성지연기자`, `…말했다. /홍길동 기자 hong@…`. */
const RUN_ON = /^\/\s*([가-힣])[가-힣]{2}\s*(?:기자|특파원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/;
/** The common surnames: a signature is a name (`/ 성지연기자`), not a description (`/ 늙은 기자`, `/ 전직 특파원`). */
const SURNAMES = new Set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌".split(""));

/** Whether a word reads as a person's name: two to four syllables under a common surname. */
export function isName(word: string): boolean {
  return /^[가-힣]{2,4}$/.test(word) && SURNAMES.has(word[0]!);
}

export function isRunOnSignature(text: string): boolean {
  const m = RUN_ON.exec(text);
  return m !== null && SURNAMES.has(m[1]!);
}

export const byline: CleanRule = {
  name: "byline",
  description: "Bylines and e-mail signatures: 홍길동 기자 hong@…, 기사작성 : 관리자, 저자: …, an e-mail alone, ⓒ News1 홍길동 기자, 홍길동 기자의 다른기사 보기, By Lee Ji-yoon (…@…).",
  scope: "anywhere",
  match(saved, ctx) {
    const line = withoutCredit(unhidden(saved));
    if (LABELLED.test(line.text)) return line.text.length <= (ctx.atEdge ? 120 : 60);
    // A photo's credit between paragraphs: `ⓒ News1 이철 기자`, `photo@yna.co.kr`.
    if (line.text.length <= 60 && (MARKED.test(line.text) || EMAIL_ONLY.test(line.text))) return true;
    if (ctx.atEdge && NAME_FIELD.test(line.text)) return true;
    // The reporter's page, a lone link (`기자 페이지`, `기자의 다른 기사`) at the edge.
    if (ctx.atEdge && line.links.length === 1 && line.links[0]!.text.trim() === line.text && ROW_LINK.test(line.text)) return true;
    if (ctx.below !== undefined && DESK_ALONE.test(line.text)) return REPORTER.test(ctx.above?.[0]?.text ?? "");
    // The reporter's photo over the box just dropped, named for the reporter (`<img alt="김대홍 기자(=전북)">`).
    const photo = line.text === "" && line.images.length === 1 ? String(line.images[0]!.properties.alt ?? "") : "";
    if (photo && ctx.below?.[0] && (NAME_ALONE.test(photo) || FILED_FROM.test(photo)) && ctx.below[0].text.startsWith(photo.replace(/\s*\(.*$/, ""))) return true;
    const alone = ctx.below?.[0] ? NAME_ALONE.exec(line.text) : null;
    if (alone && ctx.below![0]!.text.startsWith(alone[0])) return true;
    const signed = ctx.atEdge && line.text.length <= 120 && ((REPORTER.test(line.text) && outletInParentheses(line.text)) || ENGLISH.test(line.text) || NAME_OUTLET_EMAIL.test(line.text) || nameWithEmail(line.text) || FILED_FROM.test(line.text) || EMAIL_FIRST.test(line.text) || namesAnOutlet(OUTLET_NAME_EMAIL.exec(line.text)?.[1] ?? "") || MORE_BY.test(line.text) || MARKED.test(line.text) || isReporterRow(line.text) || isReporterBox(line));
    // The reporter's address at a known outlet's domain (`seojin@pressian.com`) names it, weakly: a credit, a © line, the front matter
    // and the story's own address name it more surely (a reporter may write from a sister paper's domain, `@heraldcorp.com`).
    const domain = signed ? /@([\w.-]+\.[a-z]{2,})/i.exec(line.text)?.[1] : undefined;
    const outlet = domain ? outletOfHost(domain) : null;
    if (outlet) ctx.report({ publisher: { name: outlet, weight: 35 } });
    return signed;
  },
};
