import type { CleanRule, RuleContext } from "../types.ts";
import { introducesBelow } from "../lines.ts";
import { isArticleUrl, isOutletName, parseHttpUrl } from "../urls.ts";
import { isKnownOutlet, looksLikeOutlet, namesAnOutlet } from "./outlet-line.ts";
import { BOARD_LABELS } from "./release-meta.ts";

/** `출처: <a href=URL>원제</a> | 뉴스다오`, `기사출처: <a>뉴스다오</a>`. */
const SOURCE = /^[<\[(*]?\s*(?:[가-힣]{1,8}\s*){0,3}(?:출처|참고\s*문헌|참고\s*자료|source)\s*[:：=]/i;
/** A word SOURCE needs: a quick look spares most lines its backtracking. */
const SOURCE_WORD = /출처|참고|source/i;
/** `원문: <a href=URL>원제</a>`: a credit only with a link to the article (`(원문: "Korea is…")` quotes the original words). */
const ORIGINAL = /^[<\[(*▶►☞▷]?\s*(?:👉|📰|🔗|📌)?\s*(?:기사\s*)?원문(?:\s*기사)?(?:\s*보기)?\s*[:：=]/u;
/** `출처 : 내일신문(https://…)`, `출처: 세계일보 https://…`: the outlet and the address, in plain text. */
const PLAIN_CREDIT = /[:：=]\s*([^()|:：]{2,20}?)\s*(?:\(\s*(https?:\/\/[^\s)]+)\s*\)|\s(https?:\/\/\S+))\s*$/;
/** A blogger's note on the article quoted below or above it, with its link: `아래는 <a>경북일보 기사</a> 전문을 인용한 것입니다.` (it points at the article, and moves it: not a sentence of a story about one). */
const REPOST_NOTE = /^(?:아래|다음|이\s*글|본\s*글|위)(?:는|은|의)?\s[^.]{0,60}?(?:기사|전문|원문)(?:을|를)?\s*(?:그대로\s*)?(?:(?:인용한|옮겨\s*온|퍼\s*온|가져\s*온)\s*(?:것|글)입니다|(?:인용|옮겨|퍼\s*오|가져\s*오)(?:합니다|옵니다|왔습니다)|옮깁니다)\.?$/;
/** `📰 원문 보기 (연합뉴스)`, `▶ 원문 보기: MBC 뉴스`, `▶ MBC 뉴스 원문·영상 보기`, `🔗 기사 원문`: a pointer to the original, with its outlet perhaps. */
const POINTER = /^[^\p{L}\p{N}]*(?:(\S{2,12}(?:\s+뉴스)?)\s+)?(?:기사\s*)?(?:원문|원본\s*기사)(?:·영상)?(?:\s*기사)?(?:\s*(?:보기|링크|바로\s*가기))?\s*(?:[(:：]\s*([^()]{2,20}?)\s*\)?)?\s*$/u;
/** `원제 | 뉴스다오 : https://…` */
const TITLE_OUTLET_URL = /\|\s*([^|:]{2,20}?)\s*[:：]\s*(https?:\/\/\S+|[^|:]{2,20})\s*$/;
/**
 * A page's own address under a label of its share box: `기사 URL 복사 https://…`, `기사 주소 https://…`,
 * `링크 복사 https://…`, `이 기사의 주소는 https://… 입니다.`, `블로터 기사 주소 https://…`, `URL: https://…`,
 * after the share box's other buttons (`좋아요 12 공유하기 링크 복사 https://…`, `글자크기 설정 기사 듣기 공유하기 기사 URL 복사 https://…`).
 */
const OWN_ADDRESS =
  /^(?:(?:좋아요|공유(?:하기)?|스크랩|인쇄|프린트|글(?:자|씨)\s*크기(?:\s*설정)?|(?:기사|본문)\s*듣기|\d+|[|·])\s*)*(?:(?:이\s*|[가-힣A-Za-z]{1,10}\s+)?기사(?:의)?\s*(?:원문\s*)?(?:URL|주소|링크)(?:는|은)?(?:\s*복사)?|(?:URL|링크|주소)\s*복사|(?:단축|공유)\s*(?:URL|주소|링크)|URL\s*[:：]|\[\s*(?:출처|원문)\s*\])\s*[:：]?\s*(https?:\/\/\S+?)(?:\s*입니다)?\.?$/i;
/** A board's field label, which a field's bar and colon set off like an outlet's name: `| 조회수 : 4,213`. */
const BOARD_LABEL = new RegExp(String.raw`^(?:${BOARD_LABELS}|첨부(?:\s*파일)?)$`);
/** A lone link whose words are only `링크`, `원문`, `기사 원문 보기`. */
const LONE_LINK = /^(?:링크|원문|원문\s*보기|기사\s*원문(?:\s*보기)?|원본\s*기사|기사\s*보기|source|link)$/i;

/** A headline's tag in brackets (`(종합)`, `(2보)`, `(전문)`, `(2024년 3월)`) is no outlet; `(울산매일)` is. */
const HEADLINE_TAG = /종합|\d|보$|속보|영상|포토|전문|사설|칼럼|인터뷰|르포|잠정|사진/;
function isBracketedOutlet(name: string): boolean {
  return !HEADLINE_TAG.test(name) && !/(?:위원회|부|청|처|원|공사|재단|협회|연구원|센터)$/.test(name) && isOutletName(name) && (namesAnOutlet(name) || /^[가-힣]{2,6}(?:매일|일보|신문|경제|뉴스|저널|방송)$/.test(name));
}

function reportUrl(href: string, weight: number, ctx: RuleContext): void {
  const url = parseHttpUrl(href);
  if (url && isArticleUrl(href)) ctx.report({ sourceUrl: { url: url.href, weight } });
}

/** A saved page's own address on a line of its own, above or below it (or under its headline): the source. */
export function isOwnAddress(text: string, ctx: RuleContext): boolean {
  if (!/^https?:\/\/\S+$/.test(text) || !isArticleUrl(text)) return false;
  reportUrl(text, 60, ctx);
  return true;
}

/**
 * Source-credit lines: the original article's link and outlet. The first `출처:` line of a post
 * names the outlet after `|` (or as the link's words); a `자료 출처: 정책브리핑 URL` credit names
 * where the outlet took it from, a weaker clue for the publisher.
 */
export const sourceLine: CleanRule = {
  name: "source-line",
  description: "Source credits: 출처: <a href=URL>원제</a> | 뉴스다오, 자료출처=정책브리핑, 원제 | 뉴스다오 : URL, a lone 링크/원문 link, 기사 URL 복사 https://….",
  scope: "anywhere",
  match(line, ctx) {
    const text = line.text;
    // A stamp with its parts set off by bars (`기사입력 2025-05-01 09:12 | 최종수정 …`) is the timestamp rule's: it dates the story.
    if (/^(?:기사\s*)?(?:입력|수정|등록|송고|승인|최종\s*수정)\s*[:：]?\s*\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}/.test(text)) return false;
    const loneLink = line.links.length === 1 && line.links[0]!.text === text;
    if (loneLink && (LONE_LINK.test(text) || (ctx.atEdge && /\|\s*[^|]{2,20}$/.test(text)))) {
      const outlet = /\|\s*([^|]{2,20})$/.exec(text)?.[1]?.trim();
      if (outlet && isOutletName(outlet)) ctx.report({ publisher: { name: outlet, weight: 90 } });
      reportUrl(line.links[0]!.href, outlet ? 90 : 40, ctx);
      return true;
    }
    // `📰 원문 보기 (연합뉴스)`, `▶ 기사 원문 보기: 뉴시스`: a pointer to the original, the link on its words or its outlet.
    const pointer = line.links.length === 1 && isArticleUrl(line.links[0]!.href) ? POINTER.exec(text) : null;
    // A word before 원문 must be an outlet (`MBC 뉴스 원문`); `취임사 원문` is a document's own text.
    if (pointer && (!pointer[1] || looksLikeOutlet(pointer[1]))) {
      const outlet = (pointer[2] ?? pointer[1])?.trim();
      if (outlet && isOutletName(outlet)) ctx.report({ publisher: { name: outlet, weight: 60 } });
      reportUrl(line.links[0]!.href, 80, ctx);
      return true;
    }
    const own = OWN_ADDRESS.exec(text);
    // Not a field of what the text above shows (`…메일 상단에는 다음과 같은 항목이 붙어 있었다.` over `Created: …` over `URL: http://…`).
    const over = ctx.above?.[0]?.text ?? "";
    // A bare `URL: …` inside the text is an example it gives; at the edge, the page's own.
    if (own && isArticleUrl(own[1]!) && !introducesBelow(over) && !/^[^\s:：]{1,12}\s*[:：]\s*\S/.test(over) && (ctx.atEdge || !/^URL\s*[:：]/i.test(text))) {
      reportUrl(own[1]!, 70, ctx);
      return true;
    }
    // An address in a list is one of the post's references (`아래는 … 주요 기사들이다.` over three of them).
    if (ctx.atEdge && line.element.tagName !== "li" && isOwnAddress(text, ctx)) return true;
    const titled = ctx.atEdge ? TITLE_OUTLET_URL.exec(text) : null;
    if (titled && text.length <= 200) {
      // A board's fields set off by bars (`담당부서 : … | 작성일 : … | 조회수 : 4,213`) go too, but name no outlet.
      if (BOARD_LABEL.test(titled[1]!.trim())) return true;
      if (isOutletName(titled[1]!)) ctx.report({ publisher: { name: titled[1]!.trim(), weight: 90 } });
      reportUrl(line.links.at(-1)?.href ?? titled[2]!, 90, ctx);
      return true;
    }
    const repost = line.links.length === 1 && text.length <= 120 && isArticleUrl(line.links[0]!.href) && REPOST_NOTE.test(text) ? line.links[0]! : null;
    if (repost) {
      const outlet = repost.text.replace(/\s*(?:기사|보도|원문)$/, "");
      if (isOutletName(outlet) && looksLikeOutlet(outlet)) ctx.report({ publisher: { name: outlet, weight: 60 } });
      reportUrl(repost.href, 90, ctx);
      return true;
    }
    const credit = (SOURCE_WORD.test(text) && SOURCE.test(text)) || (ORIGINAL.test(text) && line.links.some((l) => isArticleUrl(l.href)));
    if (!credit || text.length > (ctx.atEdge ? 250 : 150)) return false;
    const isCredit = /^[<\[(*]?\s*(?:[가-힣]{1,8}\s*){0,2}(?:자료|사진|영상|참고|그래픽|도표|차트|이미지|일러스트)/.test(text);
    const plain = !isCredit && line.links.length === 0 ? PLAIN_CREDIT.exec(text) : null;
    // In the body it credits a data set or a poll as often as a reposted story: it stays there, and gives nothing.
    // In the body, a known outlet's story credited by its address is the story a blogger scrapped (`출처: 세계일보 https://www.segye.com/newsView/…`).
    const address = plain ? (plain[2] ?? plain[3])! : "";
    const scrapped = plain !== null && (ctx.atEdge || (isKnownOutlet(plain[1]!) && isArticleUrl(address)));
    // (A bare address after a data set's name, `출처: 통계청 https://…`, is a credit like any other, below: it goes and gives nothing.)
    if (plain && !scrapped && plain[2] !== undefined) return false;
    if (plain && scrapped) {
      if (isOutletName(plain[1]!) && looksLikeOutlet(plain[1]!)) ctx.report({ publisher: { name: plain[1]!.trim(), weight: 95 } });
      reportUrl(address, 100, ctx);
      return true;
    }
    // `출처: <a>원제</a> | 뉴스다오` names the outlet after the bar; bars inside the linked title (`<a>제목 | 여객선 | 운임 요금</a>`) do not.
    const afterBar = text.includes("|") ? text.slice(text.lastIndexOf("|") + 1).trim() : null;
    const outlet = afterBar && !line.links.some((l) => l.text.includes("|") && l.text.endsWith(afterBar)) ? afterBar : null;
    const link = line.links[0];
    // `원문: <a>기사 제목 (울산매일)</a>`: the outlet after the title, in brackets.
    const after = link && !isCredit ? /\(([^()]{2,20})\)$/.exec(link.text)?.[1] : undefined;
    if (outlet && isOutletName(outlet)) ctx.report({ publisher: { name: outlet, weight: 100 } });
    else if (after && isBracketedOutlet(after)) ctx.report({ publisher: { name: after, weight: 60 } });
    else if (link && isOutletName(link.text) && looksLikeOutlet(link.text)) {
      ctx.report({ publisher: { name: link.text, weight: isCredit ? 30 : 95 } });
    } else if (isCredit) {
      const named = /[:：=]\s*([가-힣A-Za-z]{2,12})/.exec(text)?.[1];
      if (named && isOutletName(named)) ctx.report({ publisher: { name: named, weight: 30 } });
    }
    if (link) reportUrl(link.href, isCredit ? 20 : 100, ctx);
    return true;
  },
};
