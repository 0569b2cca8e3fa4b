import type { CleanRule } from "../types.ts";
import { isSiteRoot, withoutUrls } from "../urls.ts";

const POINTER = /[👉👈☞☜➡⬅]|▶\s*$/u;
const CALL_TO_ACTION =
  /바로\s*가기|클릭|찾아\s*보기|보러\s*가기|구경\s*하기|혜택\s*받기|예약\s*하기|신청\s*하기|다운로드|원한다면|필요할\s*땐|필요하시다면|필요하다면|생생한\s*뉴스|더\s*보기|자세히\s*보기|방문\s*하기|확인\s*하기|놓치지\s*마세요/;

/** An ad slot's label or size left by a saved page or a blog, as a paragraph of its own: `ADVERTISEMENT`, `728x90`, `반응형`. */
/** A bracketed label as a paragraph (`[광고]`, `(AD)`), but as an example a story about ad rules shows (the paragraph above introduces it). */
const AD_LABEL = /^[\[(【<]\s*(?:광고|AD|ADVERTISEMENT|[Aa]dvertisement|스폰서|[Ss]ponsored)\s*[\])】>]$/;
/** The paragraph above introduces the label as an example (`…맨 앞에 다음과 같이 표시해야 한다.`, `…영문 약어를 쓸 수도 있다.`). */
const INTRODUCES = /[:：]\s*$|다음과\s*같|아래와\s*같|표시|표기|문구|라벨|약어/;
/** A row of the site's buttons that send the story elsewhere, unmistakable anywhere: `페이스북(으)로 기사보내기 트위터(으)로 기사보내기 … 이메일(으)로 기사보내기`. */
const SEND_ROW = /^(?:\S{1,10}\(으\)로\s*기사\s*보내기\s*){2,}$/;
const AD_SLOT = /^(?:ADVERTISEMENT|[Aa]dvertisement|AD|광고|(?:728|300|320|160|336|970|468|250)\s*[x×]\s*(?:90|250|100|600|280|60|50)|반응형)$/;

/**
 * Promotion and call-to-action lines that send the reader somewhere: `신속 뉴스 바로가기 👉 <a>`,
 * `원하는 뉴스 찾아보기 👉`, `빠르고 정확한 뉴스를 원한다면? 바로, newsdao.kr`, `생생한 뉴스, site.kr`,
 * `… 프로모션 혜택 받기 👈 클릭`. A line qualifies when it carries a link (or a bare domain) and
 * either points at it (👉 👈 ☞ or a call to action) or links a site's home page, and its own words
 * are few. An ad slot's label (AD_SLOT), as a paragraph of its own, goes too.
 */
export const promoLink: CleanRule = {
  name: "promo-link",
  description: "Promotion / call-to-action lines with a link: 신속 뉴스 바로가기 👉, … 👈 클릭, 생생한 뉴스, newsdao.kr; ad slots: ADVERTISEMENT, 728x90, 반응형, [광고] (not as an example the paragraph above introduces).",
  scope: "anywhere",
  match(line, ctx) {
    // A heading `광고` or a list item `320x100` is the article's own; a paragraph of only that is not.
    if ((line.element.tagName === "p" || line.element.tagName === "div") && AD_SLOT.test(line.text)) return true;
    if (AD_LABEL.test(line.text) && !INTRODUCES.test(ctx.above?.[0]?.text ?? "")) return true;
    if (line.text.length <= 200 && line.text.includes("(으)로") && SEND_ROW.test(line.text)) return true;
    // A copyright line with the site's address (`ⓒ경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 …`) is the licence rule's: it names the publisher.
    if (/[©ⓒ]|무단\s*전재|copyright/i.test(line.text)) return false;
    const words = withoutUrls(line.text);
    const hasLink = line.links.length > 0 || words.length < line.text.length;
    if (!hasLink || words.length > 60) return false;
    if (POINTER.test(line.text)) return true;
    if (/(?:다|요)\.\s*$/.test(words)) return false; // a finished sentence that mentions a site is article text
    if (CALL_TO_ACTION.test(words)) return true;
    return words.length <= 30 && line.links.length > 0 && line.links.every((l) => isSiteRoot(l.href));
  },
};
