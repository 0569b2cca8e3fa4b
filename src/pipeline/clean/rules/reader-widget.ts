import { introducesBelow, isHeading } from "../lines.ts";
import type { CleanRule, Line } from "../types.ts";
import { isKnownOutlet, namesAnOutlet } from "./outlet-line.ts";
import { hasPlainSentence } from "../saved-page.ts";

/** Reaction buttons and their counts: `좋아요 슬퍼요 화나요 후속기사 원해요 0`, `댓글3 추천해요0 스크랩0`, a portal's `쏠쏠정보2 흥미진진1`. */
const REACTIONS = /^(?:후속\s*기사\s*원해요(?=\s*\d|$)|(?:댓글|스크랩)(?=\d)|좋아요|싫어요|슬퍼요|화나요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|유익해요|흥미로워요|공감해요|재밌어요|놀라워요|훌륭해요|훈훈해요|응원해요|추천해요|추천|최고예요|감동이에요|기뻐요|궁금해요|후속\s*(?:기사\s*)?(?:원해요|요청)|기사\s*추천|응원글\s*보기|원고료로\s*응원하기|\d+\s*개?|[\s,|·])+$/;
/** Paying the writer: `좋은 기사 원고료로 응원하세요` (after a question: `이 기사가 마음에 드시나요? …`), its button `원고료로 응원하기`, `원고료총액 : 0원`. */
const SUPPORT = /^(?:[^.?!]{2,30}\?\s*)?(?:좋은\s*기사\s*)?원고료로\s*응원(?:하세요|해\s*주세요|하기)|^원고료\s*총액\s*[:：]?\s*[\d,]+\s*원$|^좋은\s*기사\s*원고료\s*\(?\s*[\d,]+\s*원\s*~?\s*\)?$/;
/** The site asking the reader about the article: `이 기사를 추천합니다`, `이 기사 어떠셨나요?`, `이 기사가 마음에 들었다면, 좋아요를 눌러주세요.` */
const FEEDBACK = /^(?:이\s*)?(?:기사|뉴스)(?:가|를|에|는)?\s*(?:어떠셨나요|어땠나요|(?:에\s*대해\s*)?어떻게\s*생각하(?:시나요|세요)\??|어떻게\s*생각하십니까|좋으셨다면|마음에\s*(?:드셨나요|드셨다면|들었다면)|유익했다면|추천(?:합니다|하기)?|후원(?:합니다|하기)|에?\s*대한\s*(?:의견|댓글|생각))/;
/** `이 영상 어떠셨나요?`, `이 정보가 도움이 되셨나요?`: a page's own question, on a line of its own (not a list of survey wordings). */
const ASKS = /^이\s*(?:영상|정보|뉴스|콘텐츠|페이지)(?:가|는|이)?\s*(?:어떠셨나요|도움이\s*(?:되셨나요|되었나요|됐나요))\??$/;
/** A page's survey: `이 페이지에서 제공하는 정보에 대하여 만족하십니까?`, `이 게시물에 대한 정보 만족도는?`, its label `콘텐츠 만족도`, its scale `만족도 평가 5점 4점 3점 2점 1점`. */
const SURVEY_QUESTION = /^이\s*(?:페이지|게시물)(?:에서\s*제공하는|의|에\s*대한)\s*정보(?:에|의)?\s*(?:대하여\s*|대해\s*)?(?:어느\s*정도\s*)?(?:만족하십니까|만족하셨습니까|만족도는)\??$|^(?:콘텐츠|정보|페이지)\s*만족도(?:\s*(?:조사|평가))?$|^(?:만족도\s*평가\s*)?(?:[1-5]\s*점\s*){3,5}$/;
/** A satisfaction survey's option: `매우 만족`, `보통`, `불만족`. */
const SURVEY_OPTION = String.raw`(?:매우\s*)?(?:만족|불만족)|보통`;
/** One of a satisfaction survey's options, or its button, a line each: `매우 만족` / `만족` / `보통` / … / `평가하기`. */
const SURVEY_PART = new RegExp(String.raw`^(?:${SURVEY_OPTION}|평가\s*하기)$`);
/** A satisfaction survey's options on one line: `매우만족 만족 보통 불만족 매우불만족`. */
const SURVEY = new RegExp(String.raw`^(?:${SURVEY_OPTION})(?:\s+(?:${SURVEY_OPTION}|평가하기))+$`);
/** A donation box: its call (`뉴스프리존을 후원해 주세요`), account (`후원계좌 : 농협 …`) and button (`후원하기`). */
/** A donation box's own button: `정기후원`, `일시후원하기`. */
const DONATE_BUTTON = String.raw`(?:정기|일시)\s*후원(?:하기)?`;
const DONATE = new RegExp(String.raw`^[\p{L}\p{N}]{2,15}(?:을|를)\s*후원해\s*주세요[.!]?$|^후원\s*(?:계좌|하기)\s*(?:[:：].{1,60})?$|^(?:${DONATE_BUTTON}\s*)+$`, "u");
/** Its buttons side by side (`정기후원 일시후원`), which close a page on their own. */
const DONATE_BUTTONS = new RegExp(String.raw`^(?:${DONATE_BUTTON}\s+)+${DONATE_BUTTON}$`);
/**
 * The outlet's own donation button and pitch: `프레시안 후원하기`, `프레시안은 … 독자 여러분의 후원으로 만들어집니다. 매달 1만 원,
 * 프레시안 조합원이 되어 주세요.`, `시사IN은 독자의 구독료로 만들어집니다.`
 */
