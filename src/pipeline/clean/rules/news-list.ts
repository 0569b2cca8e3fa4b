import type { CleanRule, Line } from "../types.ts";
import { isArticleUrl } from "../urls.ts";

const HEADER = /^(?:번호\s+)?제목\s+(?:글쓴이|작성자|기자|이름)\s+(?:날짜|작성일|등록일)(?:\s+조회(?:수)?)?$/;
const ENDS_WITH_DATE = /(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?|\d{2}[.\-/]\d{2}[.\-/]\d{2}|\d{1,2}[.\-/]\d{1,2}\s+\d{1,2}:\d{2})(?:\s+\d{1,2}:\d{2})?(?:\s+\d+)?$/;

/** A label over the author's own list of sources: `참고 자료`, `참고 기사`, `References`. */
const REFERENCES = /^[\[【<(#*\s]*(?:참고\s*(?:자료|문헌|기사|링크)|인용\s*(?:자료|기사)|자료\s*출처|references?|sources?|bibliography)\s*[\]】>):：]*$/i;

export function isReferencesLabel(text: string): boolean {
  return REFERENCES.test(text);
}

/** Whether the rows above this one, up to their label, are the author's references. */
function undersReferences(above: Line[]): boolean {
  for (const line of above) {
    if (REFERENCES.test(line.text)) return true;
    if (!ENDS_WITH_DATE.test(line.text)) return false;
  }
  return false;
}

/**
 * A site's list of other headlines under the article (`번호 제목 글쓴이 날짜` and rows
 * `29264 headline 랭크뉴스 2024.07.24`): each row ends with a date, often starts with a number.
 * None of its dates is the article's.
 */
export const newsList: CleanRule = {
  name: "news-list",
  description: "A site's news list under the article: 번호 제목 글쓴이 날짜 and rows of other headlines, each with a date.",
  scope: "tail",
  match: (line, ctx) => {
    if (HEADER.test(line.text)) return true;
    if (undersReferences(ctx.above ?? [])) return false;
    if (line.text.length > 200 || !ENDS_WITH_DATE.test(line.text)) return false;
    const before = line.text.replace(ENDS_WITH_DATE, "").trim();
    if (line.element.tagName === "p") return !/다\.\s*\S*$/.test(before);
    // In a list, only a row that is a link to another article and its date: a schedule (`착수 2024.10.07`) is the story's.
    return line.element.tagName === "li" && line.links.length === 1 && isArticleUrl(line.links[0]!.href) && before.endsWith(line.links[0]!.text.trim());
  },
};
