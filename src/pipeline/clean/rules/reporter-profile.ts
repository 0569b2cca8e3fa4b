import type { CleanRule } from "../types.ts";
import { looksLikeOutlet } from "./outlet-line.ts";

/** What the reporter covers, in the polite style news sentences are not written in: `새만금과 에너지 소식을 취재합니다.` */
const BLURB = /^(?:[^.!?"“”]{2,60}니다\.\s*){1,2}$/;
const COVERS = /취재|관심이\s*많|씁니다|담당합니다|출입합니다/;
/** The name alone, over the desk (`김윤정` / `경제부 기자`): a common surname and two syllables. */
const NAME = /^(?:[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명반왕금옥육인맹모탁국어은편용예경봉]|남궁|제갈|황보|선우|독고|사공)[가-힣]{2}$/;
/** `이영호 기자 PE팀`, `정리나 하노이 통신원 더보기`. */
const DESK = /^[가-힣]{2,4}\s*(?:[가-힣]{2,6}\s+)?(?:기자|특파원|통신원)\s+(?:[가-힣A-Za-z&]{1,10}(?:팀|부|국)|더\s*보기|기사\s*더\s*보기)$/;

/**
 * The reporter's box under a page's article: the name alone, the desk, what they cover. Only in
 * the scan from the bottom, after the outlet's name had its turn (outlet-line), and a name only
 * as a paragraph of its own without a link (not an item of a list).
 */
export const reporterProfile: CleanRule = {
  name: "reporter-profile",
  description: "A reporter's box at the bottom: 김윤정 / 경제부 기자 / 새만금과 에너지 소식을 취재합니다., 이영호 기자 PE팀, 홍길동 통신원 더보기.",
  scope: "tail",
  match: (line) => {
    const { text } = line;
    if (NAME.test(text)) return line.element.tagName === "p" && line.links.length === 0 && !looksLikeOutlet(text);
    return text.length <= 100 && (DESK.test(text) || (BLURB.test(text) && COVERS.test(text)));
  },
};