const OUTLET_DONATE = /^([\p{L}\p{N}]{2,15})\s*(?:정기\s*)?후원\s*(?:하기|하러\s*가기)$|^([\p{L}\p{N}]{2,15})(?:은|는)\s[^.]{0,60}(?:후원|후원금|구독료|회비)(?:으로|로)\s*(?:만들어(?:집니다|지는|갑니다)|운영됩니다)[^]{0,80}$/u;
/** The pitch is the outlet's own voice, polite (`…만들어집니다.`), not a story's plain sentence about it (`…만들어지는 시민 언론이다.`). */
const outletDonate = (text: string): RegExpExecArray | null => (hasPlainSentence(text) ? null : OUTLET_DONATE.exec(text));
/** The newer wordings (응원해주세요, 구독료로 …, 회비로 …, 운영됩니다) only for an outlet sillok knows (a channel's `충주시TV를 응원해주세요!` is a blogger's). */
const OLD_WORDING = /후원해\s*주세요|후원\s*하기$|후원으로\s*만들어(?:집니다|지는)/;
/** A donation box in one line, ending in its button: `북한 주민에게 정보를, 세계에 북한의 진실을. 후원하기`, `X를 후원해 주세요. … 독립 언론입니다. 후원하기`. */
const DONATE_BOX = /[.!]\s*(?:정기\s*)?후원\s*하기\s*[>›»]?$/u;
/** A box's sentences, then its button; not a step of a list, nor a line of labels or numbers (`도움 주실 분: 농협 351-… 후원하기`). */
const donationBox = (line: Line): boolean => line.element.tagName !== "li" && DONATE_BOX.test(line.text) && !/[:：]|\d{2,}[-–]\d{2,}|→/.test(line.text);
/**
 * A payment box's parts, over its donate button (`프레시안 후원하기`): `이 기사의 구독료를 내고 싶습니다.`, `+1,000원 추가 …`,
 * `매번 결제가 번거롭다면 CMS 정기후원하기`, `10,000` / `원`, `카드 결제 계좌이체`, `…결제가 원활히 진행되지 않을 수 있습니다.`, `… 계좌이체도 가능합니다.`
 */
