import type { CleanRule } from "../types.ts";

/**
 * A news portal's own notes around an outlet's article (Naver News, Daum News): how it files and
 * picks the outlet's stories, its recommend and comment boxes' notes, its reading tools. Every
 * article page of the portal carries them word for word; each names the portal's parts
 * (`해당 언론사`, `아웃링크`, `클린봇`, `타임톡`), which a story's sentence does not.
 */
const NOTE = new RegExp(
  [
    String.raw`^기사\s*섹션\s*분류\s*안내$`,
    String.raw`^이\s*기사는\s*언론사에서\s*[^.]{1,30}?\s*섹션으로\s*분류했습니다\.?$`,
    String.raw`^기사의\s*섹션\s*정보는\s*해당\s*언론사의\s*분류를\s*따르고\s*있습니다`,
    String.raw`^해당\s*언론사에서\s*선정하며`,
    String.raw`언론사\s*페이지\s*\(\s*아웃링크\s*\)\s*로\s*이동`,
    String.raw`^메인에서\s*바로\s*보는\s*언론사\s*편집\s*뉴스`,
    String.raw`^각\s*언론사의\s*기사\s*저작권은\s*해당\s*언론사에\s*있습니다`,
    String.raw`^(?:기사\s*)?(?:추천|공감)은\s*\d+\s*시간\s*내\s*\d+\s*회까지\s*참여할\s*수\s*있습니다\.?$`,
    String.raw`^클린봇이\s*악성\s*댓글을\s*감지(?:합니다|하여\s*숨겼습니다)\.?(?:\s*설정)?$`,
    String.raw`^BEST\s*댓글\s*운영\s*기준\s*안내$`,
    String.raw`^이\s*(?:기사|뉴스)를\s*추천합니다$`,
    // The comment box's sort options, with the portal's own (`순공감순`, `공감비율순`): `타임톡 | 순공감순 | 최신순 | 공감비율순`.
    String.raw`^(?=.*(?:순공감순|공감비율순))(?:타임톡|댓글|순공감순|최신순|공감비율순|과거순|[\s|·])+$`,
    String.raw`^타임톡(?:\s*(?:참여하기|\d+))?$`,
    // The portal's name closing its page.
    String.raw`^(?:NAVER|Daum|Kakao)(?:\s*Corp\.?)?$`,
    // The portal's notice on the reader's subscription to the outlet: `연합뉴스 언론사 구독 해지되었습니다.`
    String.raw`^\S{1,20}\s*언론사\s*구독(?:이)?\s*(?:해지)?되었습니다\.?$`,
    // The reading tools' own notes (a lone `본문 듣기` may be an item of a story's list of buttons).
    String.raw`^텍스트\s*음성\s*변환\s*서비스\s*사용하기$|^언론사\s*구독\s*설정$`,
    // The portal's note on its automatic summary: `기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.`, `전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.`
    String.raw`^기사\s*제목과\s*주요\s*문장을\s*기반으로\s*자동\s*요약한\s*결과입니다\.?$|^전체\s*맥락을\s*이해하기\s*위해서는\s*본문\s*보기를\s*권장합니다\.?$|^(?:요약\s*보기|자동\s*요약)$`,
  ].join("|"),
  "i",
);
/** A reporter's card's counts: `구독자 1,204`, `응원수 87`, `박현우 기자 구독자 3,551응원수 412`. */
const CARD_COUNTS = /^(?:[가-힣]{2,4}\s*기자\s*)?(?:구독\s*)?(?:(?:구독자|응원수|팔로워)\s*[\d,]+\s*){1,3}$/;

/** A blog's scrap credit, Naver's word for word: `[출처] 제목|작성자 무역하는곰`, `[출처] 제목 (블로그명) | 작성자 무역왕`. */
const SCRAP_CREDIT = /^\[출처\]\s*\S.{0,150}\|\s*작성자\s*[^|\s][^|]{0,29}$/;

/** A blog's scrap credit, wherever it stands: a post that scraps two stories has one under each. */
export const blogScrapCredit: CleanRule = {
  name: "blog-scrap-credit",
  description: "A blog's scrap credit under each story it copies, anywhere: [출처] 제목|작성자 무역하는곰, [출처] 제목 (블로그명) | 작성자 무역왕.",
  scope: "anywhere",
  match: (line) => line.text.length <= 200 && SCRAP_CREDIT.test(line.text),
};

export const portalChrome: CleanRule = {
  name: "portal-chrome",
  description: "A news portal's notes around an outlet's article: 이 기사는 언론사에서 경제 섹션으로 분류했습니다., 기사 섹션 분류 안내, 해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다., 클린봇이 악성댓글을 감지합니다., 타임톡, 텍스트 음성 변환 서비스 사용하기, a reporter card's 구독자 1,204 · 응원수 87, NAVER closing the page, a Naver blog's [출처] …|작성자 ….",
  scope: "edge",
  match: (line) => line.text.length <= 200 && (NOTE.test(line.text) || CARD_COUNTS.test(line.text)),
};
