import type { CleanRule } from "../types.ts";

/** `관련 키워드`, `태그`, `Tags:`: the label of the site's tag list. */
const LABEL = /^(?:관련\s*)?(?:키워드|태그|tags?)\s*[:：]?$/i;
/** `#한필리핀FTA #자유무역협정`: a line of hashtags only. */
const HASHTAGS = /^(?:#[^\s#]{1,30}\s*)+$/;
/** `태그 : 제주에너지공사 베트남 해상풍력`: the label and the tags on one line (words, no sentence). */
const LABELLED = /^(?:관련\s*)?(?:키워드|태그|tags?)\s*[:：]\s*[^.!?]{1,150}$/i;

/** The site's tags under an article: a label and lines of hashtags. */
export const tagLine: CleanRule = {
  name: "tag-line",
  description: "Tag lists at the bottom: 관련 키워드, 태그, #자유무역협정 #산업통상자원부.",
  scope: "tail",
  // The label with its tags on one line only on top of chrome below it (a paper's `키워드: …`, a glossary's `태그: …` may close a text).
  match: (line, ctx) => line.text.length <= 200 && (LABEL.test(line.text) || HASHTAGS.test(line.text) || (LABELLED.test(line.text) && (ctx.below?.length ?? 0) > 0)),
};
