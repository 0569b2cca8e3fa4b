/**
 * A post's header: the page's own head a clipper kept (the site's parts over a copy of the title,
 * the short lines under it) or a scraped header with no title copy, and which of its lines are
 * chrome (its byline, stamps, toolbar, counts).
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { blocks, collapse, isHeading, QUIET, toLine } from "./lines.ts";
import { isSentence } from "./saved-page.ts";
import { parseHttpUrl } from "./urls.ts";
import { HEAD_RULES } from "./rules/index.ts";
import { byline, isName, ROW_LINK } from "./rules/byline.ts";
import { breadcrumb } from "./rules/breadcrumb.ts";
import { readerWidget } from "./rules/reader-widget.ts";
import { releaseMeta } from "./rules/release-meta.ts";
import { fieldTableDate, isBoardHeading, isFieldTable } from "./board-fields.ts";
import { FONT_PAIR, sharePrompt } from "./rules/share-prompt.ts";
import { englishStampDate, hasNameAndTime, isPostStamp, isTimedDate, timestampLine } from "./rules/timestamp-line.ts";
import { looksLikeOutlet, namesAnOutlet } from "./rules/outlet-line.ts";
import type { CleanRule, Line } from "./types.ts";
import { withoutSiteName } from "../extract/title.ts";

/** A reporter's byline opening its line, an outlet at most before the name: `김원진 기자`, `이석호 기자 | 입력 …` (not a deck's `돌아온 모스크바 특파원` or `우리 동네 기자`). */
const HEADER_BYLINE = /^(?:(\S+)\s+)?([가-힣]{2,4})\s*(?:선임|수석|객원)?\s*(?:기자|특파원|통신원)(?=\s|$|[|ㅣ])/;
/** A scraped header's byline alone, perhaps with its button: `김대훈 기자`, `김민중 기자 구독`, `정승환 기자 기자 구독`. */
const BARE_BYLINE = /^(?:\S+\s+)?[가-힣]{2,4}\s*(?:선임|수석|객원)?\s*(?:기자|특파원|통신원)(?:\s+(?:기자\s*)?(?:구독|팔로우|응원))?$/;
/** An English page's byline: `By Son Ji-hyoung`, `By Kim Jae-heun`. */
const ENGLISH_BYLINE = /^By\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,3}$/;
/** What a post's own `<header>` gives up: its byline, stamps, toolbar and counts. */
export const HEADER_RULES: CleanRule[] = [byline, timestampLine, sharePrompt, readerWidget, releaseMeta, breadcrumb];

/** How far down a post's lead may sit under subheadings, a stamp and a caption. */
export const LEAD_REACH = 8;

/** How far down a post's body may repeat its title under the site's menu. */
const TITLE_REACH = 12;

/** What stands above a scraped page's headline and goes: the site's menus (lists, links), its breadcrumb, a known line of chrome (`연합뉴스를 구독하세요 구독`); not a picture, a dedication or a kicker of the post's own. */
function isSiteHead(block: Element, linkedMenus = false): boolean {
  const line = toLine(block);
  // A photo stays with the post; the site's logo, linked to its home page (`https://www.etoday.co.kr/`), goes.
  if (line.images.length > 0) return line.links.length === 1 && parseHttpUrl(line.links[0]!.href)?.pathname === "/" && isLinkOnly(line);
  // A menu's items may be plain words in a site's own markup; where it is less sure (a clip, a toolbar's heading), only links (not a list of the post's own).
  if (block.tagName === "ul" || block.tagName === "ol") return !linkedMenus || blocks(block).map(toLine).every((item) => item.links.length > 0 && isLinkOnly(item));
  if (line.text === "") return true;
  if (line.text.length > 60 || isSentence(line.text)) return false;
  // A path of sections (`경제 > 산업`, `경제 | 산업`), a line of links, or a known line of chrome.
  return isLinkOnly(line) || /[>›»]/.test(line.text) || SECTION_PATH.test(line.text) || HEAD_RULES.some((rule) => rule.match(line, QUIET));
}

/** Sections set off by bars over a headline: `경제 | 산업`. */
const SECTION_PATH = /^[가-힣A-Za-z·]{1,10}(?:\s*\|\s*[가-힣A-Za-z·]{1,10}){1,3}$/;

