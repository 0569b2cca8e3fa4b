import type { CleanRule } from "../types.ts";
import { namesAnOutlet } from "./outlet-line.ts";

/** `제보는 카카오톡 okjebo`, `■ 제보하기`, `MBC 뉴스는 24시간 여러분의 제보를 기다립니다.` */
const TIP = /제보/;
const TIP_WAY = /카카오톡|카톡|전화|이메일|메일|@|기다립니다|하기|채널/;
/** `▷ 전화 : 02-781-1234`, `▷ 이메일 : …`, `▷ 유튜브, 네이버, 카카오에서도 KBS뉴스를 구독해주세요!` */
const CONTACT_ROW = /^[▷▶■□●○◆◇※]\s*(?:전화|이메일|메일|카카오톡?|유튜브|홈페이지|인스타그램|문의|팩스)/;
/** The newsroom's own call for tips, which reads as a sentence: `여러분의 제보를 기다립니다.`, `당신의 제보가 뉴스로 만들어집니다.` (its voice: the reader's tip, or the outlet as the one waiting). */
const CALL = /^[※*■▶]?\s*['‘"“]?\s*(?:([\p{L}\p{N} ]{2,20}?)\s*(?:은|는)\s+(?:24시간\s*)?(?:여러분|시청자\s*여러분|독자\s*여러분|당신)(?:의|들의)\s*(?:소중한\s*)?제보(?:를|가)\s*(?:기다(?:립니다|리고\s*있습니다)|뉴스(?:가|로)\s*(?:됩니다|만들어집니다))|(?:24시간\s*)?(?:여러분|시청자\s*여러분|독자\s*여러분|당신)(?:의|들의)\s*(?:소중한\s*)?제보(?:를|가)\s*(?:기다립니다|뉴스(?:가|로)\s*(?:됩니다|만들어집니다)))[.!]?\s*['’"”]?$|^([\p{L}\p{N} ]{2,20}?)\s*(?:은|는)\s+(?:24시간\s*)?제보를\s*기다립니다[.!]?$/u;
/** A broadcaster's name, with its news desk: `MBC 뉴스`, `SBS Biz`, `VOA 뉴스` (foreign broadcasters' Korean services too). */
export const BROADCASTER = /^(?:KBS|MBC|SBS|YTN|JTBC|MBN|EBS|OBS|TBS|CBS|BBS|KNN|TBC|TJB|JIBS|KTV|KBC|CJB|UBC|G1|JTV|TV조선|채널A|연합뉴스TV|VOA|RFA|BBC|NHK|CNN|아리랑TV)(?:\s*(?:뉴스|Biz|비즈))?$/;
/** Who calls for the tips: the reader's own (`여러분의 제보를 …`), or an outlet (`MBC 뉴스는 24시간 여러분의 제보를 기다립니다.`, `KBS는 제보를 기다립니다`, not `방송통신위원회는 …` or `FBI는 …`). */
const newsroom = (m: RegExpExecArray): boolean => {
  const subject = m[1] ?? m[2];
  return subject === undefined || namesAnOutlet(subject) || BROADCASTER.test(subject.trim());
};

/** A newsroom's call for tips, and whether it names the newsroom (`중부일보는 …`); null when the text is none. */
const newsroomCall = (text: string): { named: boolean } | null => {
  const call = CALL.exec(text);
  return call !== null && newsroom(call) ? { named: (call[1] ?? call[2]) !== undefined } : null;
};
const isSentence = (text: string): boolean => /(?:다|요)\.["”’']?(?=\s|$)/.test(text);
/** A call for tips that points at the contacts under it, closing its line: `북한 관련 제보는 아래 연락처로 보내주세요.` */
const ASKS_BELOW = /제보(?:는|를)?\s*아래\s*(?:의\s*)?(?:연락처|이메일|메일|번호|주소|채널)[^.]{0,12}(?:보내\s*주세요|보내\s*주십시오|주시기\s*바랍니다|부탁드립니다)\.?$/;
/** The police's or a public service's line (`제보 전화: 112 또는 청주흥덕경찰서 실종수사팀 …`): a story's appeal the reader needs, not a newsroom's. */
const PUBLIC_SERVICE = /(?<!\d)11[29](?!\d)|경찰서|지구대|파출소|경찰청|소방서|실종/;
/** A newsroom's slogan: the tip becomes news (`※ '당신의 제보가 뉴스가 됩니다'`); an owner's appeal for a lost dog says no such thing. */
const BECOMES_NEWS = /제보가\s*뉴스(?:가|로)\s*(?:됩니다|만들어집니다)|제보로\s*(?:함께\s*)?세상을\s*바꿉니다/;
/** A contact under its label in brackets: `[전화] 02-398-8585`, `[메일] social@ytn.co.kr`, `[카카오톡] YTN 검색해 채널 추가`. */
const LABELLED_CONTACT = /^(?:[[【(]\s*(?:전화|메일|이메일|e-?mail|카카오톡|카톡|문자|팩스|홈페이지|사이트)\s*[\]】)]|(?:전화|메일|이메일|e-?mail|카카오톡|카톡|문자|팩스|홈페이지|사이트)\s*[:：])\s*\S.{0,60}$/i;
const CHANGES_WORLD = /^[※*■▶]?\s*([\p{L}\p{N}]{2,15}?)(?:은|는)\s+(?:여러분|독자\s*여러분)의\s*제보로\s*(?:함께\s*)?세상을\s*바꿉니다\.(?:\s+[^.]{0,80}(?:알려\s*주세요|기다립니다)\.?)?$/u;
/** How to reach a newsroom: a channel, a number, an address. */
const CONTACT = /카카오톡|카톡|전화|이메일|메일|@|\d{2,3}-\d{3,4}-/;
/** A line of the newsroom's contacts for tips (`제보 이메일: tip@…`), not the police's (`제보 전화: 112 …`). */
const isNewsroomContact = (text: string): boolean => TIP.test(text) && CONTACT.test(text) && !isSentence(text) && !PUBLIC_SERVICE.test(text);

/** How to send the newsroom a tip, or reach and follow it: a broadcaster's or a site's sign-off. */
export const tipLine: CleanRule = {
  name: "tip-line",
  description: "Tip-line and contact blocks at the edge: ■ 제보하기, ▷ 전화 : …, ▷ 이메일 : …, 제보는 카카오톡 okjebo, …제보를 기다립니다.",
  scope: "edge",
  match: (line, ctx) => {
    // The newsroom's ask over its contacts, dropped under it: `… 북한 관련 제보는 아래 연락처로 보내주세요.`
    const under = ctx.below?.[0];
    if (under !== undefined && line.text.length <= 200 && ASKS_BELOW.test(line.text) && isNewsroomContact(under.text)) return true;
    if (line.text.length > 120) return false;
    if (CONTACT_ROW.test(line.text)) return true;
    // A sentence about a tip is news (`경찰은 내부 제보를 받고…`), but for the newsroom's own call for them.
    // Marked (`※ …`), the call names its newsroom: `※ 여러분의 소중한 제보를 기다립니다.` may be an owner's.
    const whole = newsroomCall(line.text);
    if (whole && (!/^[※*■▶]/.test(line.text) || whole.named || BECOMES_NEWS.test(line.text))) return true;
    // An outlet's call in its own words: `※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 … 알려주세요.`
    const changes = CHANGES_WORLD.exec(line.text);
    if (changes && (namesAnOutlet(changes[1]!) || BROADCASTER.test(changes[1]!))) return true;
    // A box's contacts a line each, under its call: `[전화] 02-398-8585`, `[메일] social@ytn.co.kr`.
    if (LABELLED_CONTACT.test(line.text) && (ctx.above ?? []).slice(0, 4).some((above) => TIP.test(above.text))) return true;
    // The call, then how to reach the newsroom: `중부일보는 … 제보를 기다립니다. 카카오톡 채널 '중부일보' / 전화 …`.
    const [, call, rest] = /^(.*?[.!])\s+(.+)$/.exec(line.text) ?? [];
    // It names its newsroom: `여러분의 제보를 기다립니다. 제보 전화 010-…` may be a family's.
    // Or a button to press (`제보하기 ▶ jebo@…`): a family's appeal has none. Or the ask for tips at the contacts that follow it on its line.
    const asked = call ? newsroomCall(call) : null;
    if (call && rest && CONTACT.test(rest) && !isSentence(rest) && (asked?.named || (asked && /제보\s*하기/.test(rest)) || (ASKS_BELOW.test(call) && isNewsroomContact(rest)))) return true;
    return TIP.test(line.text) && TIP_WAY.test(line.text) && !isSentence(line.text) && !PUBLIC_SERVICE.test(line.text);
  },
};