const PAYMENT = /구독료를\s*내고\s*싶(?:습니다|어요)|[+-]\s*[\d,]+\s*원\s*추가|^[\d,]+$|^원$|결제가\s*번거롭다면|결제가\s*원활히\s*진행되지|\d{2,6}-\d{2,6}-\d{2,8}\s*\[?\s*예금주/;
/** The box's buttons, short and unquoted: `카드 결제 계좌이체`, `정기후원 일시후원`. */
const PAYMENT_BUTTONS = new RegExp(String.raw`^(?:(?:카드\s*)?결제|계좌\s*이체|${DONATE_BUTTON}|간편\s*결제|휴대폰\s*결제|[\s·|])+$`);
const isDonateButton = (text: string): boolean => {
  const own = OUTLET_DONATE.exec(text)?.[1]; // `프레시안 후원하기`
  return DONATE.test(text) || DONATE_BOX.test(text) || (own !== undefined && namesAnOutlet(own));
};
/** In the scan from the bottom, within a dozen lines over the donate button, a payment box's line (never a story's plain sentence). */
const inPaymentBox = (text: string, below: Line[] | undefined): boolean =>
  below !== undefined &&
  text.length <= 100 &&
  (PAYMENT.test(text) || (text.length <= 20 && PAYMENT_BUTTONS.test(text))) &&
  !/["“”‘’']/.test(text) &&
  !hasPlainSentence(text) &&
  below.slice(0, 12).some((line) => isDonateButton(line.text)) &&
  below.slice(0, 12).every((line) => line.text.length <= 100);
/** The outlet's own call for donations, which may close the page: `경남도민일보를 후원해 주세요`, a known outlet's `미디어오늘을 응원해주세요` (and OUTLET_DONATE's). */
const DONATE_CALL = /^([\p{L}\p{N}]{2,15})(?:을|를)\s*(?:후원|응원)해\s*주세요[.!]?$/u;
/** A commenter and the time of the comment (`캐나다드림  2025. 11. 21. 08:12`, `└ 무역하는곰 2025.11.21 10:05`). */
const COMMENTER = /^(?:└\s*|ㄴ\s*)?[^\s]{2,15}\s+\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?\s+\d{1,2}:\d{2}$/;
/** A comment box's rules: `※ 비방, 욕설, 광고성 글은 통보 없이 삭제될 수 있습니다.` */
const COMMENT_RULES = /^[※*]?\s*(?:비방|욕설|광고성?\s*글|음란물?)(?:\s*[,·]\s*(?:비방|욕설|광고성?\s*글|음란물?|명예\s*훼손))+[^.]{0,30}(?:삭제|제재|제한)될\s*수\s*있습니다\.?$/;
/** The comment box: `댓글쓰기`, `댓글 3개`, `100자평`, `삭제기준`. */
const COMMENTS = /^(?:댓글을?\s*작성하려면\s*로그인이\s*필요합니다\.?|댓글은\s*로그인\s*후\s*작성할\s*수\s*있습니다\.?|전체\s*댓글(?:\s*\d+\s*개)?\s*보기|이\s*기사에\s*대한\s*첫\s*댓글을\s*남겨\s*주세요\.?|(?:댓글|답글)(?:\s*(?:쓰기|달기|보기|\d+\s*개?))?|당신의\s*생각을\s*댓글로\s*남겨\s*주세요|(?:[A-Za-z가-힣]{1,10}\s*)?로그인\s*후\s*(?:이용|댓글을?\s*작성)해\s*주세요\.?|로그인\s*후\s*이용\s*(?:가능합니다|하실\s*수\s*있습니다)\.?(?:\s*댓글\s*(?:입력|쓰기))?|내\s*댓글(?:\s*모음)?|순공감순|공감비율순|공감순|과거순|타임톡(?:\s*\d+)?|댓글\s*정렬\s*옵션\s*선택|\d+\s*\/\s*\d{3}|등록|댓글\s*정렬|최신순|추천순|답글순|표시할\s*댓글이\s*없습니다|\d*\s*개의\s*댓글|(?:독자\s*)?의견\s*(?:쓰기|남기기|등록|\d+)|댓글\s*입력|로그인하고\s*(?:댓글|의견)을?\s*남겨\s*보세요\.?|(?:이\s*기사에\s*대한\s*)?독자\s*의견\s*\(\s*\d+\s*개?\s*\)|\d{2,3}자평|도움말|삭제\s*기준|로그인\s*후\s*(?:댓글|의견)[^.]{0,20})$/;

/** How long a commenter's name or a comment in a thread with no times may be. */
const THREAD_LINE_MAX = 60;
/**
 * Whether a line is in a comment thread that closes the page under its count (`댓글 2` / `초원사랑` /
 * `멋지네요!` / `중앙아통신원` / `감사합니다 ^^`): the count's comments, a name and a comment each,
 * are all the lines under it, and all are short.
 */
function countedThread(text: string, above: Line[], below: Line[]): boolean {
  const at = above.findIndex((line) => /^댓글\s*\d{1,2}$/.test(line.text));
  if (at === -1) return false;
  const count = Number(/\d+/.exec(above[at]!.text)![0]);
  const thread = [...above.slice(0, at), { text }, ...below];
  return count > 0 && thread.length === 2 * count && thread.every((line) => line.text.length <= THREAD_LINE_MAX && !/(?:다|요)\.$/.test(line.text));
}

const isWidget = (text: string): boolean => REACTIONS.test(text) || FEEDBACK.test(text) || COMMENTS.test(text) || SUPPORT.test(text);
/**
 * Parts of a page's boxes that a story may also quote or show (a survey's scale, a comment box's
 * rules, a donation account, `의견 보내기`, a survey's `평가하기`): only in the scan from the bottom, on top of chrome
 * already dropped under them.
 */
const BOXED = /^이름\s+비밀번호\s+(?:의견|댓글)\s*(?:쓰기|등록)$|^의견\s*(?:보내기|제출)$|^평가\s*하기$/;
/** Widgets side by side (`이 기사를 후원합니다 | 독자의견 0`): one asks or counts; a row of labels alone may be a menu a story shows (`최신순 | 추천순 | 답글순`). */
const widgetRow = (text: string): boolean => {
  const parts = text.split(/\s+[|ㅣ]\s+/);
  return parts.length > 1 && parts.every(isWidget) && parts.some((part) => /\d/.test(part) || FEEDBACK.test(part) || SUPPORT.test(part));
};

/** The reader widgets under an article: reactions, "did you like it?", the comment box. */
export const readerWidget: CleanRule = {
  name: "reader-widget",
  description: "Reader widgets at the edge: 좋아요 슬퍼요 화나요 후속기사 원해요, 이 기사를 추천합니다, 이 기사 어떠셨나요?, 댓글쓰기, 100자평.",
  scope: "edge",
  match: (line, ctx) => {
    const text = line.text;
    // The comment box's count as a heading, on top of its button (`## 전체댓글 0` over `등록`), and a payment box, headed or not.
    if (isHeading(line.element) && /^전체\s*댓글\s*\d+$/.test(text) && (ctx.below?.length ?? 0) > 0) return true;
    if (inPaymentBox(text, ctx.below)) return true;
    // The box's own pitch may be its heading (`## 뉴스타파는 … 회원들의 후원으로 만들어집니다.`), over its button.
    const pitch = isHeading(line.element) ? outletDonate(text) : null;
    if (pitch && isKnownOutlet((pitch[1] ?? pitch[2])!) && (ctx.below ?? []).slice(0, 4).some((below) => isDonateButton(below.text))) return true;
    if (text.length > 80 || (isHeading(line.element) && !ctx.wholePage)) return false; // a post's heading is its own (`## 의견 1`), a page's may be a box's
    if (isWidget(text) || widgetRow(text) || (line.element.tagName !== "li" && ASKS.test(text))) return true;
    const onChrome = (ctx.below?.length ?? 0) > 0;
    if (ctx.below !== undefined && DONATE_BUTTONS.test(text)) return true;
    if (onChrome && (SURVEY.test(text) || SURVEY_QUESTION.test(text) || COMMENT_RULES.test(text) || BOXED.test(text) || DONATE.test(text))) return true;
    // A comment thread under its `댓글 2` label: each commenter with the time (`캐나다드림  2025. 11. 21. 08:12`, a reply's `└ …`), and the comment under it.
    const inThread = onChrome && (ctx.above ?? []).some((above) => /^댓글\s*\d*$/.test(above.text));
    if (inThread && (COMMENTER.test(text) || (text.length <= 120 && COMMENTER.test(ctx.above?.[0]?.text ?? "")))) return true;
    // A thread with no times, closing the page: under `댓글 2`, its two commenters and their comments, short lines each, and nothing else.
    if (ctx.below !== undefined && countedThread(text, ctx.above ?? [], ctx.below)) return true;
    // A survey read a line at a time: an option or the button beside another of its parts (under it, or the question or an option over it).
    const nextTo = [ctx.below?.[0], ctx.above?.[0]].filter((other) => other !== undefined);
    if (ctx.below !== undefined && SURVEY_PART.test(text) && nextTo.some((other) => SURVEY_PART.test(other.text) || SURVEY_QUESTION.test(other.text) || SURVEY.test(other.text))) return true;
    // The box's pitch between its call and its button: `…독자 여러분의 후원으로 만들어집니다.` over `…진실을. 후원하기`.
    const under = ctx.below?.[0];
    if (under !== undefined && text.length <= 100 && /후원/.test(text) && !hasPlainSentence(text) && isDonateButton(under.text)) return true;
    // A donation box's sentences and button may close the page.
    if (ctx.below !== undefined && donationBox(line)) return true;
    // The last line: a comment box's rules right under its inputs; an outlet's own call for donations.
    if (ctx.below !== undefined && COMMENT_RULES.test(text) && (ctx.above ?? []).slice(0, 1).some((above) => COMMENTS.test(above.text) || BOXED.test(above.text))) return true;
    const call = DONATE_CALL.exec(text) ?? outletDonate(text);
    if (ctx.below === undefined || call === null || introducesBelow(ctx.above?.[0]?.text ?? "")) return false;
    const name = (call[1] ?? call[2])!;
    return OLD_WORDING.test(text) ? namesAnOutlet(name) : isKnownOutlet(name);
  },
};