/** A site's menu has this many links or more (a post may open with a link or two of its own). */
const MENU_ITEMS = 3;

/** A menu links to the site's sections, not to stories (a post's series: `/2025/01/villages`, `articleView.html?idxno=52731`) or within the page (a note's contents: `#day1`). */
const toSection = (href: string): boolean => !href.startsWith("#") && !/\d{4,}/.test(href.replace(/^\w+:\/\/[^/]+/, ""));

/** Blocks above a headline that are all the site's, a list of its links to its sections among them: the site's menu. */
function underMenu(above: Element[]): boolean {
  const menu = (block: Element) => (block.tagName === "ul" || block.tagName === "ol") && blocks(block).length >= MENU_ITEMS && blocks(block).map(toLine).every((item) => item.links.length > 0 && isLinkOnly(item) && item.links.every((link) => toSection(link.href)));
  return above.some(menu) && above.every((block) => isSiteHead(block));
}

/** A line whose words are all the words of its links. */
function isLinkOnly(line: Line): boolean {
  return line.links.map((link) => link.text).join("").replace(/\s/g, "").length === line.text.replace(/\s/g, "").length;
}

function hasClass(block: Element): boolean {
  return block.properties.className !== undefined || block.properties.id !== undefined;
}

/**
 * A post scraped with its page's head (a portal's or a board's: the site's menu and breadcrumb,
 * the outlet's subscribe bar, the headline, the reporter, the stamps, the counts): the body
 * repeats the front matter's title, in the site's own markup, in one of its first blocks. The
 * site's parts above it go (menus, breadcrumb, known chrome; not a photo or a line of the post's
 * own); the short lines under the title, down to the first sentence, are the page's header.
 */
export function headUnderTitle(root: Root, title: string, saved: boolean, underClipperTitle = false): { above: Element[]; header: Set<Element>; date?: string } {
  const header = new Set<Element>();
  // The clipper's own `# title` stays over the page it clipped: the page's copy is looked for under it.
  const from = underClipperTitle ? 1 : 0;
  const all = blocks(root).slice(from);
  // A clipper's title may keep the site's name after it (`… - 시사IN`); the page's headline does not.
  const wanted = new Set([collapse(title), withoutSiteName(collapse(title)).text]);
  // The copy is the site's markup (`<h2 class="media_end_head_headline">`), not a post's own `# 제목` (whose lines under it are the post's).
  // A clipped page's `# title` under the site's menu (lists of its links) is the site's copy too.
  // So is a heading with the site's toolbar right under it (`글자크기 확대 글자크기 축소 인쇄 스크랩 공유하기`: buttons only), as no post's own heading
  // has, when all above it is the site's too (a menu being links only).
  const toolbar = (block: Element | undefined) => block !== undefined && !isHeading(block) && HEADING_TOOLBAR.test(collapse(toString(block)));
  const copy = (block: Element, i: number) =>
    saved || hasClass(block) || (isHeading(block) && (underMenu(all.slice(0, i)) || (toolbar(all[i + 1]) && all.slice(0, i).every((above) => isSiteHead(above, true)))));
  // A board's table of fields with the title in its `제목` row (`| 제목 | … |`, `| 담당부서 | … |`, `| 등록일 | … |`) is the site's too: it goes whole.
  const fields = (block: Element) => isFieldTable(block, wanted);
  const at = collapse(title).length < 8 ? -1 : all.slice(0, TITLE_REACH).findIndex((block, i) => (wanted.has(collapse(toString(block))) && copy(block, i)) || fields(block));
  if (at === -1) return { above: [], header };
  const table = fields(all[at]!) ? all[at]! : null;
  if (table) header.add(table);
  for (const block of all.slice(table ? at + 1 : at, at + LEAD_REACH)) {
    const text = collapse(toString(block));
    if (text.length > 80 || isSentence(text) || block.tagName === "table") break;
    header.add(block);
  }
  // Of what stands above, the site's parts go; a photo, a dedication or a kicker of the post's own stays (under a clipper's title, a list of the user's notes too).
  const above = all.slice(0, at).filter((block) => isSiteHead(block, underClipperTitle));
  // Under the clipper's own `# title`, the page's copy is a second headline: it goes too.
  if (underClipperTitle && !table) return { above: [...above, all[at]!], header };
  if (!table) return { above, header };
  // Over the fields, the board's name (`## 보도자료`) is the site's; its `등록일` row dates the release.
  const board = at > 0 && isBoardHeading(all[at - 1]!) ? [all[at - 1]!] : [];
  const date = fieldTableDate(table);
  return { above: [...new Set([...above, ...board, table])], header, ...(date ? { date } : {}) };
}

