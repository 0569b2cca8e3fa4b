import type { CleanRule } from "../types.ts";

const LABELLED = /^[*\-·]?\s*(?:기사\s*)?(?:작성|작성자|글쓴이|저자|필자|편집|취재|정리|글|기자)\s*[:：=]/;
const REPORTER = /^[\[(]?\s*(?:[가-힣]{2,4}\s*(?:·|,|\s)\s*)*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴|전문)?\s*(?:기자|특파원|논설위원|에디터|리포터|통신원)\s*[\])]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$/;
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export const byline: CleanRule = {
  name: "byline",
  description: "Bylines and e-mail signatures: 홍길동 기자 hong@…, 기사작성 : 관리자, 저자: …, an e-mail alone.",
  scope: "anywhere",
  match(line, ctx) {
    if (LABELLED.test(line.text)) return line.text.length <= (ctx.atEdge ? 120 : 60);
    return ctx.atEdge && line.text.length <= 120 && (REPORTER.test(line.text) || EMAIL_ONLY.test(line.text));
  },
};
