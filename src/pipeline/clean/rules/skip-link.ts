import type { CleanRule } from "../types.ts";

const SKIP = /^(?:(?:주\s*)?(?:메뉴|본문|내용|콘텐츠|컨텐츠|검색|하단|상단)\s*(?:으로|로)?\s*(?:건너\s*뛰기|바로\s*가기|이동)\s*)+$|^skip\s+to\s+(?:main\s+)?(?:content|navigation)$/i;
/** The banner over every government site (`이 누리집은 대한민국 공식 전자정부 누리집입니다.`), and its button `누리집 확인하기`. */
const GOV_BANNER = /^이\s*(?:누리집|홈페이지|사이트)은\s*대한민국\s*공식\s*전자\s*정부\s*(?:누리집|홈페이지)입니다\.?$|^(?:공식\s*)?누리집\s*확인\s*(?:하기|방법)$/;

export const skipLink: CleanRule = {
  name: "skip-link",
  description: "Skip-navigation links at the top of a page dump: 메뉴 건너뛰기, 본문 바로가기, Skip to content; a government site's banner: 이 누리집은 대한민국 공식 전자정부 누리집입니다.",
  scope: "head",
  match: (line) => line.text.length <= 40 && (SKIP.test(line.text) || GOV_BANNER.test(line.text)),
};
