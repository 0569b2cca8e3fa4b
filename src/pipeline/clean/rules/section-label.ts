import type { CleanRule } from "../types.ts";

/** `[참고 자료]`, `출처:`, `관련 링크`: the label of a list of credits or links, alone. */
const LABEL = /^[\[【<(]?\s*(?:참고\s*(?:자료|문헌|링크|사이트)|자료\s*출처|출처|원문|관련\s*(?:링크|자료|사이트)|링크)\s*[\]】>)]?\s*[:：]?$/;

/**
 * A section label with nothing of the article under it: what is left when the credits or links it
 * introduced were dropped as chrome (`[참고 자료]` over `기사 원문: <a>뉴스다오</a>`). Only at the
 * bottom: above the article's own text, such a label heads what follows.
 */
export const sectionLabel: CleanRule = {
  name: "section-label",
  description: "A credits or links label left with nothing under it at the bottom: [참고 자료], 출처:, 관련 링크.",
  scope: "tail",
  match: (line) => line.text.length <= 20 && LABEL.test(line.text),
};
