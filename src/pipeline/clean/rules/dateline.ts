import type { TextRule } from "../types.ts";
import { looksLikeOutlet, namesAnOutlet } from "./outlet-line.ts";
import { isoDate } from "../../extract/date.ts";

/**
 * A wire dateline before the first sentence: `(서울=연합뉴스) 홍길동 기자 = `,
 * `[워싱턴=뉴시스]김철수 특파원 =`, `(세종=뉴스1) `, `[더구루=홍성환 기자] `. The prefix goes,
 * the sentence stays; the agency (the outlet) is the publisher.
 */
const DATELINE =
  /^\s*[([]\s*[가-힣A-Za-z]{2,12}\s*=\s*((?=[^)\]]*[가-힣A-Za-z])[가-힣A-Za-z0-9 ]{2,15}?)\s*[)\]]\s*(?:(?:[가-힣]{2,4}\s*(?:·|,)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원|통신원)\s*)?=?\s*/;

/** A reporter, or two (`홍길동·김철수 기자`, `정리나 하노이 통신원`). */
const REPORTER = String.raw`(?:[가-힣]{2,4}\s*(?:·|,)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원|통신원)`;
/**
 * `[더구루=홍성환 기자] `, `[뉴스프리존,세종=한지수 기자] `, `[더팩트ㅣ광주=김민수 기자] `, `[더팩트ㅣ광주·전남=…]`, `[더팩트ㅣ전남 무안=…]`:
 * the outlet (and where), then the reporter (not a place, then an agency; not a credit or a section, below).
 */
