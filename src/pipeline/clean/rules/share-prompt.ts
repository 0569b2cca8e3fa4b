import type { CleanRule } from "../types.ts";

const SHARE_WORDS = /^(?:공유(?:하기)?|페이스북|트위터|엑스|카카오톡?|카카오스토리|카톡|네이버\s*블로그|밴드|링크\s*복사|URL\s*복사|주소\s*복사|스크랩|인쇄(?:하기)?|글자\s*(?:크기|작게|크게)|기사\s*저장|좋아요|싫어요|구독(?:하기)?|기자\s*구독|댓글(?:\s*\d+)?|추천(?:\s*\d+)?|facebook|twitter|kakao|print|share|[\s,|·/+\-]|\d+)+$/i;
const SUBSCRIBE = /(?:구독|알림|팔로우)\s*(?:하기|신청|설정|버튼)|구독해\s*주세요|좋아요.{0,12}구독|구독.{0,12}좋아요/;
/** A request to the reader ("부탁드립니다.", "눌러 주세요."): a sentence that ends in 다. and still is a prompt. */
const REQUEST = /(?:부탁(?:드립|합)니다|부탁해요|바랍니다|주세요|주십시오)[.!~\s]*$/;

export const sharePrompt: CleanRule = {
  name: "share-prompt",
  description: "Share and subscribe prompts: 공유하기 페이스북 카카오톡, 구독하기, 좋아요와 구독 부탁드립니다.",
  scope: "edge",
  match: (line) =>
    line.text.length > 0 && line.text.length <= 80 && (SHARE_WORDS.test(line.text) || (SUBSCRIBE.test(line.text) && (!/다\.\s*$/.test(line.text) || REQUEST.test(line.text)))),
};
