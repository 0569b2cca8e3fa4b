import type { CleanRule } from "../types.ts";

const SKIP = /^(?:(?:주\s*)?(?:메뉴|본문|내용|콘텐츠|컨텐츠|검색|하단|상단)\s*(?:으로|로)?\s*(?:건너\s*뛰기|바로\s*가기|이동)\s*)+$|^skip\s+to\s+(?:main\s+)?(?:content|navigation)$/i;

/** A breadcrumb from the home page: `홈 > 동포 > 중앙아시아`, `HOME › 경제`. */
const BREADCRUMB = /^(?:홈|HOME|Home|메인|처음으로)\s*[>›»]\s*[^>›».!?]{1,20}(?:\s*[>›»]\s*[^>›».!?]{1,20}){0,4}$/;

export const skipLink: CleanRule = {
  name: "skip-link",
  description: "Skip-navigation links and a breadcrumb at the top: 메뉴 건너뛰기, 본문 바로가기, Skip to content, 홈 > 경제 > 통상.",
  scope: "head",
  match: (line) => line.text.length <= 40 && (SKIP.test(line.text) || BREADCRUMB.test(line.text)),
};
