import type { CleanRule } from "../types.ts";

const SKIP = /^(?:(?:주\s*)?(?:메뉴|본문|내용|콘텐츠|컨텐츠|검색|하단|상단)\s*(?:으로|로)?\s*(?:건너\s*뛰기|바로\s*가기|이동)\s*)+$|^skip\s+to\s+(?:main\s+)?(?:content|navigation)$/i;

export const skipLink: CleanRule = {
  name: "skip-link",
  description: "Skip-navigation links at the top of a page dump: 메뉴 건너뛰기, 본문 바로가기, Skip to content.",
  scope: "head",
  match: (line) => line.text.length <= 40 && SKIP.test(line.text),
};
