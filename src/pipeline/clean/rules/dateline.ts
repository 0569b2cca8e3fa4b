import type { TextRule } from "../types.ts";
import { namesAnOutlet } from "./outlet-line.ts";

/**
 * A wire dateline before the first sentence: `(서울=연합뉴스) 홍길동 기자 = `,
 * `[워싱턴=뉴시스]김철수 특파원 =`, `(세종=뉴스1) `, `[더구루=홍성환 기자] `. The prefix goes,
 * the sentence stays; the agency (the outlet) is the publisher.
 */
const DATELINE =
  /^\s*[([]\s*[가-힣A-Za-z]{1,12}\s*=\s*([가-힣A-Za-z0-9 ]{2,15}?)\s*[)\]]\s*(?:(?:[가-힣]{2,4}\s*(?:·|,)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원|통신원)\s*)?=?\s*/;

/** A reporter, or two (`홍길동·김철수 기자`, `정리나 하노이 통신원`). */
const REPORTER = String.raw`(?:[가-힣]{2,4}\s*(?:·|,)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원|통신원)`;
/** `[더구루=홍성환 기자] `: the outlet, then the reporter (not a place, then an agency). */
const OUTLET_THEN_REPORTER = new RegExp(String.raw`^\s*[([]\s*([가-힣A-Za-z0-9]{2,12})\s*=\s*${REPORTER}\s*[)\]]\s*`);
/** `아시아투데이 정리나 하노이 통신원 = `: the outlet, the reporter (and where), unbracketed. */
const OUTLET_REPORTER_EQUALS = /^\s*([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{2,4}\s+(?:[가-힣]{2,6}\s+)?(?:기자|특파원|통신원)\s*=\s*/;
/** `[이데일리 박종화 기자] `: the outlet and the reporter in brackets. */
const BRACKETED_BYLINE = /^\s*\[\s*([가-힣A-Za-z0-9]{2,12})(?:\s+|\s*[ㅣ|]\s*)[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원)\s*\]\s*/;
/** `[비즈니스포스트] `: the outlet alone in brackets (not a label such as `[단독]`). */
const BRACKETED_OUTLET = /^\s*\[\s*([가-힣A-Za-z0-9]{2,12})\s*\]\s*/;
/** `【홍천】 `: a regional paper's place tag. */
const PLACE = /^\s*【\s*[가-힣]{1,8}\s*】\s*/;

export const dateline: TextRule = {
  name: "dateline",
  description: "Wire datelines before the first sentence: (서울=연합뉴스) 홍길동 기자 = …, [이데일리 홍길동 기자] … (the agency becomes the publisher), 【홍천】 ….",
  scope: "head",
  rewrite(text, ctx) {
    const unbracketed = OUTLET_REPORTER_EQUALS.exec(text);
    const m = OUTLET_THEN_REPORTER.exec(text) ?? (unbracketed && namesAnOutlet(unbracketed[1]!) ? unbracketed : null) ?? DATELINE.exec(text) ?? BRACKETED_BYLINE.exec(text);
    if (m && m[0].length < text.length) {
      ctx.report({ publisher: { name: m[1]!.trim(), weight: 70 } });
      return text.slice(m[0].length);
    }
    const outlet = BRACKETED_OUTLET.exec(text);
    if (outlet && outlet[0].length < text.length && namesAnOutlet(outlet[1]!)) {
      ctx.report({ publisher: { name: outlet[1]!, weight: 60 } });
      return text.slice(outlet[0].length);
    }
    const place = PLACE.exec(text);
    return place && place[0].length < text.length ? text.slice(place[0].length) : null;
  },
};