/** A toolbar's buttons alone: `글자크기 확대 글자크기 축소 인쇄 스크랩 공유하기`, `가-가+ 프린트 공유`. */
const HEADING_TOOLBAR = new RegExp(String.raw`^(?:(?:글(?:자|씨)\s*크기(?:\s*(?:확대|축소|설정|조절))?|글(?:자|씨)\s*(?:키우기|줄이기)|${FONT_PAIR}|확대|축소|인쇄(?:하기)?|프린트|스크랩|북마크|공유(?:하기)?|(?:URL|링크|주소)\s*복사|페이스북|트위터|카카오톡|메일(?:\s*보내기)?|기사\s*듣기|본문\s*듣기)\s*){2,}$`);
const FONT_PAIR_ALONE = new RegExp(`^(?:${FONT_PAIR})$`);
/**
 * A post whose body opens with a scraped page's header and no copy of its title (the clipper put
 * the title in the front matter, or above the site's parts): the short lines at the top, down to
 * the lead, are that header when one of them is a publishing system's stamp (`입력 2024.09.24
 * 00:30`, `Published : April 3, 2025 - 15:42`) and another the site's byline, path, toolbar or
 * count, as no post's own opening lines are (a post about stamps quotes one, or lists them under
 * its headings).
 */
export function scrapedHeader(root: Root): Set<Element> {
  const header = new Set<Element>();
  const all = blocks(root);
  let stamp = -1;
  // A clipper's `# title` line may stand over the site's header.
  const from = all[0]?.tagName === "h1" ? 1 : 0;
  const texts = all.slice(0, from + SCRAPED_REACH + 4).map((block) => collapse(toString(block)));
  for (const [i, block] of all.slice(0, from + SCRAPED_REACH).entries()) {
    if (i < from) continue;
    const text = texts[i]!;
    if (text.length > 80 || isSentence(text) || block.tagName === "table") break;
    header.add(block);
    if (stamp === -1 && isSystemStamp(text)) stamp = i;
  }
  if (stamp === -1) return new Set();
  // Right under a clipper's `# title`, the stamp alone says it: a post's own `#` headline has no system's stamp under it.
  const part = (i: number) => i !== stamp && (BARE_BYLINE.test(texts[i]!) || ENGLISH_BYLINE.test(texts[i]!) || SCRAPED_PARTS.some((rule) => rule.match(toLine(all[i]!), QUIET)));
  if (!(from === 1 && stamp === 1) && !Array.from({ length: header.size }, (_, k) => from + k).some(part)) return new Set();
  // A stamp the text goes on about (`입력 시각과 수정 시각 사이 …`) is the story's example.
  const later = texts.slice(stamp + 1, stamp + 4).filter((_, k) => !timestampLine.match(toLine(all[stamp + 1 + k]!), QUIET));
  return quotesStamp(texts[stamp]!, stamp > 0 ? texts[stamp - 1]! : "", later) ? new Set() : header;
}

/** A publishing system's stamp: `입력 2024.09.24 00:30`, `Published : April 3, 2025 - 15:42`. */
export function isSystemStamp(text: string): boolean {
  return isPostStamp(text) || englishStampDate(text) !== null;
}

/** A scraped header's byline alone (`김대훈 기자`, `김민중 기자 구독`), which the byline rule does not read, or an English page's (`By Son Ji-hyoung`). */
export function isBareByline(text: string): boolean {
  const bare = BARE_BYLINE.test(text) ? HEADER_BYLINE.exec(text) : null;
  return (bare !== null && isName(bare[2]!) && (outletBefore(bare[1]) || /[=]/.test(bare[1]!))) || ENGLISH_BYLINE.test(text);
}

