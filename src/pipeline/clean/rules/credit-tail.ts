import type { TrimRule } from "../types.ts";
import { isOutletName } from "../urls.ts";

/** `…기대합니다. 기사출처: 뉴스다오`, `문의: … / 자료출처: 정책브리핑 https://www.korea.kr`. */
const CREDIT_TAIL = /(?:^|[\s/|·,])\s*\*?\s*[(\[<]?\s*(?:[가-힣]{1,8}\s*){0,2}출처\s*[:：=]\s*([^:：()\[\]<>]{1,60})[)\]>]?$/;

/** A source credit run onto the end of a paragraph of article text: the credit goes, the text stays. */
export const creditTail: TrimRule = {
  name: "credit-tail",
  description: "Source credits at the end of a paragraph: …다. 기사출처: 뉴스다오, … / 자료출처: 정책브리핑 URL.",
  cut(text, ctx) {
    if (!text.includes("출처")) return null;
    // URLs keep their length but lose their ":" so that `자료출처: 정책브리핑 https://…` reads as one credit.
    const trimmed = text.replace(/\s+$/, "").replace(/https?:\/\/\S+/g, (url) => url.replace(/:/g, "_"));
    const m = CREDIT_TAIL.exec(trimmed);
    if (!m || /다\.|요\./.test(m[1]!)) return null;
    const named = m[1]!.replace(/https?_?\/\/\S+|\(.*?\)/g, "").trim();
    // A photo's credit (`▲ … 출처=산업통상자원부`, a caption's `출처=`) names who took or gave the picture, not the story's publisher.
    const photo = /^\s*[▲△▶■]/.test(text) || /출처\s*=/.test(m[0]);
    if (isOutletName(named)) ctx.report({ publisher: { name: named, weight: /자료|참고/.test(m[0]) || photo ? 30 : 85 } });
    return m.index;
  },
};
