import type { CleanRule, Line } from "../types.ts";
import { FILED_FROM_PLACE, FOLLOW_BUTTON } from "./byline.ts";
import { EMAIL } from "../lines.ts";

/** What the reporter covers, in the polite present no news sentence is written in, with no subject (`'시사기획 창'은 … 취재합니다.` is a programme's): `새만금과 에너지, 도내 기업 소식을 취재합니다.` (a second sentence may follow). */
const BLURB = /^[^.!?"“”'‘’]{0,50}(?:소식|분야|시장|이슈|산업|기업|업계|정책|뉴스|경제|정치|금융|부동산|국제|사회|문화|과학|노동|교육|환경|외교|안보|법조|사건)(?:을|를)\s*취재합니다\.(?:\s*[^.!?"“”]{2,60}(?:관심이\s*많습니다|씁니다|다룹니다|전합니다|기록합니다)\.)?$/;
const SUBJECT = /[가-힣A-Za-z0-9'’"”](?:은|는|이|가)\s/;
/** The desk under the name: `경제부 기자`, `국제팀 차장`. */
const DESK_TITLE = /^[가-힣]{2,8}(?:부|팀|국)\s*(?:기자|차장|부장|선임기자|데스크)$/;
/** The name alone, over the desk (`김윤정` / `경제부 기자`): a common surname and two syllables. */
const NAME = /^(?:[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명반왕금옥육인맹모탁국어은편용예경봉]|남궁|제갈|황보|선우|독고|사공)[가-힣]{2}$/;
/** A reporter by name (`한지훈 기자`, `한지훈 기자 hanji@…`), not a kind of reporter (`청소년 기자`, `시민기자`). */
const PERSON = new RegExp(`^(?![가-힣]{2}(?:부|팀|국|실|과)\\s)${NAME.source.slice(1, -1)}\\s*(?:선임|수석)?\\s*(?:기자|특파원)(?:\\s*${FILED_FROM_PLACE})?(?:\\s+${EMAIL})?$`);
/** `이영호 기자 PE팀` over the blurb; `정리나 하노이 통신원 더보기` anywhere in the box. */
const DESK = /^[가-힣]{2,4}\s*(?:[가-힣]{2,6}\s+)?(?:기자|특파원|통신원)\s+[가-힣A-Za-z&]{1,10}(?:팀|부|국)$/;
const MORE = /^[가-힣]{2,4}\s*(?:[가-힣]{2,6}\s+)?(?:기자|특파원|통신원)\s+(?:더\s*보기|기사\s*더\s*보기)$/;

/** A writer by name and account, as a citizen-journalism site prints them: `최은영 (maru79)`, `최은영 (maru79) 내방`. */
const ACCOUNT = /^[가-힣]{2,4}\s*\([A-Za-z0-9_.-]{3,20}\)(?:\s+[가-힣]{1,4})?$/;
const namesWriter = (line: Line | undefined): boolean => line !== undefined && (ACCOUNT.test(line.text) || PERSON.test(line.text) || NAME.test(line.text));
/** What the writer does, in the polite present and short: `카자흐스탄 알마티에 살며 중앙아시아 고려인 이야기를 기록합니다.` (only under the box's follow button and name). */
const BIO = /^[^.!?"“”]{6,90}니다\.?$/;
/** A citizen writer's one or two lines under the name and account: `하노이에서 10년째 살고 있습니다. 동남아 한류와 사람 이야기를 씁니다.` */
const WRITER_BIO = /^[^.!?"“”]{6,90}니다\.(?:\s+[^.!?"“”]{4,90}니다\.?)?$/;

/** The reporter's desk, said in the box (`사회부 사건팀 기자입니다.`): no subject, the desk and 기자입니다 alone, over the box's other rows. */
const DESK_BLURB = /^(?:[가-힣]{2,8}(?:부|팀|국|실|센터)\s*){1,3}(?:[가-힣]{2,6}\s*)?(?:기자|특파원|에디터)입니다\.?$/;
/** Whether a line reads as a reporter's blurb (`…소식을 취재합니다.`), wherever it stands. */
export function isReportersBlurb(text: string): boolean {
  return text.length <= 100 && BLURB.test(text);
}

/**
 * The reporter's box under a page's article: the name over the desk, the desk, what they cover.
 * Only in the scan from the bottom, only paragraphs of their own (not items of a list), and a
 * name only over the rest of its box (the desk line, then the blurb, just dropped).
 */
export const reporterProfile: CleanRule = {
  name: "reporter-profile",
  description: "A reporter's box at the bottom: 김윤정 / 경제부 기자 / 새만금과 에너지 소식을 취재합니다., 이영호 기자 PE팀, 홍길동 통신원 더보기.",
  scope: "tail",
  match: (line, ctx) => {
    const { text } = line;
    if (line.element.tagName !== "p" || line.links.length > 0) return false;
    if (NAME.test(text)) {
      const [desk, blurb] = ctx.below ?? [];
      return desk !== undefined && blurb !== undefined && DESK_TITLE.test(desk.text) && BLURB.test(blurb.text);
    }
    if (DESK.test(text)) return ctx.below?.[0] !== undefined && BLURB.test(ctx.below[0].text); // not a list of reporters and their desks
    // A writer's box with a follow button: the name over the button over what they write about, each only with the rest of the box.
    const [first, second] = ctx.above ?? [];
    if (ACCOUNT.test(text)) return ctx.below?.[0] !== undefined && (FOLLOW_BUTTON.test(ctx.below[0].text) || WRITER_BIO.test(ctx.below[0].text));
    if (ACCOUNT.test(first?.text ?? "") && WRITER_BIO.test(text)) return true;
    if (FOLLOW_BUTTON.test(text)) return namesWriter(first);
    if (FOLLOW_BUTTON.test(first?.text ?? "") && namesWriter(second) && BIO.test(text)) return true;
    // The blurb sits right under the reporter's name (a paragraph: `한지훈 기자`), or under the desk
    // under the name (`김윤정` / `경제부 기자`), and only one box goes: alone, `…소식을 취재합니다.` may be
    // a club's, a programme's or an advert's.
    const named = (above: Line | undefined) => above !== undefined && above.element.tagName === "p";
    const underReporter =
      named(first) && (PERSON.test(first!.text) || DESK.test(first!.text) || (DESK_TITLE.test(first!.text) && named(second) && NAME.test(second!.text)));
    const firstBox = !(ctx.below ?? []).some((line) => BLURB.test(line.text) || PERSON.test(line.text));
    return text.length <= 100 && (MORE.test(text) || (underReporter && firstBox && ((BLURB.test(text) && !SUBJECT.test(text.split(/(?<=다\.)\s/)[0]!)) || (DESK_BLURB.test(text) && (ctx.below?.length ?? 0) > 0))));
  },
};