/** Besides its stamp, a scraped header has one of these: a byline, a path, a toolbar, a count. */
const SCRAPED_PARTS: CleanRule[] = [byline, breadcrumb, sharePrompt, readerWidget];

/** How many short lines a scraped header may have (breadcrumb, byline, stamps, a toolbar a button a line). */
const SCRAPED_REACH = 16;

/** What may stand before a header's byline: nothing, or an outlet (`연합뉴스 김원진 기자`; not a deck's `돌아온`). */
function outletBefore(word: string | undefined): boolean {
  return word === undefined || namesAnOutlet(word) || looksLikeOutlet(word);
}

/**
 * Which lines of a post's own header a rule may take: a reporter's byline as a row of its info list
 * or beside its stamps (`김원진 기자`, not a deck that ends with one), a system's stamp (`승인 2025.02.03 07:30`, `2025/04/15 조회수 3,412`, not a report's `발행 …` or a
 * book's `2021.09.09 문학동네`), a toolbar with a button's word (not `페이스북 · 트위터 · 카카오톡`
 * compared), a count (`댓글 0`).
 */
export function headerChrome(rule: CleanRule, text: string, listed: boolean, scraped: boolean): boolean {
  if (rule === byline) {
    // In a scraped page's header, the reporter's page button alone (`기자 페이지`, `기자의 다른 기사`).
    if (scraped && ROW_LINK.test(text)) return true;
    // A row of the header's info list, or on one line with its stamps (`이석호 기자 | 입력 …`): a deck or a kicker is neither.
    // Where it was filed may come first (`세종=김사무엘 기자`).
    const m = HEADER_BYLINE.exec(text.replace(/^[가-힣]{2,8}\s*=\s*(?=[가-힣]{2,4}\s*(?:기자|특파원|통신원))/, ""));
    return m !== null && (listed || /[|ㅣ@]/.test(text)) && isName(m[2]!) && (outletBefore(m[1]) || /^기자\s*명$/.test(m[1]!)); // or its label: `기자명 최유진 기자`
  }
  if (rule === breadcrumb) return true;
  if ((rule === sharePrompt || rule === timestampLine) && scraped) return true;
  // A row of the site's info list may give the day and time alone (`<li class="date">2025.08.05 05:30</li>`).
  if (rule === timestampLine) return isPostStamp(text) || hasNameAndTime(text) || (listed && isTimedDate(text)) || /조회(?:수)?\s*[:：]?\s*[\d,]+$/.test(text) || /^(?:(?:종합|[가-힣]{2,4})?\s*[A-Z]?\d{1,2}\s*면$|지면|(?:기사\s*)?(?:입력|수정|승인|송고|등록|업데이트|최종\s*수정|작성\s*일(?:자)?|게재\s*일(?:자)?|보도\s*(?:일시|시점)|배포\s*일시))/.test(text);
  if (rule === releaseMeta) return true; // over a release it takes only a board's fields with their values, its files and contacts
  // A row of the header's share list may be a network's name alone (`<li>페이스북</li>`), not a lone `추천`.
  if (rule === sharePrompt) return (listed && /페이스북|트위터|카카오|네이버|밴드|텔레그램|facebook|twitter|kakao/i.test(text)) || /공유|인쇄|프린트|스크랩|글자|글씨|폰트|URL|복사|메일|보내기/.test(text) || FONT_PAIR_ALONE.test(text);
  return /\d/.test(text); // a widget's count
}

/**
 * Whether a stamp under a heading or a deck is an example the text goes on about: the heading
 * says so (`## 바이라인 예시`), the next line points back at it (`위와 같이 …`), or quotes its date.
 */
export function quotesStamp(stamp: string, above: string, later: string[]): boolean {
  const date = /\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}/.exec(stamp)?.[0];
  return (
    /위와\s*같|위\s*예|이\s*줄|이렇게|이처럼|다음과\s*같|예시|보기|(?:입력|수정|송고|승인)\s*(?:시각|시간|일시)/.test(later[0] ?? "") ||
    /예시|예제|보기|형식/.test(above) ||
    (date !== undefined && later.some((text) => text.includes(date)))
  );
}
