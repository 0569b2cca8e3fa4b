import type { CleanRule } from "../types.ts";
import { BROADCASTER } from "./tip-line.ts";
import { EMAIL } from "../lines.ts";

/** `[앵커]`, `[리포트]`, `<기자>`, `◀ 앵커 ▶`, `◀ 리포트 ▶`: a transcript's part markers, alone on a line. */
const MARKER = /^(?:[\[<‹〈]\s*(?:앵커|리포트|기자|앵커\s*멘트|기자\s*멘트|녹취|현장음|싱크|인터뷰|CG)\s*[\]>›〉]|◀\s*(?:앵커|리포트|기자|앵커\s*멘트|기자\s*멘트)\s*▶)$/;
const CREW_ROLE = String.raw`(?:촬영\s*기자|영상\s*취재|영상\s*편집|영상\s*촬영|영상\s*디자인|영상\s*자막|(?:영상\s*)?그래픽|촬영|편집|자료\s*조사|CG|화면\s*제공|영상\s*제공)`;
/** `촬영기자:박준우/영상편집:이정민/그래픽:최유리`, `영상취재: 김준형 / 영상편집: 박수현`, `(영상취재 : 김재식 / 영상편집 : 백경화 / 영상디자인 : 곽세미)`. */
const CREW = new RegExp(String.raw`^\(?(?:${CREW_ROLE}\s*[:：]\s*[^/:：()]{1,20}?\s*(?:[/|,·]\s*|\)?$))+$`);
/** `[MBC 뉴스데스크 2024.10.07 방송]`. */
const ON_AIR = /^\[[^\]]{1,30}\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?\s*방송\]$/;

/**
 * A report's sign-off: `KTV 김민아입니다.`, `MBN뉴스 정성욱입니다. [jung@mbn.co.kr]`, `KBS 뉴스 홍길동 기자입니다.`, from where it was filed:
 * `리야드에서 SBS 김아무개입니다.`, `워싱턴에서 MBC뉴스 이정민 특파원입니다.`, after 지금까지 (`지금까지 YTN 이상곤입니다.`), the address
 * inside it (`YTN 이상곤[sklee@ytn.co.kr]입니다.`).
 */
const SIGN_OFF = new RegExp(
  String.raw`^(?:지금까지\s+)?(?:(?:[가-힣A-Za-z]{1,12}\s+)?[가-힣A-Za-z]{1,12}에서\s+)?(\S+(?:\s+뉴스)?)\s+[가-힣]{2,4}(?:\s*(?:기자|특파원))?` +
    String.raw`(?:\s*[\[(]${EMAIL}[\])])?입니다\.?(?:\s*[\[(]?${EMAIL}[\])]?)?$`,
);

/** A broadcast transcript's markers, crew credits and air stamp: not the story's words. */
export const broadcastMarker: CleanRule = {
  name: "broadcast-marker",
  description: "Broadcast transcript markers alone on a line, anywhere: [앵커], [리포트], ◀ 리포트 ▶.",
  scope: "anywhere",
  match: (line) => line.text.length <= 20 && MARKER.test(line.text),
};

export const broadcastCredit: CleanRule = {
  name: "broadcast-credit",
  description: "Broadcast crew credits and air stamps at the edge: 촬영기자:…/영상편집:…, [MBC 뉴스데스크 2024.10.07 방송].",
  scope: "edge",
  match: (line) => line.text.length <= 120 && (CREW.test(line.text) || ON_AIR.test(line.text)),
};

/** The reporter's sign-off closing a broadcaster's report; only at the bottom (an anchor's line at the top introduces the report). */
export const broadcastSignOff: CleanRule = {
  name: "broadcast-sign-off",
  description: "A broadcast report's sign-off at the bottom (it names the broadcaster as the publisher, weakly): KTV 김민아입니다., MBN뉴스 정성욱입니다. [email], KBS 뉴스 홍길동 기자입니다., VOA 뉴스 김현진입니다.",
  scope: "tail",
  match: (line, ctx) => {
    const m = line.text.length <= 80 ? SIGN_OFF.exec(line.text) : null;
    if (m === null || !BROADCASTER.test(m[1]!)) return false;
    // In a press conference's or an interview's turns, it is a reporter introducing herself.
    if ((ctx.above ?? []).some((above) => /^(?:Q|A|질문|답변|문|답|기자|사회자|진행자)(?:\s*[.:：)]|\s)|질문\s*(?:받겠|드리겠|하겠)/.test(above.text))) return false;
    // Set in italics or quotes, it is the famous line quoted (`*MBC 뉴스 이인용입니다.*`).
    const only = line.element.children.length === 1 ? line.element.children[0]! : null;
    if (only?.type === "element" && ["em", "i", "strong", "b", "q"].includes(only.tagName)) return false;
    // The broadcaster signing off aired the report (a weak clue: a credit or a © line names it more surely).
    ctx.report({ publisher: { name: m[1]!.replace(/\s*뉴스$/, ""), weight: 60 } });
    return true;
  },
};
