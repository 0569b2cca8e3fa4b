import { isHeading } from "../lines.ts";
import type { CleanRule } from "../types.ts";

const HEADING =
  /^[\s\[【<《▶►■□◆◇●○▷☞※#\-★☆▼▽\uFE0F\uD83C-\uDBFF\uDC00-\uDFFF]*(?:관련\s*(?:기사|뉴스|글|영상|동영상)(?:\s*더\s*보기)?|많이\s*본\s*(?:뉴스|기사)|가장\s*많이\s*본\s*(?:뉴스|기사)|(?:이\s*블로그의\s*)?인기\s*(?:뉴스|기사|글|포스트)|추천\s*(?:뉴스|기사)|최신\s*(?:뉴스|기사)|주요\s*(?:뉴스|기사)|(?:함께|같이)\s*(?:보면|읽으면|읽어\s*보면)\s*좋은\s*(?:기사|뉴스|글|포스트)|이\s*기사와\s*(?:함께\s*많이\s*(?:본|읽은)|관련된)\s*(?:뉴스|기사)|(?:이\s*(?:기사|뉴스)를\s*(?:본|읽은)\s*(?:사람들이|독자들이|분들이)\s*(?:많이\s*|함께\s*)?(?:본|읽은)|함께\s*(?:많이\s*)?(?:본|읽은|보는))\s*(?:뉴스|기사|글)|이\s*(?:시각|시간)\s*(?:(?:주요|인기|많이\s*본)\s*뉴스|헤드라인)|다른\s*기사\s*(?:보기)?|핫\s*(?:뉴스|이슈)|오늘의\s*(?:뉴스|주요\s*뉴스)|실시간\s*(?:인기|주요)\s*(?:뉴스|기사)|더\s*많은\s*(?:뉴스|기사)|이전\s*(?:\/?\s*다음\s*)?기사|다음\s*기사|(?:이|[가-힣]{2,4})\s*기자의\s*(?:최신|다른)\s*기사(?:\s*보기)?|(?:['‘"][^'’"]{1,20}['’"]\s*)?(?:이\s*)?(?:카테고리|게시판)(?:의)?\s*(?:다른|최근|인기)?\s*(?:글|기사|포스트)|이\s*블로그\s*[^.]{1,20}?\s*카테고리\s*(?:의\s*)?(?:다른\s*)?글|[Rr]elated(?:\s+(?:[Pp]osts?|[Aa]rticles?|[Ss]tories))?|(?:[가-힣A-Za-z]{1,12}\s+)?(?:다른\s*기사|좋아할\s*만한\s*기사)|(?:이\s*)?기자가\s*쓴\s*기사|인\/기\/기\/사|연재\s+[^.]{2,20}|(?:[가-힣A-Za-z]{1,10}\s*)?(?:언론사\s*)?헤드라인|(?:[가-힣A-Za-z]{1,12}\s+)?(?:관련|많이\s*본|최신|인기|다른)?\s*보도\s*자료(?:\s*더\s*보기)?|[가-힣A-Za-z]{0,10}\s*(?:언론사\s*|뉴스\s*)?(?:인기|많이\s*(?:본|보는|읽은)|놓치면\s*안\s*되는|핫|추천|주요|최신|실시간|화제의?)\s*[가-힣\s]{0,14}(?:뉴스|기사|클릭|포토)|지금\s*뜨는\s*(?:뉴스|기사)|오늘의\s*운세|띠별\s*운세|[가-힣A-Za-z]{0,10}\s*베스트\s*(?:뉴스|기사))[\s\]】>》:]*$/;

/** A site's widget label, `이 뉴스를 본 다른 사람들이 본 뉴스`, `관련 콘텐츠`: on a page, not as a post's own heading (a post may be about that widget, a museum its own programme). */
const OTHERS_READ = /^(?:이\s*(?:뉴스|기사|영상)를\s*본\s*)?다른\s*(?:사람|독자|이용자)들?이\s*(?:많이\s*)?(?:본|읽은)\s*(?:뉴스|기사|영상)$|^관련\s*(?:콘텐츠|컨텐츠)$/;

/** An English page's lists (The Korea Herald's `Most Popular`, `More from The Korea Herald`): a line of the page, not a post's own heading (a lesson may be about `Top Stories`). */
const ENGLISH_HEADING = /^(?:Most\s+(?:[Pp]opular|[Rr]ead|[Vv]iewed|[Ss]hared)|More\s+(?:from|in|on)\s+[A-Z][A-Za-z&'’. ]{1,30}|(?:Latest|Top|Trending|Recommended|Popular)\s+(?:[Nn]ews|[Ss]tories|[Aa]rticles|[Pp]osts)|Editor'?’?s\s+[Pp]icks?|Trending(?:\s+[Nn]ow)?)$/;

/** An English page's own list headings, which no story's section is called, even as headings: `More from this section`, `Related Articles`. */
const ENGLISH_SITE_HEADING = /^(?:More\s+from\s+this\s+(?:section|author|writer)|Related\s+(?:Articles|Stories|News))$/i;
/** `▶ 관련기사`, `많이 본 뉴스`, `이 시각 주요뉴스`, `이 시간 주요 뉴스`: a heading near the bottom and the list under it. */
export const relatedList: CleanRule = {
  name: "related-list",
  description: "Related / most-read lists near the bottom: ▶ 관련기사, 많이 본 뉴스, 함께 보면 좋은 기사, 👉 같이 보면 좋은 글, 이 블로그의 인기 글, Most Popular, More from The Korea Herald, and the lines under them.",
  scope: "tail-section",
  match: (line) => line.text.length <= 30 && (HEADING.test(line.text) || ENGLISH_SITE_HEADING.test(line.text) || ((OTHERS_READ.test(line.text) || ENGLISH_HEADING.test(line.text)) && !isHeading(line.element))),
};

/** `▶ 관련기사: …` rows, or `▶ headline` rows at the bottom. */
export const relatedRow: CleanRule = {
  name: "related-row",
  description: "Pointer rows at the bottom: ▶ 관련기사: …, ☞ headline, 이전글 / 다음글 and their headlines.",
  scope: "tail",
  match: (line, ctx) => {
    if (line.text.length > 120 || /(?:다|요)\.$/.test(line.text)) return false;
    if (/^[▶►☞▷]/.test(line.text)) return true;
    // A board's label on a line of its own (`이전글` / its headline / `다음글` / its headline): the label on top of the rows dropped under it, the headline under the label.
    if (LONE_LABEL.test(line.text)) return (ctx.below?.length ?? 0) > 0;
    if (LONE_LABEL.test(ctx.above?.[0]?.text ?? "")) return true;
    // The board's previous and next posts come as a pair: one of them right above or right under this one.
    const kindOf = (other: { text: string } | undefined) => (other ? PREVIOUS_NEXT.exec(other.text)?.[1] : undefined);
    const kind = kindOf(line);
    // Both on one line, a board's labels (`이전글: … 다음글: …`, two lines of a post read as one paragraph).
    if (BOARD_PAIR.test(line.text)) return true;
    const partner = (other: { text: string } | undefined) => {
      const theirs = kindOf(other);
      return theirs !== undefined && theirs !== kind;
    };
    // A row is a headline: not a note that ends in a particle or an exclamation (`이전 글 못 보신 분은 … 링크로`, `다음 글 올라오는 날은 금요일!`).
    return kind !== undefined && !/(?:다|요|죠|로|은|는|을|를|에|도)$|[!?~]$/.test(line.text) && (partner(ctx.above?.[0]) || partner(ctx.below?.[0]));
  },
};

/** A pointer to another story set in among the paragraphs: `[관련 기사] 中, 갈륨·게르마늄 이어 흑연도 수출 통제`, `▶ 관련기사 : …`, `【관련뉴스】 …`. */
const POINTER = /^(?:\[\s*관련\s*(?:기사|뉴스)\s*\]|【\s*관련\s*(?:기사|뉴스)\s*】|<\s*관련\s*(?:기사|뉴스)\s*>|[▶►☞▷]\s*관련\s*(?:기사|뉴스)\s*[:：]?)\s*(\S.*)$/;

/** A related story's headline under its label in the middle of the text: a headline, not a sentence (`[관련 기사] 보도에 따르면 …했다.`). */
export const relatedPointer: CleanRule = {
  name: "related-pointer",
  description: "A related story's headline under its label, wherever it stands: [관련 기사] 中, 갈륨·게르마늄 이어 흑연도 수출 통제, ▶ 관련기사 : ….",
  scope: "anywhere",
  match: (line) => {
    const headline = line.text.length <= 120 ? POINTER.exec(line.text)?.[1] : undefined;
    return headline !== undefined && !/(?:다|요|죠)\.["”’']?$/.test(headline) && !isHeading(line.element);
  },
};

/** A board's label for its previous or next post, alone on its line. */
const LONE_LABEL = /^(?:이전|다음)\s*(?:글|기사|게시물)$/;
/** `이전글: … 다음글: …`: a board's labels (no space, or a colon), not a series' `이전 글 1편에 이어, 다음 글 3편에서는 …`. */
const BOARD_PAIR = /^이전(?:글|게시물|\s*(?:글|기사|게시물)\s*[:：])\s*\S.{0,100}\s다음(?:글|게시물|\s*(?:글|기사|게시물)\s*[:：])\s*\S.{0,100}$/;
/** `이전글 한-베트남 공동위원회 개최 결과`, `다음 글 [칼럼] …`: a row for the board's previous or next post and its headline (not `다음 글에서는 …`, `다음 글 예고: …`, `이전 기사 정정 …`). */
const PREVIOUS_NEXT = /^(이전|다음)\s*(?:글|기사|게시물|포스트)\s*[:：]?\s+(?!에서|에는|은|는|로|예고|정정|쓸|을|를)\S/;
