import type { CleanRule } from "../types.ts";
import { isArticleUrl } from "../urls.ts";

const HEADER = /^(?:번호\s+)?제목\s+(?:글쓴이|작성자|기자|이름)\s+(?:날짜|작성일|등록일)(?:\s+조회(?:수)?)?$/;
const ENDS_WITH_DATE = /(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?|\d{2}[.\-/]\d{2}[.\-/]\d{2}|\d{1,2}[.\-/]\d{1,2}\s+\d{1,2}:\d{2})(?:\s+\d{1,2}:\d{2})?(?:\s+\d+)?$/;

/**
 * A site's list of other headlines under the article (`번호 제목 글쓴이 날짜` and rows
 * `29264 headline 랭크뉴스 2024.07.24`): each row ends with a date, often starts with a number.
 * None of its dates is the article's.
 */
export const newsList: CleanRule = {
  name: "news-list",
  description: "A site's news list under the article: 번호 제목 글쓴이 날짜 and rows of other headlines, each with a date.",
  scope: "tail",
  match: (line) => {
    if (HEADER.test(line.text)) return true;
    if (line.text.length > 200 || !ENDS_WITH_DATE.test(line.text)) return false;
    const before = line.text.replace(ENDS_WITH_DATE, "").trim();
    if (line.element.tagName === "p") return !/다\.\s*\S*$/.test(before);
    // In a list, only a row that is a link to another article and its date: a schedule (`착수 2024.10.07`) is the story's.
    return line.element.tagName === "li" && line.links.length === 1 && isArticleUrl(line.links[0]!.href) && before.endsWith(line.links[0]!.text.trim());
  },
};
