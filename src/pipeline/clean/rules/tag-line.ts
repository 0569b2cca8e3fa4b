import type { CleanRule, Line } from "../types.ts";

/** `관련 키워드`, `태그`, `Tags:`: the label of the site's tag list. */
const LABEL = /^(?:관련\s*)?(?:키워드|태그|tags?)\s*[:：]?$/i;
/** `#한필리핀FTA #자유무역협정`: a line of hashtags only, perhaps after its label (`태그 #베트남 #반도체`). */
const HASHTAGS = /^(?:(?:관련\s*)?(?:키워드|태그|tags?)\s*[:：]?\s*)?(?:#[^\s#]{1,30}\s*)+$/i;
/** `태그 : 제주에너지공사 베트남 해상풍력`: the label and the tags on one line (words, no sentence). */
const LABELLED = /^(?:관련\s*)?(?:키워드|태그|tags?)\s*[:：]\s*[^.!?]{1,150}$/i;

/** A row of the site's section or tag links, nothing but short links (`<a>세계</a> <a>경제</a>`), on top of chrome dropped under it. */
const linkRow = (line: Line): boolean => {
  const words = line.text.split(/\s+/).filter(Boolean);
  return line.links.length >= 1 && line.links.length <= 6 && words.length === line.links.length && line.links.every((link) => /^[가-힣A-Za-z·]{1,8}$/.test(link.text.trim())) && words.every((word, i) => word === line.links[i]!.text.trim());
};

/** The site's tags under an article: a label and lines of hashtags. */
export const tagLine: CleanRule = {
  name: "tag-line",
  description: "Tag lists at the bottom: 관련 키워드, 태그, #자유무역협정 #산업통상자원부, a row of short section links over other chrome (세계 경제).",
  scope: "tail",
  // The label with its tags on one line only on top of chrome below it (a paper's `키워드: …`, a glossary's `태그: …` may close a text).
  match: (line, ctx) => line.text.length <= 200 && (LABEL.test(line.text) || HASHTAGS.test(line.text) || ((LABELLED.test(line.text) || linkRow(line)) && (ctx.below?.length ?? 0) > 0)),
};