const OUTLET_THEN_REPORTER = new RegExp(String.raw`^\s*[([]\s*([가-힣A-Za-z0-9]{2,12})(?:\s*[,ㅣ|]\s*[가-힣]{2,8}(?:[·\s][가-힣]{2,8})?)?\s*=\s*${REPORTER}\s*[)\]]\s*`);
/** `아시아투데이 정리나 하노이 통신원 = `: the outlet, the correspondent and where, unbracketed (not a panel's `경향신문 이서연 기자 = `). */
const OUTLET_REPORTER_EQUALS = /^\s*([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{2,4}\s+[가-힣]{2,6}\s+(?:특파원|통신원)\s*=\s*/;
/** `[이데일리 박종화 기자] `, `[헤럴드경제(창원)=윤성호 기자] `: the outlet (and the place) and the reporter in brackets. */
const BRACKETED_BYLINE = /^\s*\[\s*([가-힣A-Za-z0-9]{2,12})(?:\s*\(\s*[가-힣A-Za-z]{1,12}\s*\)\s*=\s*|\s+|\s*[ㅣ|]\s*)[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원)\s*\]\s*/;

/** `[비즈니스포스트] `, `[월드코리안뉴스] 이석호 기자 = `: the outlet alone in brackets (not a label such as `[단독]`), and its reporter. */
const BRACKETED_OUTLET = new RegExp(String.raw`^\s*\[\s*([가-힣A-Za-z0-9]{2,12})\s*\]\s*(?:${REPORTER}\s*=\s*)?`);
const BRACKETED_OUTLET_REPORTER = new RegExp(String.raw`^\s*\[\s*[가-힣A-Za-z0-9]{2,12}\s*\]\s*${REPORTER}\s*=`);
/** What follows a dateline quoted in a sentence: `[연합뉴스] 홍길동 기자 = 처럼 시작하는 첫 줄`. */
const QUOTED = /^(?:처럼|이라는|라는|이라고|라고|형식의?|식으로|꼴의?|과|와|의|을|를|으로|에서)(?=\s|$|[,.])/;
/** A release wire's dateline: `서울--(뉴스와이어)--`, `서울--(뉴스와이어) 2025년 04월 18일 --`, `SEOUL, South Korea--(BUSINESS WIRE)--`, `인천, 한국 2025년 4월 15일 /PRNewswire/ --`, Yonhap's `(아스타나, 카자흐스탄 2025년 4월 17일 PRNewswire=연합뉴스)` (the wire distributes; it publishes nothing; the day is the release's). */
const RELEASE_WIRE = /^\s*(?:[가-힣A-Za-z .,]{2,30}?\s*[-–—]{2}\s*)?(?:\(\s*[가-힣A-Za-z0-9 ]{2,20}\s*\)\s*[-–—]{2}\s*)?\(\s*[가-힣A-Za-z0-9 ]{2,20}\s*\)\s*(?:(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s*)?[-–—]{2}\s*|^\s*[가-힣A-Za-z .,]{2,30}?\s+(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s*\/\s*(?:PR\s*Newswire|Business\s*Wire|GLOBE\s*NEWSWIRE|[A-Za-z]+\s*Newswire)\s*\/\s*[-–—]{1,2}\s*|^\s*\(\s*[^()]{2,60}?(?:(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s*)?(?:PR\s*Newswire|Business\s*Wire|GLOBE\s*NEWSWIRE|[A-Za-z]+\s*Newswire)\s*=\s*[가-힣A-Za-z]{2,10}\s*\)\s*/i;
/** `【홍천】 `: a regional paper's place tag. */
const PLACE = /^\s*【\s*[가-힣]{1,8}\s*】\s*/;

/** `(서울=연합뉴스) 김지연 기자 = `: place, agency, reporter. */
const WIRE = new RegExp(String.raw`^\s*[([]\s*[가-힣A-Za-z]{2,12}\s*=\s*([가-힣A-Za-z0-9 ]{2,15}?)\s*[)\]]\s*${REPORTER}\s*=`);

/** A speaker's label in a panel or a transcript (`동아일보 문병기 워싱턴 특파원 = `): several blocks open with one, or speech follows it (`= 네, …`). */
export function isSpeakerLabel(text: string): boolean {
  return OUTLET_REPORTER_EQUALS.test(text);
}

/** `[강원일보] 김도현 기자 = `: a dateline, or, when several blocks open with one, a panel's speaker. */
export function isBracketedReporter(text: string): boolean {
  return BRACKETED_OUTLET_REPORTER.test(text);
}

/** A dateline with its reporter (`(서울=연합뉴스) 김지연 기자 = `, `[이데일리 박종화 기자] `, `[더구루=홍성환 기자] `), which may open a post's lead under its subheadings and a caption. */
export function isReportersDateline(text: string): boolean {
  return WIRE.test(text) || BRACKETED_BYLINE.test(text) || outletThenReporter(text) !== null;
}

/** What names a photo's or a chart's credit, or a section, in the place of an outlet: `(사진=김철수 기자)`, `[사회=김철수 기자]`. */
const CREDIT_OR_SECTION = /^(?:사진|자료|그래픽|영상|편집|글|취재|정리|기획|제공|출처|진행|대담|인터뷰|좌담|사회자|포토|촬영|일러스트|삽화|그림|디자인|사회|정치|경제|국제|문화|스포츠|연예|산업|생활|오피니언|지역|전국|세계|과학)$/;

/** `[더구루=홍성환 기자] `; before a correspondent (`[뉴욕=윤원섭 특파원]`) it is the place, not the outlet. */
function outletThenReporter(text: string): RegExpExecArray | null {
  const m = OUTLET_THEN_REPORTER.exec(text);
  // With a place after a comma or a bar (`[뉴스프리존,세종=…]`, `[더팩트ㅣ광주=…]`), the name before it is an outlet's (not `[속보,세종=…]`, `[서울,종로=…]`).
  const placed = m !== null && /^\s*[([]\s*[^,ㅣ|=]+[,ㅣ|]/.test(m[0]);
  return m && !CREDIT_OR_SECTION.test(m[1]!) && !/(?:특파원|통신원)\s*[)\]]/.test(m[0]) && (!placed || namesAnOutlet(m[1]!) || looksLikeOutlet(m[1]!)) ? m : null;
}

export const dateline: TextRule = {
  name: "dateline",
  description: "Wire datelines before the first sentence: (서울=연합뉴스) 홍길동 기자 = …, [이데일리 홍길동 기자] … (the agency becomes the publisher), 【홍천】 …, a release wire's 서울--(뉴스와이어)--.",
  scope: "head",
  rewrite(text, ctx) {
    const named = (m: RegExpExecArray | null) => (m && namesAnOutlet(m[1]!) ? m : null);
    const credited = outletThenReporter(text);
    const correspondent = named(OUTLET_REPORTER_EQUALS.exec(text));
    const spoken = correspondent && /^(?:네|예|아니요|저는|제가|안녕하세요|안녕하십니까|말씀하신)[,.\s]/.test(text.slice(correspondent[0].length));
    const m = credited ?? (spoken ? null : correspondent) ?? DATELINE.exec(text) ?? BRACKETED_BYLINE.exec(text);
    if (m && m[0].length < text.length && !QUOTED.test(text.slice(m[0].length))) {
      // `(사진=김철수 기자)`, `[자료=통계청]`: a credit, not an agency, to publish the story.
      // A place before an `=` (`[라스베이거스=김철수 기자]`) is no outlet either: only an outlet's name gives the publisher.
      if (looksLikeOutlet(m[1]!) || namesAnOutlet(m[1]!)) ctx.report({ publisher: { name: m[1]!.trim(), weight: 70 } });
      return text.slice(m[0].length);
    }
    const outlet = BRACKETED_OUTLET.exec(text);
    if (outlet && outlet[0].length < text.length && namesAnOutlet(outlet[1]!) && !QUOTED.test(text.slice(outlet[0].length))) {
      ctx.report({ publisher: { name: outlet[1]!, weight: 60 } });
      return text.slice(outlet[0].length);
    }
    const wire = RELEASE_WIRE.exec(text);
    if (wire && wire[0].length < text.length) {
      const [year, month, day] = [1, 4, 7].map((at) => wire.slice(at, at + 3)).find((parts) => parts[0] !== undefined) ?? [];
      const date = year ? isoDate(Number(year), Number(month), Number(day)) : null;
      if (date) ctx.report({ date });
      return text.slice(wire[0].length);
    }
    const place = PLACE.exec(text);
    return place && place[0].length < text.length ? text.slice(place[0].length) : null;
  },
};
