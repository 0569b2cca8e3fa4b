import type { TrimRule } from "../types.ts";
import { isKnownOutlet, namesAnOutlet } from "./outlet-line.ts";
import { hasPlainSentence } from "../saved-page.ts";
import { outletOfAlias } from "../../extract/outlets.ts";

const MARK = /(?:©|ⓒ|\(c\)|copyrights?)/i;
/** `저작권자 © X 무단전재 및 재배포 금지`, `ⓒ X, 무단 전재-재배포 금지`, `Copyright © X. All rights reserved.`, `< 저작권자 ⓒ 국방일보, 출처를 밝히고 사용하시기 바랍니다 >` */
const COPYRIGHT = /[<\[(【]?\s*(?:저작권자\s*[:：]?\s*)?(?:©|ⓒ|\(c\)|copyright)\s*[^\n]{0,60}?(?:무단|all\s+rights\s+reserved|재배포|전재|출처를?\s*밝히|\d{4}(?![\d년]))/i;
/** The bare word in a sentence (`Disney's copyright on the 1928 short film …`), with no mark after it and not opening the line: a story's. */
const WORD_IN_SENTENCE = /^[<\[(【]?\s*copyright\s+(?!©|ⓒ|\(c\))/i;
/** `[Copyright ⓒ 뉴스핌 www.newspim.com]`: the word, the mark, the name and the site's address closing the line. */
const COPYRIGHT_SITE = /[<\[(【]?\s*copyright\s*(?:©|ⓒ|\(c\))\s*[^\n]{1,40}?\s(?:https?:\/\/)?www\.[\w.-]+\/?\s*[\]>)】]?\s*$/i;
/** `ⓒ매일신문 - www.imaeil.com`, `ⓒ매일신문 (imaeil.com)`, `ⓒ KBS 뉴스 · www.kbs.co.kr/news`: the mark, an outlet's name and its site's address closing the line. */
const MARK_OUTLET_SITE = /[<\[(【]?\s*(?:©|ⓒ)\s*([가-힣A-Za-z0-9]{2,20}(?:\s[가-힣A-Za-z0-9]{2,10})?)\s*[-–|·(]?\s*(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*\)?\s*[\]>)】]?\s*$/;
/** `무단전재 및 재배포 금지`, `무단 전재-재배포 금지`, `무단전재 배포금지` without a mark; a wire's `*재판매 및 DB 금지`. */
const NO_REUSE = /[<\[(【*]?\s*(?:[^\s.]{1,20}\s*)?(?:무단\s*[-·,]?\s*(?:전재|복제)\s*(?:[-·,]|및)?\s*(?:재?배포|AI\s*학습)[^.\n]{0,20}?금지|(?<![가-힣])재판매\s*(?:[-·,]|및)?\s*(?:DB|재배포)\s*금지\s*[>\])】]?\s*$)/;
/**
 * A notice in the site's polite sentence, or two, closing the line: `이투데이의 모든 콘텐츠는 저작권법의 보호를
 * 받으며, 무단 전재·복사·배포 등을 금지합니다.`, `본 기사의 저작권은 … 무단 전재를 금합니다.`, `이 기사의 저작권은
 * 한겨레신문사에 있습니다. 무단 전재와 재배포를 금합니다.`, `본 콘텐츠의 저작권은 … 무단 이용하는 경우 … 법적 책임을 질 수
 * 있습니다.` (a story tells of such a notice in its own style: `… 금지한다.`).
 */
const NOTICE_OWNER = String.raw`(?:([^\s.]{2,20})의\s+(?:모든\s+)?(?:콘텐츠|기사|저작물|게시물)|(?:본|이)\s+(?:콘텐츠|기사|게시물))`;
const REUSE = String.raw`(?:무단|전재|복제|복사|배포)`;
const BANNED = String.raw`(?:금지합니다|금합니다|금지됩니다|금지되어\s*있습니다|금지하며[^.\n]{0,30}?(?:법적\s*)?(?:책임|처벌|제재)을\s*(?:질|받을)\s*수\s*있습니다)`;
const LIABLE = String.raw`(?:${BANNED}|(?:법적\s*)?(?:책임|처벌|제재)을\s*(?:질|받을)\s*수\s*있습니다)`;
/** Whose the copyright is, as a notice says it: `… 저작권은 한겨레신문사에 있습니다`, `… 저작권은 저작권자 또는 제공처에 있으며`, `… 저작권법의 보호를 받습니다`. */
const OWNED = String.raw`(?:저작권은\s[^.\n]{1,40}?에(?:게)?\s*있(?:습니다|으며|고)|[^.\n]{0,30}?저작권법의\s*보호를\s*받(?:습니다|으며))`;
/** The same, as a sentence of its own: `… 저작권은 한겨레신문사에 있습니다`, `… 저작권법의 보호를 받습니다`. */
const OWNED_SENTENCE = String.raw`(?:저작권은\s[^.\n]{1,40}?에(?:게)?\s*있습니다|[^.\n]{0,30}?저작권법의\s*보호를\s*받습니다)`;
const LAW_NOTICE = new RegExp(
  String.raw`(?<=^|[.!?]\s+)${NOTICE_OWNER}(?:` +
    // One sentence that forbids reuse, or says whose the rights are and warns of liability.
    String.raw`[^.\n]{0,40}?저작권[^.\n]{0,80}?${REUSE}[^.\n]{0,60}?${BANNED}|[^.\n]{0,10}?${OWNED}[^.\n]{0,40}?${REUSE}[^.\n]{0,60}?${LIABLE}|` +
    // Two: whose the rights are, then what is forbidden.
    String.raw`[^.\n]{0,10}?${OWNED_SENTENCE}\.\s+[^.\n]{0,30}?${REUSE}[^.\n]{0,60}?${LIABLE}` +
    String.raw`)\.?\s*[\])>】]?\s*$`,
);
/** The KOGL (공공누리) licence notice of government releases, a sentence or three. */
const KOGL = /공공누리[^.]{0,80}?(?:조건에\s*따라|자유롭게\s*이용|출처\s*표시)/;

/** 일보 and 신문 romanised: a Korean paper's name in Latin letters. */
const ROMANISED_PAPER = /(?:ilbo|sinmun|shinmun)$|\b(?:ilbo|sinmun|shinmun)\b/i;

/** The outlet named right after a © mark: `저작권자 © K글로벌타임스 무단전재…` -> K글로벌타임스. */
export function publisherOfLicence(text: string): string | null {
  const mark = MARK.exec(text);
  if (!mark) return null;
  const after = text
    .slice(mark.index + mark[0].length)
    // `© 2024`, `(c) Since 1996,`, `Copyright by`, a slogan in quotes (`© ‘돈이 보이는 리얼타임 뉴스’ 머니투데이`) and the company's `(주)` come before the name.
    .replace(/^[\s©ⓒ@]*(?:\(c\))?\s*(?:since\s*)?(?:\d{4}(?:\s*[-~]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:[‘“'"][^’”'"]{1,30}[’”'"]\s*)?(?:\(주\)\s*|주식회사\s+)?/i, "");
  // A slogan, then the name in quotes: `ⓒ새로운 눈으로 시장을 보는 경제매체 '딜사이트' 무단전재…` (not a name, its site, then a slogan).
  // A name sillok knows, whole up to the full stop (`Ministry of Trade, Industry and Energy. All Rights Reserved.`, `NewsPim.`).
  const whole = /^[^.]{2,60}?(?=\.(?:\s|$)|\s+all\s+rights|\s*$)/i.exec(after)?.[0] ?? "";
  if (outletOfAlias(whole)) return whole;
  const quoted = /^[^‘“'"(),]{0,40}(?:매체|언론|\s미디어)\s*[‘“'"]([^’”'"]{2,20})[’”'"]\s*(?:무단|all\b|[.,]|$)/i.exec(after)?.[1];
  if (quoted) return quoted.trim();
  // A name in Latin letters may be longer: `iN THE NEWS Corp.`, `The Export-Import Bank of Korea` (never cut short: `The Export-Import`).
  const latin = /^([A-Za-z][\w&'-]*(?:\s+(?!all\b|rights\b|reserved\b|corp\b|inc\b|co\b|ltd\b|photos?\b|by\b|images?\b|via\b)[A-Za-z][\w&'-]*){1,5})(?=[\s.,]|$)/i.exec(after)?.[1];
  if (latin) return latin.length <= 40 ? latin : null;
  const name = /^([^\s,.·|<>\[\]()&:：]+(?:\s(?!무단|all\b|rights\b|www\.)[^\s,.·|<>\[\]()&:：]+)?)/i.exec(after)?.[1];
  const first = name && !/^(?:무단|all|저작권)/i.test(name) && name.length <= 20 ? name.replace(/\s*(?:무단.*|All.*)$/i, "").replace(/\s*[-–—~·/]+$/, "").trim() || null : null;
  if (first && namesAnOutlet(first)) return first;
  // A slogan, then the outlet (`ⓒ종합 경제정보 미디어 이데일리 - 상업적 무단전재 …`): a known outlet's name among the words before the notice's own.
  const words = (/^[^-–|(<]{2,60}?(?=\s*[-–|(<]|\s*무단|\s*all\s+rights|$)/i.exec(after)?.[0] ?? "").split(/\s+/);
  const known = words.findIndex((word, i) => i > 0 && isKnownOutlet(word));
  if (known !== -1) return words[known]!;
  // A slogan (a comma, words with particles), not a name, then the outlet by its web address:
  // `ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제(www.asiae.co.kr) 무단전재…`.
  const addressed = /^([^()<>\[\]]{0,60}?)([가-힣][가-힣A-Za-z0-9]{1,19})\s*\((?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?\)/.exec(after);
  const slogan = addressed !== null && /,|[가-힣](?:을|를|는|의)\s/.test(addressed[1]!);
  return slogan && namesAnOutlet(addressed[2]!) ? addressed[2]! : first;
}

function markOutletSite(text: string): RegExpExecArray | null {
  const m = MARK_OUTLET_SITE.exec(text);
  return m && (namesAnOutlet(m[1]!) || isKnownOutlet(m[1]!)) ? m : null;
}

/** A short slogan, then the outlet's name, right before its notice: `세상을 보는 균형, 한국일보 ` (a caption's `24일 오전 서울역 …, 연합뉴스 ` has a day in it). */
const SLOGAN_THEN_NAME = /^[^.!?\n\d]{0,30}?[,\s]\s*([가-힣A-Za-z]{2,12})\s*$|^\s*([가-힣A-Za-z0-9]{2,12})\s*$/;
/** A mark that may set a notice off: `※ ⓒ …`, `■ 저작권자 …`. */
const NOTICE_MARK = /[\s※*■□◆◇●○▶►▷☞<＜〈《\[(【·\-–—]/;

/** Where the sentence holding `index` starts. */
function sentenceStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const end = Math.max(before.lastIndexOf(". "), before.lastIndexOf("다.\n"), before.lastIndexOf("! "), before.lastIndexOf("? "));
  return end === -1 ? 0 : end + 2;
}

/**
 * Copyright and licence notices in their many spellings, cut from where they start to the end
 * of the line (they come last): `저작권자 © X 무단전재 및 재배포 금지`, `ⓒ X`, `Copyright © X.
 * All rights reserved.`, `무단 전재-재배포 금지`, the 공공누리 notice of government releases.
 * Gives the publisher named after the © mark.
 */
export const licenceLine: TrimRule = {
  name: "licence-line",
  description: "Copyright / licence notices: 저작권자 ©, ⓒ, Copyright ©, 무단전재 및 재배포 금지, the 공공누리 notice.",
  cut(text, ctx) {
    // Each pattern needs its literal: testing for it first spares the regular expressions most paragraphs.
    const kogl = text.includes("공공누리") ? KOGL.exec(text) : null;
    const marked = MARK.test(text) ? (COPYRIGHT.exec(text) ?? COPYRIGHT_SITE.exec(text) ?? markOutletSite(text)) : null;
    const copyright = marked && marked.index > 0 && WORD_IN_SENTENCE.test(text.slice(marked.index)) && !/rights\s+reserved/i.test(text) ? null : marked;
    const noReuse = text.includes("무단") || text.includes("재판매") ? NO_REUSE.exec(text) : null;
    // A © line is short and comes last; `(c) 2030년까지 … 담았다.` is an enumerated sentence.
    const notice = (m: RegExpExecArray | null) => (m && !/다\.\s*$/.test(text.slice(m.index)) && text.length - m.index <= 100 ? m.index : Infinity);
    // A polite notice after a story's plain sentence (`… 설명했다. 모든 기사는 … 금지됩니다.`) is the story's quoting it.
    // Its owner is the outlet (`이투데이의 모든 콘텐츠는 …`) or the page itself (`본 기사의 저작권은 …`), not any work (`모든 저작물은 …`); a quote's is the story's.
    const law = text.includes("저작권") && !ctx.quoted ? LAW_NOTICE.exec(text) : null;
    const owned = law !== null && (law[1] === undefined || namesAnOutlet(law[1]));
    const lawNotice = owned && text.length - law.index <= 160 && !hasPlainSentence(text.slice(0, law.index)) ? law.index : Infinity;
    const starts = [kogl ? sentenceStart(text, kogl.index) : Infinity, notice(copyright), notice(noReuse), lawNotice];
    const at = Math.min(...starts);
    if (at === Infinity) return null;
    // Quoted in running prose (`‘무단 전재 및 재배포 금지’ 문구를 붙이지만…`): not a notice.
    if (/[‘“'"「]\s*$/.test(text.slice(0, at)) || /^[^.]{0,80}[’”'"」]\s*(?:문구|라는|이라는|표시)/.test(text.slice(at))) return null;
    const owner = lawNotice === at && law![1] ? law![1] : null;
    const name = owner ?? publisherOfLicence(text.slice(at));
    // A paper's romanised name (`Copyright © Busan Ilbo`, `JoongAng Ilbo`): its Korean one, from a weaker clue, comes first.
    if (name) ctx.report({ publisher: { name, weight: ROMANISED_PAPER.test(name) ? 55 : 80 } });
    // The notice's mark goes with it (`※ ⓒ SBS & SBS Digital News Lab : 무단복제 및 재배포 금지`).
    let start = at;
    while (start > 0 && NOTICE_MARK.test(text[start - 1]!)) start--;
    // So does the outlet's slogan and name on the line before it (`세상을 보는 균형, 한국일보 Copyright © Hankookilbo …`), which names it more surely.
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const signed = SLOGAN_THEN_NAME.exec(text.slice(lineStart, start));
    const signer = signed?.[1] ?? signed?.[2];
    if (signer && isKnownOutlet(signer)) {
      ctx.report({ publisher: { name: signer, weight: 85 } });
      return lineStart;
    }
    return start;
  },
};
