import { isHeading } from "../lines.ts";
import type { CleanRule, RuleContext } from "../types.ts";
import { namesAnOutlet } from "./outlet-line.ts";
import { BROADCASTER } from "./tip-line.ts";

const SHARE_WORDS = /^(?:공유(?:하기)?|페이스북|X\(트위터\)|트위터\(X\)|트위터|엑스|카카오톡?|카카오스토리|카톡|네이버(?:\s*(?:블로그|밴드))?|밴드|텔레그램|라인|왓츠앱|링크\s*복사|URL\s*복사|주소\s*복사|스크랩|인쇄(?:하기)?|글(?:자|씨)\s*(?:크기|작게|크게)(?:\s*(?:조절|조정|변경|확대|축소)(?:하기)?)?|크게|작게|폰트\s*(?:크기|작게|크게|키우기|줄이기)|이?메일\s*보내기|기사\s*저장|북마크|해당\s*기사를\s*북마크했습니다\.?|기사\s*본문\s*(?:텍스트|글자)\s*크기\s*조절|(?:오탈자|기사\s*오류|오류)\s*신고(?:하기)?|(?:기사|오디오|음성)\s*듣기|기사를\s*읽어\s*드립니다|지면\s*보기|bookmark|(?:font|text)\s*size|listen(?:\s*to\s*this\s*article)?|좋아요|싫어요|공감(?:\s*\d+)?|구독(?:하기)?|이웃\s*추가|신고(?:하기)?|본문\s*기타\s*기능|맨\s*위로|(?:이\s*)?블로그(?:\s*홈)?|카테고리\s*이동|previous|next|기자\s*구독|댓글(?:\s*\d+)?|추천(?:\s*\d+)?|이메일|\S{1,10}\(으\)로\s*기사\s*보내기|기사\s*보내기|기사|프린트|뉴스\s*듣기|게시글\s*관리|전체\s*글\s*보기|PC\s*버전(?:으로)?\s*보기|모바일\s*(?:버전|웹)(?:으로)?\s*보기|공감한\s*사람\s*보러\s*가기|이\s*글에\s*공감한\s*블로거(?:\s*열고\s*닫기)?|(?:동영상\s*)?재생|URL|엑스\(트위터\)|설정|copy\s*link|linkedin|a|가|\d{1,2}:\d{2}|facebook|twitter|telegram|line|whatsapp|kakao|print|share|광고|AD|advertisement|sponsored|[\s,|·/+\-ㅡ＋－\[\]]|\d+)+$/i;
/** A portal's reading tools, buttons only among other buttons of its toolbar (`댓글 21 본문 요약봇 본문 듣기 글자 크기 변경하기 SNS 보내기 인쇄하기`); alone, `본문 듣기` may be an item of a story's list. */
const READING_TOOLS = /본문\s*(?:듣기|요약봇)|요약봇|음성으로\s*듣기|SNS\s*보내기|번역\s*설정/g;
const amongTools = (text: string): boolean => {
  const rest = text.replace(READING_TOOLS, " ").trim();
  return rest !== text.trim() && (rest.match(/[가-힣A-Za-z]{2,}/g) ?? []).length >= 2 && SHARE_WORDS.test(rest);
};
/** X (the site once Twitter) among other share buttons, in a capital (`페이스북 X 카카오톡 링크복사 인쇄`; not `a | x`): read as 엑스. */
const withX = (text: string): string => (/페이스북|트위터|카카오|네이버|밴드|텔레그램|링크\s*복사|facebook|kakao/i.test(text) ? text.replace(/(?<![A-Za-z])X(?![A-Za-z])/g, "엑스") : text);
/** A video player's button: `▶ 동영상 재생 01:58`. */
const PLAY = /^[▶►]\s*동영상\s*재생(?:\s*\d{1,2}:\d{2})?$|^[▶►]\s*재생\s*\d{1,2}:\d{2}$/;
/** An audio player's parts: its clock (`0:00 0:03:12 0:00`, `0:00 / 0:00`), its bitrates (`64 Kbps`), `팝업 플레이어`, the browser's note in its place. */
const PLAYER = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*\/?\s*){2,}$|^\d{2,3}\s*kbps$|^팝업\s*플레이어$|^Your\s+browser\s+does\s+not\s+support\s+the\s+(?:audio|video)\s+(?:element|tag)\.?$/i;
/** A row of bracketed buttons with an arrow, each after a few words: `네이버에서 이데일리 [구독하기▶]`, `꿀잼가득 [영상보기▶] , 청춘뉘우스~ [스냅타임▶]`. */
const ARROW_BUTTONS = /^(?:[^\[\].!?]{0,20}\[[^\[\]]{1,12}[▶►]\]\s*,?\s*)+$/;
/** The outlet's note that the story is on its site too: `이 기사는 광주일보 홈페이지(www.kwangju.co.kr)에서도 볼 수 있습니다.` */
const ALSO_ON_SITE = /^이\s*기사는\s*(\S{2,15})\s*(?:홈페이지|누리집|웹사이트)(?:\s*\([^)]{3,40}\))?에서도\s*(?:보실|볼)\s*수\s*있습니다\.?$/;
/** The outlet's pitch of its subscription's gifts: `매일경제 구독하고 혜택 받으세요`. */
const BENEFITS = /^(\S{2,15})\s*구독하고\s*(?:혜택|선물|경품|이벤트)[^.]{0,20}?(?:받으세요|받아\s*가세요|누리세요|챙기세요)!?$/;
/** A font button alone on its line (`글씨 키우기`, the pair `가-가+`; `설정 / 글씨 키우기` is a how-to's step). */
/** The font buttons' pair: `가-가+`, `가+가-`. */
export const FONT_PAIR = String.raw`가\s*[-−]\s*가\s*\+|가\s*\+\s*가\s*[-−]`;
const FONT_BUTTON = new RegExp(String.raw`^(?:본문\s*)?글(?:자|씨)\s*(?:키우기|줄이기)$|^(?:${FONT_PAIR})$`);
const FONT_BUTTONS = /(?:본문\s*)?(?:글(?:자|씨)|폰트)\s*(?:크기\s*)?(?:키우기|줄이기|크게|작게|확대|축소)/g;
/** Font buttons in a toolbar with two other buttons or more: `프린트 스크랩 글씨키우기 글씨줄이기 메일보내기`. */
const inToolbar = (text: string): boolean => {
  if (text.includes("·")) return false; // a caption's list of the buttons (`인쇄 · 글씨 키우기 · 메일`), not the saved toolbar
  const rest = text.replace(FONT_BUTTONS, " ").trim();
  // Beside the font buttons, a toolbar's other buttons: `메일`, `복사하기`, `바로가기` count too.
  return rest !== text && (rest.match(/[가-힣A-Za-z]{2,}/g) ?? []).length >= 2 && SHARE_WORDS.test(rest.replace(/메일(?!\s*보내기)|복사하기|바로\s*가기/g, " ").trim() || "공유");
};
/** `📢 텔레그램 채널: t.me/…`, `텔레그램 채널 @handle`, `네이버 블로그에서도 만나요 → 이웃추가 하기`, `네이버에서 서울신문 구독하기 클릭!`. */
const CHANNEL = /(?:텔레그램|카카오톡|카톡|네이버|블로그|유튜브|인스타그램|페이스북|스레드|X\(트위터\))[^.]{0,40}(?:이웃\s*추가|채널\s*(?:추가|참여하기)|친구\s*추가|구독|팔로우|t\.me\/|만나요)|^(?:[^\p{L}\p{N}]*)(?:텔레그램|카카오톡|인스타그램|유튜브)\s*(?:채널)?\s*[:：]?\s*@[\w.-]{3,}(?:\s*[—–-]\s*[^.]{0,40})?$/iu;
/** A channel named first, for its news: `중부일보 카카오톡 채널을 추가하시면 경기 주요 뉴스를 … 받아보실 수 있습니다.`; the rule takes it only when the name is a known outlet's (not `시민들은 구청 카카오톡 채널을 …`, an apartment's or a district's). */
const OWN_CHANNEL = /^([\p{L}\p{N}]{2,15})\s+(?:카카오톡|텔레그램|유튜브|네이버|인스타그램)\s*채널(?:을|에서|에)?\s*(?:추가|구독|참여|방문)(?:하시면|하면|하고)\s[^.]{0,40}(?:뉴스|기사)(?:를|을)?\s[^.]{0,20}(?:(?:받아\s*보실|만나실|보실)\s*수\s*있습니다\.?|받아\s*보세요[.!]?)$/u;
/** `매일경제 구독`, `중앙일보 구독하기`, `카카오톡 채널 추가하기`, `채널 추가하기`, `한겨레와 친구하기`. */
const FOLLOW = /^[가-힣A-Za-z0-9]{0,14}\s*(?:구독(?:하기)?|채널\s*추가(?:하기)?|친구\s*추가(?:하기)?|(?:와|과)\s*친구\s*하기)$/;
const SUBSCRIBE = /(?:구독|알림|팔로우)\s*(?:하기|신청|설정|버튼)|구독해\s*주세요|구독하세요|좋아요.{0,12}구독|구독.{0,12}좋아요/;
/** The outlet's pitch for its subscription: `경향신문을 구독하시면 매일 아침 주요 뉴스를 이메일로 받아보실 수 있습니다.` */
const SUBSCRIBE_PITCH = /^([\p{L}\p{N}]{2,15})(?:을|를)\s*구독하시면\s[^.]{0,60}(?:받아\s*보실|보실|만나실)\s*수\s*있습니다\.?$/u;
/** An English site's newsletter: `Subscribe to The Korea Herald newsletters`. */
const NEWSLETTER = /^(?:Subscribe|Sign\s+up)\s+(?:to|for)\s+(?:our\s+|the\s+)?[\w'’ .&-]{0,40}newsletters?[.!]?$/i;
/** A paywall's call under its teaser: `지금 구독하고 전체 기사 보기`, `로그인하고 이어 보기`. */
const PAYWALL = /^(?:지금\s*)?(?:구독|가입|로그인)(?:하고|하시고|하면|하시면)\s*(?:전체\s*)?(?:기사|콘텐츠|내용|이야기)?(?:를|을)?\s*(?:전체\s*)?(?:보기|보세요|확인하세요|읽기|읽어\s*보세요|이어\s*보기|계속\s*읽기)[.!]?$/;
/** A paywall's label over its teaser: `The JoongAng Plus 더중앙플러스 전용 콘텐츠`, `프리미엄 콘텐츠`, `구독자 전용 기사`. */
const PREMIUM = /^[\p{L}\p{N} ]{0,40}(?:전용|유료|프리미엄|멤버십|구독자)\s*(?:콘텐츠|기사)$/u;
/** `이 기사를 공유하세요`, `이 기사 공유하기`. */
const SHARE_THIS = /^(?:이\s*)?기사(?:를)?\s*공유(?:하기|하세요|합니다|해\s*(?:주세요|보세요))[.!]?$|^다른\s*공유\s*찾기$/;
/** `인포맥스 단말기에서 더 많은 기사를 보실 수 있습니다.`: where else to read the site. */
const MORE_NEWS = /(?:더\s*많은|다양한|다른)\s*(?:기사|뉴스|소식)(?:를|을|은|도)?\s*(?:보실|확인하실|만나실|받아\s*보실)\s*수\s*있습니다\.?$/;
/** A request to the reader ("부탁드립니다.", "눌러 주세요."): a sentence that ends in 다. and still is a prompt. */
const REQUEST = /(?:부탁(?:드립|합)니다|부탁해요|바랍니다|주세요|주십시오)[.!~\s]*$|(?:누르|클릭하|하)(?:시)?면.{0,40}(?:받아\s*보|보실\s*수)/;

/** X (formerly Twitter) among the share buttons, set off by a bar or a dot: `프린트 | 카카오톡 | 페이스북 | X | URL 복사`; never alone, between numbers, or in `네이버 x 라인`. */
const X_BUTTON = /(?<=^|[|·/]\s*)[xX](?=\s*(?:$|[|·/]))/g;
const amongShareWords = (text: string): boolean => {
  const rest = text.replace(X_BUTTON, " ");
  return rest !== text && /\p{L}{2,}/u.test(rest) && SHARE_WORDS.test(rest.trim());
};

/** `< KTV 국민방송 케이블방송, 위성방송 ch.164, KTV 유튜브, 네이버TV에서도 보실 수 있습니다 >`: where else to watch the broadcaster, set off in angle brackets (not `‹ 이번 공연은 … 에서도 보실 수 있습니다 >`). */
const WATCH_ELSEWHERE = /^[<〈《‹]\s*(\S+)[^<>〈〉《》]{5,120}에서도\s*(?:보실|시청하실|만나실|들으실)\s*수\s*있습니다\.?\s*[>〉》›]$/;

/** WordPress's share and like widgets (Jetpack): `Share this:`, `Click to share on X (Opens in new window)`, `Like Loading...`. */
const WIDGET = /^(?:Share\s+this|Like\s+this|Rate\s+this)\s*:$|^Click\s+to\s+(?:share\s+on|email\s+a\s+link\s+to\s+a\s+friend|print)\b.{0,40}\(Opens\s+in\s+new\s+window\)$|^Like\s+Loading(?:\.{3}|…)$/i;

/** A blogger's ask, if the post helped: `이 블로그가 도움이 되셨다면 ☕ 커피 한 잔 후원하기`, `글이 유익하셨다면 공감 꾹 눌러 주세요`. */
const IF_IT_HELPED = /^(?:이\s*)?(?:글|포스팅|포스트|블로그|콘텐츠|정보)?(?:이|가)?\s*(?:도움이\s*(?:되셨다면|되었다면|됐다면|되셨으면)|유익하셨다면|마음에\s*드셨다면)[^.]{0,30}(?:후원|커피|구독|좋아요|공감|응원|하트)/;

const LONE_BUTTON = /^(?:목록|복사하기|바로\s*가기|닫기|다운로드|앱\s*(?:설치|다운로드|다운\s*받기)(?:하기)?)$/;
/** The outlet asking the reader to install its app: `조선일보 앱을 설치하고 더 많은 기사를 무료로 읽어보세요`, `매일경제 앱 다운로드`. */
const APP_PITCH = /^([가-힣A-Za-z0-9]{2,15}?)\s*(?:뉴스\s*)?앱(?:을|에서|으로)?\s*(?:설치|다운로드|다운\s*받|내려\s*받)/;
const isAppPitch = (text: string): boolean => text.length <= 80 && namesAnOutlet(APP_PITCH.exec(text)?.[1] ?? "") && !/(?<!니)다\.\s*$/.test(text);
/** A board's buttons in a row: `목록 이전글 다음글`, `목록 맨위로`. */
const BOARD_BUTTONS = /^(?:목록|이전\s*글|다음\s*글|맨\s*위로|TOP)(?:\s*[|·]?\s*(?:목록|이전\s*글|다음\s*글|맨\s*위로|TOP))+$/i;
/** The outlet's notice inviting the reader to its app, newsletter or channel: `[알림] 뉴시스 앱을 설치하시면 …`, `<공지> 카카오톡 채널을 추가하고 …` (not a correction notice: `[알림] … 바로잡습니다`). */
const NOTICE_PROMO = /^[\[<【〈(]\s*(?:알림|공지)\s*[\]>】〉)](?!.*(?:정정|바로\s*잡|반론|사과드|오보))(?=.{0,120}?(?:뉴스|기사|소식))[^.]{0,120}?(?:앱|어플|애플리케이션|뉴스레터|구독|채널|친구\s*추가|알림\s*(?:설정|받기|신청)|설치|회원\s*가입)[^.]*\.?$/;
/** A page's pager: `다음 페이지`, `< 이전 페이지`, `1/2` beside them, `< 1 2 3 >`, `이전 1 2 3 4 다음`. */
const PAGER_WORD = String.raw`(?:[<>‹›«»◀▶]|처음|이전|다음|마지막|맨\s*앞|맨\s*뒤)`;
const PAGE_LINK = /^(?:[<‹«◀]\s*)?(?:이전|다음)\s*페이지(?:\s*[>›»▶])?$/;
const PAGE_NUMBERS = new RegExp(String.raw`^(?:${PAGER_WORD}\s*)*((?:\d{1,3}\s+)+\d{1,3})(?:\s*${PAGER_WORD})*$`);
/** Page numbers are a run (`1 2 3`, `4 5 6`), and `1/2` is a page of as many or more beside a pager's link (a fraction alone is a story's: `2/3`). */
function pager(text: string, ctx: RuleContext): boolean {
  if (PAGE_LINK.test(text)) return true;
  const counter = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(text);
  if (counter) return Number(counter[1]) >= 1 && Number(counter[1]) <= Number(counter[2]) && Number(counter[2]) > 1 && [ctx.above?.[0], ctx.below?.[0]].some((line) => line !== undefined && PAGE_LINK.test(line.text));
  const run = PAGE_NUMBERS.exec(text)?.[1]?.split(/\s+/).map(Number);
  return run !== undefined && run.every((n, i) => i === 0 || n === run[i - 1]! + 1);
}
/** The text above introduces what follows: `아래 버튼`, `다음과 같은 목록`. */
const POINTS_DOWN = /아래(?:의|와)?\s*(?:버튼|목록|메뉴|문구|항목|단추|아이콘)|다음과\s*같(?:은|이|다|습니다)|순서(?:다|입니다)[.:]?\s*$|이렇다[.:]?\s*$|[:：]\s*$/;
/** Buttons have names, or a count (`1,024`): a line of dashes and numbers is a poem's or a list's (`ㅡ 1 ㅡ`). */
const WORD_OR_COUNT = /[가-힣A-Za-z]|^[\d,\s]+$/;

export const sharePrompt: CleanRule = {
  name: "share-prompt",
  description: "Share and subscribe prompts: 공유하기 페이스북 카카오톡, 페이스북(으)로 기사보내기, 구독하기, 매일경제 구독, 채널 추가, 좋아요와 구독 부탁드립니다.",
  scope: "edge",
  match(line, ctx) {
    const text = line.text;
    if (WIDGET.test(text)) return true; // a theme may set `Share this:` as a heading
    // A post's heading is its own (`## 이메일 보내기`); a line the one above points at is quoted (`… 아래 버튼 이름을 읽어 줍니다.`).
    // (The blogger's own pitch pointing at its button, `… 아래 버튼으로 커피 한 잔 후원하기 ☕ 부탁드려요.`, points at chrome.)
    const over = ctx.above?.[0]?.text ?? "";
    if ((isHeading(line.element) && !ctx.wholePage) || (POINTS_DOWN.test(over) && !(IF_IT_HELPED.test(over) && /후원|커피|응원/.test(over) && !/["“”‘’']/.test(over)))) return false;
    const watch = WATCH_ELSEWHERE.exec(text);
    if (watch) return BROADCASTER.test(watch[1]!) || namesAnOutlet(watch[1]!);
    // The blogger's own ask, opening the line; not a quote or an answer that says so (`"…도움이 됐다면 …"`).
    if (text.length <= 160 && IF_IT_HELPED.test(text) && !/["“”‘’']/.test(text) && !/(?<!니)다\.\s*$/.test(text)) return true;
    // X alone on its line, in a column of share buttons (one above it and one under it): `페이스북` / `X` / `카카오톡`.
    const button = (other: { text: string }) => /\p{L}{2,}/u.test(other.text) && SHARE_WORDS.test(other.text);
    if (/^[xX]$/.test(text)) return (ctx.above ?? []).slice(0, 1).some(button) && (ctx.below ?? []).slice(0, 1).some(button);
    if (text.length === 0 || text.length > 80) return false;
    // A paywall's box: its call, the teaser's headline under its label, the label (only with the call under them).
    if (isAppPitch(text)) return true;
    if (namesAnOutlet(ALSO_ON_SITE.exec(text)?.[1] ?? "") || namesAnOutlet(BENEFITS.exec(text)?.[1] ?? "")) return true;
    if (PAYWALL.test(text) || NEWSLETTER.test(text) || NOTICE_PROMO.test(text) || namesAnOutlet(SUBSCRIBE_PITCH.exec(text)?.[1] ?? "")) return true;
    const [under] = ctx.below ?? [];
    if (under && PAYWALL.test(under.text) && PREMIUM.test(ctx.above?.[0]?.text ?? "") && !/(?:다|요)\.$/.test(text)) return true;
    if (PREMIUM.test(text) && ctx.below !== undefined && ctx.below.some((line) => PAYWALL.test(line.text))) return true;
    // A board's or a page's lone button (`목록`, `복사하기`, `바로 가기`): only on top of chrome dropped under it (a how-to's label, a poem's last line may be one).
    if (LONE_BUTTON.test(text)) return (ctx.below?.length ?? 0) > 0 || isAppPitch(ctx.above?.[0]?.text ?? "");
    // A blog's category name under its `카테고리 이동` button (the nav's own line).
    if (/^카테고리\s*이동$/.test(ctx.above?.[0]?.text ?? "") && text.length <= 30 && !/(?:다|요)\.$/.test(text) && (ctx.below?.length ?? 0) > 0) return true;
    return (
      (SHARE_WORDS.test(withX(text)) && WORD_OR_COUNT.test(text)) ||
      amongShareWords(text) ||
      amongTools(text) ||
      inToolbar(text) ||
      PLAY.test(text) ||
      PLAYER.test(text) ||
      BOARD_BUTTONS.test(text) ||
      pager(text, ctx) ||
      FONT_BUTTON.test(text) ||
      (ARROW_BUTTONS.test(text) && line.element.tagName !== "li") ||
      SHARE_THIS.test(text) ||
      MORE_NEWS.test(text) ||
      FOLLOW.test(text) ||
      namesAnOutlet(OWN_CHANNEL.exec(text)?.[1] ?? "") ||
      (CHANNEL.test(text) && !/(?<!니)다\.\s*$/.test(text)) ||
      (SUBSCRIBE.test(text) && (!/다\.["”’']?\s*$/.test(text) || REQUEST.test(text)))
    );
  },
};
