/**
 * A saved web page (a plain-text dump of a whole page) around its article.
 *
 * The head. A page copied whole reads, top down: the site's menu (a run of
 * short items: 로그인, 회원가입, 정치, 경제…), the headline and its deck, then the byline, the time
 * stamps and the toolbar (공유, 글자크기, 댓글 0), perhaps a photo caption, then the lead. The
 * line rules cannot see this: a menu item is not chrome by itself, and the scan from the top
 * stops at the first line no rule knows.
 *
 * So the head is read as a whole, from the lead up. The lead is the first line of prose. The
 * headline is the first of the long lines just above the first stamp or byline (or, when there
 * is none, the first long line after the menu: the first run of short lines). Above the
 * headline, a menu (three or more short lines) goes whole; between the headline and the lead,
 * what is neither headline, deck nor caption goes (stamps, bylines, toolbar, counters). A body
 * that does not start like a page is left as it is.
 */
import { englishStampDate } from "./rules/timestamp-line.ts";
import { EMAIL } from "./lines.ts";

/** A finished sentence: the lead and the rest of the article are made of them. */
const SENTENCE = /(?:다|요|죠)[.!?]["”’']?(?=\s|$|[)\]])/;
/**
 * A sentence of an English page (The Korea Herald, Korea JoongAng Daily): words, then a word and
 * its full stop; a line of no Hangul, eight words or more.
 */
const ENGLISH_SENTENCE = /^(?=[^가-힣]*$)(?=(?:\S+\s+){7})[\s\S]*[a-z0-9%)][.!?]["”’']?(?=\s|$)/;
/** The lead is looked for this far down; a menu is never longer. */
const LEAD_REACH = 80;
/** A menu item, a counter, a toolbar button. */
const SHORT_MAX = 15;
/** Headline, deck and caption lines are at least this long (menu items are shorter). */
const LONG_MIN = 10;
/** A menu is this many short lines or more above the headline. */
const MENU_MIN = 3;
/** How many lines of known chrome may stand between a headline and its stamp. */
const FIELDS_MAX = 4;

const DATE = String.raw`(?:\d{4}|\d{2}(?=\.\d{2}\.\d{2}\s+\d{1,2}:\d{2}))\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?(?:\s*\(?[월화수목금토일月火水木金土日]\)?)?(?:\s*\(?(?:오전|오후)?\s*\d{1,2}\s*[:시]\s*\d{2}(?:\s*분(?!\s*\d))?(?:\s*[:분]\s*\d{2}\s*초?)?\)?)?`;
const STAMP_LABEL = String.raw`(?:기사\s*)?(?:입력|수정|업데이트|등록|작성(?=\s*일)|송고(?:시간)?|게재|발행|승인|최종\s*(?:수정|업데이트))(?:\s*일자|일|일시|시간)?`;
/** `입력 2024.08.21. 03:00`, `송고시간2024-06-14 16:21`, `입력 : … 수정 : …`, `2024.06.13 산업통상자원부`. */
const STAMP = new RegExp(String.raw`^(?:(?:${STAMP_LABEL}\s*[:：]?\s*)?${DATE}\s*[|·l]?\s*){1,3}(?:(?<=\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s*)[가-힣]{2,14}|지면\s*[A-Z]?\d{1,2}(?:면)?|\(\d{1,2}면\)|(?<=\d|\d\.)\s*[|·]?\s*조회(?:수)?\s*[:：]?\s*[\d,]+)?$|^[가-힣A-Za-z·]{2,14}\s+\d{4}[.\-/]\d{2}[.\-/]\d{2}\s+\d{1,2}:\d{2}$`);
/** `김도현 기자`, `하노이=박세진 특파원`, `머니투데이 방콕=김사무엘 기자`, `기자명 정하늘 기자`, `이윤재 기자 yjlee@mk.co.kr`. */
const BYLINE = new RegExp(
  String.raw`^(?!(?:사회|진행|정리|대담|좌담|글|사진|취재|편집|참석)\s)(?:[가-힣A-Za-z]{2,10}\s+)?(?:[가-힣]{2,10}\s*[=·]\s*)?(?:기자명\s*[:：]?\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원|선임기자|수석기자|객원기자|전문기자|논설위원|통신원|인턴기자|앵커|PD)(?:\s*\(?${EMAIL}\)?)?$`,
);
const EMAIL_LINE = new RegExp(String.raw`^${EMAIL}$`);
/** An English page's byline: `By Lee Ji-yoon`, `By Kim Arin, Park Jun-hee`, `By Choi Si-young (address@…)`. */
const ENGLISH_BYLINE = new RegExp(String.raw`^By\s+[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:\s*(?:,|and)\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}){0,3}(?:\s*\(?${EMAIL}\)?)?$`);
/** `글: 이정민(jmlee)`, `편집: 김지현(jhkim)`, `사진 = 홍길동 기자`. */
const LABELLED_BYLINE = /^(?:글|기자|취재|작성|편집|사진|글·사진|정리)\s*[:：=]\s*[가-힣]{2,4}(?:\s*(?:기자|특파원|시민기자))?(?:\s*\(\S{1,30}\))?$/;
/** Toolbar and player text: 공유, 글자크기 조정, 댓글 0, 기사를 읽어드립니다, 0:00, 가가; an English page's Share, A+ A-, Sign in | Subscribe. */
const TOOLBAR =
  /^(?:공유(?:하기)?|글자\s*(?:크기|작게|크게)(?:\s*(?:조정|조절|변경))?|가{1,2}|인쇄(?:하기)?|스크랩|댓글(?:\s*쓰기)?|좋아요|구독(?:하기)?|기사\s*(?:저장|듣기)|번역(?:하기)?|듣기|기사를\s*읽어\s*드립니다|본문\s*(?:글씨|글자)\s*(?:키우기|줄이기|크게|작게)|(?:지면|종이\s*신문|PDF)\s*보기|페이스북|트위터|카카오톡|카카오스토리|네이버\s*블로그|밴드|링크\s*복사|URL\s*복사|Your browser does not support the audio element\.?|Share|Print|E-?mail|A\+|A-|Font\s*size|Text\s*size|Listen|Bookmark|Save|Copy\s*link|Sign\s*in|Log\s*in|Sign\s*up|Subscribe|Facebook|Twitter|LinkedIn|WhatsApp|\d{1,2}:\d{2}|[\d,]+|[\s,|·/+\-])+$/i;
/** `경제 > 통상`, `HOME › 국제`, `HOME 동포사회 중앙아시아`, `국제 | 중앙아시아 에너지`. */
const BREADCRUMB = /^[^>›»]{1,20}(?:\s*[>›»]\s*[^>›»]{1,20})+$|^(?:HOME|Home|홈)\s+[^.!?]{2,30}$|^[가-힣A-Za-z]{1,10}(?:\s+[·|]\s+[가-힣A-Za-z]{1,10}(?:\s[가-힣A-Za-z]{1,10})?){1,3}$/;
/** A magazine's issue over its article: `월간조선 2025년 4월호`, `제910호`, `통권 512호`. */
const ISSUE = /^[가-힣A-Za-z ]{0,20}\d{4}\s*년\s*\d{1,2}\s*월\s*호$|^(?:통권\s*)?제?\s*\d{1,4}\s*호$/;

/** A stamp with its label anywhere in a line: `안종현 기자 | 입력 2024-06-14 14:53 | 수정 …`, `파이낸셜뉴스 입력 …`. */
const LABELLED_STAMP = new RegExp(String.raw`${STAMP_LABEL}\s*[:：]?\s*${DATE}`);

function isStampOrByline(text: string): boolean {
  return text.length <= 80 && (STAMP.test(text) || BYLINE.test(text) || LABELLED_BYLINE.test(text) || ENGLISH_BYLINE.test(text) || englishStampDate(text) !== null);
}

/** What marks the top of the article under its headline: a labelled stamp or a byline (a bare date may be the day's date in the site's header). */
function isArticleMeta(text: string): boolean {
  return text.length <= 120 && (LABELLED_STAMP.test(text) || BYLINE.test(text) || LABELLED_BYLINE.test(text) || ENGLISH_BYLINE.test(text) || englishStampDate(text) !== null);
}

function isMeta(text: string): boolean {
  return isArticleMeta(text) || (text.length <= 80 && STAMP.test(text)) || EMAIL_LINE.test(text) || TOOLBAR.test(text) || (text.length <= 40 && (BREADCRUMB.test(text) || ISSUE.test(text)));
}

/** The lead: a line of prose (an English page's, on a page with no Korean sentence near its top). */
function isLead(text: string, english = false): boolean {
  return text.length >= 40 && (english ? ENGLISH_SENTENCE : SENTENCE).test(text);
}

/** A site's sections on one line (`표지이야기  특집  정치  경제  사회  국제  문화 …`): three section names among its words. */
const SECTION_WORD = /^(?:정치|경제|사회|국제|문화|스포츠|연예|오피니언|IT|과학|생활|지역|전국|세계|산업|금융|증권|부동산|기획|특집|사설|칼럼|포토|영상|뉴스|전체|홈|HOME)$/i;
const isMenuRow = (text: string): boolean => text.split(/\s+/).filter((word) => SECTION_WORD.test(word)).length >= 3;
/** A blogger's chatty line (`… 꼭 보세요!!`, `… 퍼왔어요~ …`): no headline (`…해냈다!` may be one). */
const CHATTY = /(?:요|죠|ㅎ|ㅋ)\s*[!~]+$|~\s|[!?~]{2,}$/;

/** A headline, a deck line or a caption: long, not a stamp, byline, toolbar, a menu of sections or a blogger's aside. */
function isLong(text: string): boolean {
  return text.length >= LONG_MIN && text.length <= 200 && !isMeta(text) && !isMenuRow(text) && !CHATTY.test(text);
}

function isShort(text: string): boolean {
  return text.length <= SHORT_MAX && !SENTENCE.test(text);
}

export interface PageHead {
  /** Indexes of the lines to drop. */
  drop: number[];
  /** Where the headline is (the lines above it are the site's menu). */
  headline: number;
  /** Where the article's stamps and byline start (above or below the headline). */
  meta: number;
  /** Index of the lead. */
  lead: number;
}

/**
 * What of the first lines of a page is the page's head, not the article; null when it does not
 * start like a page. `text(i)` is the text of the body's block i (of `count`); `chrome(i)` says
 * whether a line rule knows it for chrome (a share button, a stamp): never a headline. Both are
 * asked only about the blocks above the lead.
 */
export function readPageHead(count: number, text: (i: number) => string, chrome: (i: number) => boolean): PageHead | null {
  let lead = 0;
  // An English page (no Korean sentence within reach) is read by its English sentences.
  const reach = Math.min(count, LEAD_REACH);
  const english = !Array.from({ length: reach }, (_, i) => isLead(text(i))).some(Boolean);
  const reads = (line: string) => isLead(line, english);
  while (lead < reach && !reads(text(lead))) lead++;
  if (lead === 0 || lead >= Math.min(count, LEAD_REACH)) return null;
  // A standfirst only stands where no byline or stamp came above it.
  if (!Array.from({ length: lead }, (_, i) => isStampOrByline(text(i)) || isArticleMeta(text(i))).some(Boolean)) lead = pastStandfirst(count, lead, text, chrome);
  const long = (i: number) => isLong(text(i)) && !chrome(i);
  const short = (i: number) => isShort(text(i)) || isMeta(text(i)) || chrome(i);
  let meta = 0;
  while (meta < lead && !isArticleMeta(text(meta))) meta++;
  if (meta === lead) {
    meta = 0;
    while (meta < lead && !isStampOrByline(text(meta))) meta++;
  }
  if (meta === lead) meta = -1;
  let headline: number;
  let underHeadline = false;
  // A board's fields (`담당부서 : …`, known chrome) may stand between the headline and its stamp.
  let top = meta;
  while (top > 0 && meta - top < FIELDS_MAX && chrome(top - 1) && !long(top - 1) && !isStampOrByline(text(top - 1))) top--;
  if (meta !== -1 && top > 0 && long(top - 1)) {
    // The headline and its deck right above the first stamp or byline.
    headline = top;
    while (headline > 0 && long(headline - 1)) headline--;
  } else if (meta !== -1 && meta + 1 < lead && long(meta + 1)) {
    // A stamp above the headline (`게재 일자 : …` then the headline).
    headline = meta + 1;
  } else if (meta !== -1) {
    // Up from the first stamp or byline, past a section name or a counter, to the headline and its deck.
    headline = meta;
    while (headline > 0 && !long(headline - 1)) headline--;
    if (headline === 0) headline = meta;
    else while (headline > 0 && long(headline - 1)) headline--;
  } else {
    // No stamp: the headline is the first long line after the menu (the first run of short items).
    let menuEnd = -1;
    let menuStart = -1;
    for (let i = 0, run = 0; i < lead; i++) {
      run = short(i) ? run + 1 : 0;
      if (run >= MENU_MIN) [menuEnd, menuStart] = [i, i - run + 1];
      else if (menuEnd !== -1) break;
    }
    if (menuEnd === -1) return null;
    headline = menuEnd + 1;
    while (headline < lead && !long(headline)) headline++;
    // No headline between the run and the lead: the run was the toolbar right under the headline
    // (every line of it known chrome), not a menu above it.
    const toolbar = (i: number) => i >= menuStart && i <= menuEnd && chrome(i);
    if (headline === lead && menuStart > 0 && long(menuStart - 1) && Array.from({ length: menuEnd - menuStart + 1 }, (_, k) => toolbar(menuStart + k)).every(Boolean)) {
      headline = menuStart - 1;
      underHeadline = true;
    }
  }
  // A board names its title right above its stamp: `제목 : 제1차 한-몽골 … 결과` is the headline, whatever is long above it.
  const titled = Array.from({ length: lead }, (_, i) => i).find((i) => TITLE_FIELD.test(text(i)));
  if (titled !== undefined && meta !== -1 && titled === meta - 1) headline = titled;
  // A section's name over the headline is short too (`캄보디아 무역·통관` over `한-캄보디아 FTA 2년, …`): the headline is the longer line under it.
  if (meta !== -1 && headline + 1 < meta && isShort(text(headline)) && long(headline + 1) && !isShort(text(headline + 1))) headline++;
  let shorts = 0;
  for (let i = 0; i < headline; i++) if (short(i)) shorts++;
  // Above a headline with its stamp or byline, nothing is the article's; without one, a run of short lines says it is a page.
  const menu = meta !== -1 ? headline > 0 : shorts >= MENU_MIN;
  if (!menu && meta === -1 && !underHeadline) return null;
  const drop: number[] = [];
  if (menu) for (let i = 0; i < headline; i++) drop.push(i);
  // A line that reads as a lead (a standfirst longer than a deck) is never the page's.
  for (let i = headline; i < lead; i++) if (!long(i) && !reads(text(i)) && i !== titled) drop.push(i);
  return drop.length > 0 ? { drop, headline, meta: meta === -1 ? headline : Math.min(meta, headline), lead } : null;
}

/** A board's title field: `제목 : …`. */
export const TITLE_FIELD = /^제목\s*[:：]\s*(?=\S)/;

const SPEAKER = /^(?:진행자|사회자|앵커|[가-힣]{2,4})\s*[:：>]/;
const REPLY = /^(?:네|예|아니요|안녕하세요|안녕하십니까)[,.\s]/;
/** How far below a standfirst its byline, stamp and toolbar may reach. */
const DECK_REACH = 15;

/**
 * A standfirst (`몽골 정부는 … 다녀왔다.`) reads like a lead, but the byline, the stamp and the
 * toolbar come under it: then the lead is the first sentence under them. Only stamps, bylines
 * (not a photo's `사진=` credit) and known chrome may sit between, one of them a stamp or a byline.
 */
function pastStandfirst(count: number, lead: number, text: (i: number) => string, chrome: (i: number) => boolean): number {
  // A host's turn (`진행자: …`) is no standfirst: the name under it is a speaker's label.
  if (SPEAKER.test(text(lead))) return lead;
  let stamps = 0;
  let bylines = 0;
  for (let i = lead + 1; i < Math.min(count, lead + DECK_REACH); i++) {
    const line = text(i);
    // Bylines in a row are a panel's participants; an anchor's turn makes a transcript.
    bylines = BYLINE.test(line) ? bylines + 1 : 0;
    if (bylines > 1 || /^\[\s*(?:앵커|기자)\s*\]/.test(line)) return lead;
    if (isLead(line)) {
      // A reply under the name (`네, 안녕하세요. …`), or the name again further down: a transcript's turns.
      const below = new Set(Array.from({ length: count - i - 1 }, (_, k) => text(i + 1 + k)));
      const turns = REPLY.test(line) || Array.from({ length: i - lead - 1 }, (_, k) => text(lead + 1 + k)).some((name) => BYLINE.test(name) && below.has(name));
      return stamps > 0 && !turns ? i : lead;
    }
    // An anchor's or a PD's label (`김대근 앵커`) is a transcript's speaker, not a byline.
    if (line.length <= 120 && (LABELLED_STAMP.test(line) || (BYLINE.test(line) && !/(?:앵커|PD)$/.test(line)))) stamps++;
    else if (STAMP.test(line)) return lead; // `2025.03.01 기준` under a lead is the story's
    else if (!chrome(i)) return lead;
  }
  return lead;
}

/** A reporter's sign-off with an address: `김도현 기자 kim@…`, `세종=김하늘 기자 sky@…`, `YTN 김지환 (kimjh@ytn.co.kr)`. */
const REPORTER = String.raw`(?:[가-힣]{2,10}\s*=\s*)?[가-힣]{2,4}(?:\s*(?:기자|특파원|선임기자|수석기자|객원기자|전문기자|인턴기자|논설위원|통신원|에디터|PD))?`;
const SIGN_OFF = new RegExp(String.raw`^(?:(?:[가-힣A-Za-z]{1,10}\s*[|]?\s*)?${REPORTER}\s*\(?\s*${EMAIL}\s*\)?|${EMAIL}\s+${REPORTER})$`);
/** A licence notice: `ⓒ dongA.com. All rights reserved. 무단 전재…`, `[저작권자(c) YTN 무단전재…]` (not a photo's `ⓒ News1 이철 기자`). */
const LICENCE_MARK = /©|ⓒ|\(c\)|copyright/i;
const LICENCE_WORDS = /무단|재배포|rights\s+reserved/i;
/** The words of a notice without a mark (`[저작권자 YTN …]`, `… 저작권법의 보호를 받은바 …`), which a story's sentence about one has too (`… 금지한다고 적는다.`). */
const LICENCE_TERMS = /저작권자|저작권법/;
/** A story's sentences end in the plain style (`…적는다.`, `…했다.`); a notice is a phrase, or polite (`…금지합니다.`). */
const PLAIN_END = /[^니]다(?:[.!]["'”’]?(?:\s|$)|\s*$)/;

/**
 * The tail: where the article ends and the page's own parts begin (reactions, the comment box,
 * most-read lists, the site's menu and legal footer). It starts at the reporter's sign-off with
 * an address, or at the licence notice, when no sentence of the article follows: `prose(i)` says
 * whether block i is one. Returns the index it starts at, or null.
 */
export function readPageTail(count: number, from: number, text: (i: number) => string, prose: (i: number) => boolean): number | null {
  let last = count - 1;
  while (last >= from && !prose(last)) last--;
  for (let i = Math.max(last + 1, from); i < count; i++) {
    const line = text(i);
    if (line.length <= 120 && (SIGN_OFF.test(line) || isLicence(line))) return i;
  }
  return null;
}

/** How a notice without a mark opens: `저작권자 …`, `본 기사는 …`, `이 자료의 …`, `X의 모든 콘텐츠는 …` (not a story's `개정안에 따르면 …` or a quote's `"…`). */
const NOTICE_OPENING = /^[<\[(【※*■]?\s*(?:저작권자|(?:본|이)\s*(?:기사|콘텐츠|자료|정보|게시물|글)|[^\s"“‘'「]{2,20}의\s)/;

/** A licence notice: a mark and what it forbids (`… 저작권법의 보호를 받은바, 무단 전재… 금지합니다.` too, in a notice's opening words). */
export function isLicence(text: string): boolean {
  return (LICENCE_MARK.test(text) || (LICENCE_TERMS.test(text) && NOTICE_OPENING.test(text) && !hasPlainSentence(text))) && LICENCE_WORDS.test(text);
}

/** Whether a text holds a sentence in a story's plain style (`…했다.`), as a notice's polite words (`…금지합니다.`) are not. */
export function hasPlainSentence(text: string): boolean {
  return PLAIN_END.test(text);
}

/** A sentence of the story: a line that ends one, or holds one, and is not a button or a label. */
export function isSentence(text: string): boolean {
  return text.length >= 15 && SENTENCE.test(text);
}
