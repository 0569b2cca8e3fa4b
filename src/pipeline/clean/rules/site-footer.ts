import { isHeading } from "../lines.ts";
import type { CleanRule } from "../types.ts";
import { isKnownOutlet, namesAnOutlet } from "./outlet-line.ts";

/** What a site's legal footer lists: who publishes it, where, under which registration. */
const LABEL = /사업자\s*등록\s*번호|대표\s*이사|대표자|(?:정기간행물\s*)?등록\s*번호|등록\s*일(?:자)?|대표\s*전화|대표\s*번호|청소년\s*보호\s*책임자|개인정보\s*(?:보호|관리)\s*책임자|발행\s*[·ㆍ,]?\s*편집인|발행인|편집인|발행처|통신\s*판매\s*업|제보\s*(?:전화|메일)|팩스|FAX|주소\s*[:：]|\(\d{5}\)/gi;
/** A bare postal code before its province (`04524 서울특별시 …`), with the site's main number: a legal footer's address line (a story's `보내실 곳: 04524 …` is its own). */
/** A province or metropolitan city: `서울특별시`, `인천광역시`, `세종특별자치시`, `경기도`. */
const PROVINCE = String.raw`[가-힣]{2,6}(?:특별시|광역시|특별자치시|특별자치도|도)`;
const POSTAL_FOOTER = new RegExp(String.raw`(?<![\d-])\d{5}\s+${PROVINCE}\s.*(?:대표\s*(?:전화|번호)|(?:Tel|TEL)\.?\s*[:：]?\s*\d)`);
/** A bare postal code, the address and perhaps the office at its end: `35208 대전광역시 서구 청사로 189 정부대전청사 1동 관세청` (closing the page, over the footer's other lines). */
const BARE_ADDRESS = new RegExp(String.raw`^\(?\d{5}\)?\s*${PROVINCE}\s[^.]{4,80}$`);
/** An office's address opening with its postal code in parentheses: `(30118) 세종특별자치시 …`. */
const OFFICE_ADDRESS = new RegExp(String.raw`^\(?\d{5}\)?\s*${PROVINCE}\s`);
/** A postal code marked as one (`우 21977`, `(우)04524`, `우편번호 04524`) in an address with a city or province and a labelled number: an office's footer line. */
const MARKED_POSTAL = /(?:\(우\)|\[우\]|우편번호|(?<![가-힣])우)\s*[:：.]?\s*\d{5}(?!\d)/;
const ADDRESS_PHONE = /[가-힣]{2,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s.*(?:전화|TEL|Tel|T)\s*[:：.]?\s*\(?\d{2,4}\)?[-.\s]?\d{3,4}[-.]\d{4}/;

/**
 * A board's or a data provider's no-reuse notice in its own polite sentences, at the edge (quoted in
 * a story, it stands among its paragraphs): `본 정보는 한국무역협회가 제공하는 자료로, 무단 전재 및
 * 재배포를 금합니다. 정보 이용에 따른 책임은 이용자에게 있습니다.`, `무단 전재 및 재배포를 금합니다.`
 */
const NO_REUSE_NOTICE = /^(?:(?:본|이)\s*(?:[가-힣]{1,6}\s*)?(?:정보|자료|기사|콘텐츠|글)(?:는|은)\s[^.]{0,60}?)?무단\s*(?:전재|복제|게재)\s*(?:및|·|,|와|과)?\s*(?:재?배포|복제)(?:를|을)?\s*(?:금합니다|금지합니다|금지하고\s*있습니다)\.?(?:\s+[^.]{2,60}(?:있습니다|바랍니다|않습니다)\.?)?$/;

/** A newsroom's free-use notice and its caveat: `삼성전자 뉴스룸이 직접 제작한 기사와 사진은 누구나 자유롭게 사용하실 수 있습니다.`, `다만, … 사용에 제한이 있을 수 있으니 이용에 유의하시기 바랍니다.`, and its label (`뉴스룸 기사 저작권`). */
const FREE_USE = /^[^.]{0,50}(?:기사|콘텐츠|사진|자료|영상)[^.]{0,30}(?:누구나\s*)?(?:자유롭게|무료로)\s*(?:사용|이용|활용)(?:하실|할)\s*수\s*있습니다\.?$/;
const FREE_USE_CAVEAT = /^다만,?\s[^.]{0,80}(?:사용|이용)에\s*(?:제한이|유의)[^.]{0,50}바랍니다\.?$/;
/** The caveat in other words, only right under the notice: `단, 일부 사진과 영상은 원저작권자의 요청에 따라 재사용이 제한될 수 있습니다.` */
const CAVEAT_UNDER_NOTICE = /^(?:다만|단)\s*,?\s[^.]{0,80}(?:사용|이용|재사용)(?:에\s*(?:제한이|유의)|이\s*제한될)[^.]{0,50}(?:바랍니다|있습니다)\.?$/;
/** The outlet the notice is of: `국방일보의 모든 기사와 사진은 …`. */
const NOTICE_OWNER = /^([\p{L}\p{N}]{2,15}?)(?:의|이|가|에서)\s/u;
const RIGHTS_LABEL = /^[가-힣A-Za-z ]{0,12}(?:기사\s*)?저작권(?:\s*(?:정책|안내))?$/;

/** An office's or a body's name alone: `산업통상자원부`, `주카자흐스탄 대한민국 대사관`, `한국무역협회`. */
const OFFICE = /^(?!(?:접수|문의|신청|제출|발송|연락|판매|구입|거래|사용)처$)[가-힣A-Za-z·()]{2,16}(?:\s+[가-힣A-Za-z·()]{2,12}){0,2}(?:부|처|청|원|위원회|공사|공단|재단|협회|대사관|영사관|총영사관|센터|시청|군청|구청|도청)$/;
/** A story's label over the address it gives for sending or asking: `접수처`, `보내실 곳`, `문의`. */
const SEND_TO = /^[[(<【]?\s*(?:접수|문의|신청|제출|발송|연락|보내실|보낼|우편\s*접수)\s*(?:처|곳|주소)?\s*[\])>】]?\s*[:：]?$/;

/** An office's address line (`우 21977 인천광역시 … 전화 032-…`), not one a story gives for sending or asking (`보내실 곳: 우 04524 …`). */
function isOfficeAddress(text: string): boolean {
  const code = MARKED_POSTAL.exec(text);
  return code !== null && !/[:：]|보내|접수|신청|제출|문의|발송|우편/.test(text.slice(0, code.index)) && ADDRESS_PHONE.test(text);
}

/** The footer's labels a line holds, each once (`대표전화`, `(03172)`). */
const labelsOf = (text: string): Set<string> => new Set([...text.matchAll(LABEL)].map((m) => m[0].replace(/\s/g, "")));
/** A line that starts with one of the labels (`사업자등록번호 : …`). */
const LEADING_LABEL = new RegExp(`^(?:${LABEL.source})\\s*[:：]?`, "i");

/** The site's copyright alone, with no licence words to make it a notice: `© Kakao Corp.`, `Copyright © 2024 전북일보`, `저작권자 SBS미디어넷 & SBS`, `<저작권자 : ⓒ KOTRA & KOTRA 해외시장뉴스>` (an outlet's name, not `저작권자는 누구인가`). */
const COPYRIGHT = /^(?:copyright\s*)?[©ⓒ]\s*(\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{L}\p{N}&.,'· ]{2,40})$|^copyright\s+(\d{4})(?:\s*[-–]\s*\d{4})?\s+([\p{L}\p{N}&.,'· ]{2,40})$/iu;
const RIGHTS_HOLDER = /^[<\[【]?\s*저작권자\s*[:：]?\s*[©ⓒ]?\s+([\p{L}\p{N}&.' ]{2,30}?)\s*[>\]】]?$/u;

/** Who holds the rights: a company (`Kakao Corp.`), an outlet, or companies joined by `&` (`SBS미디어넷 & SBS`), or any name after a year; not words of a sentence, not an answer (`ⓒ Samsung`) or a credit (`저작권자 THE BLACK LABEL`). */
function holdsRights(holder: string, dated: boolean): boolean {
  if (/(?:다|요|음|기|함)\.?$|[가-힣](?:와|과|의|는|은|를|을)\s|\bvs\b/i.test(holder)) return false;
  const names = holder.split(/\s*&\s*/);
  const company = (name: string) => /\b(?:corp(?:oration)?|inc|co|ltd|group|media|news)\b\.?/i.test(name) || namesAnOutlet(name);
  return dated || names.every(company) || (names.length > 1 && names.every((name) => /^[A-Za-z]{2,}/.test(name) || company(name)));
}

/** A footer's links, each a page of the site's (`회사소개 | 기사제보 | 개인정보처리방침 | 이용약관`, `카페 이용약관 | 카페 운영정책`). */
const POLICY_NAME = String.raw`(?:회사\s*소개|이용\s*약관|서비스\s*약관|운영\s*정책|개인\s*정보\s*(?:처리|취급)\s*방침|청소년\s*보호\s*정책|저작권\s*(?:정책|규약|보호\s*정책)|이메일\s*무단\s*수집\s*거부|광고\s*(?:안내|문의)|제휴\s*(?:안내|문의)|기사\s*제보|고객\s*센터|사이트\s*맵|찾아\s*오시는\s*길|인재\s*채용|독자\s*(?:센터|서비스)|고충\s*처리(?:인)?|윤리\s*강령|편집\s*규약|RSS|전체\s*서비스|웹\s*접근성(?:\s*품질\s*인증(?:\s*마크)?)?)`;
const POLICY = new RegExp(`^(?:[가-힣A-Za-z]{1,6}\\s+)?${POLICY_NAME}$`);
const POLICY_ALONE = new RegExp(`^${POLICY_NAME}$`);
const isPolicyRow = (text: string): boolean => {
  const links = text.split(/\s*[|ㅣ·]\s*/);
  // Most of them the usual pages, the rest short (`뉴스와이어 소개 | 이용약관 | 개인정보처리방침 | 보도자료 배포 서비스 | 제휴 문의 | 고객센터`).
  if (links.length >= 3) {
    const known = links.filter((link) => POLICY.test(link)).length;
    return known === links.length || (known >= 3 && known >= links.length - 2 && links.every((link) => link.length <= 15));
  }
  // Set off by spaces only (`개인정보처리방침 저작권정책 이메일무단수집거부 웹접근성 품질인증`): each link a word or two.
  const words = text.split(/\s+/);
  for (let i = 0, found = 0; i <= words.length; ) {
    if (i === words.length) return found >= 3;
    const n = [3, 2, 1].find((k) => i + k <= words.length && POLICY_ALONE.test(words.slice(i, i + k).join(" ")));
    if (!n) return false;
    i += n;
    found++;
  }
  return false;
};
/** A service's number alone on its line: `영사콜센터(24시간) 02-3210-0404`, `고객센터 1588-0000`, `민원안내 1577-0900`. */
const SERVICE_LINE = /^[가-힣A-Za-z· ]{0,16}(?:센터|콜센터|상담실|상담센터|민원\s*(?:안내|상담))(?:\s*\(\s*24\s*시간\s*\))?\s*[:：]?\s*(?:\d{2,4}-\d{3,4}(?:-\d{4})?|국번\s*없이\s*\d{3,4})$/;
/** Creative Commons badges as a blog platform prints them: `저작자 표시 컨텐츠변경 비영리`. */
const CCL = /^(?:저작자\s*표시|비영리|변경\s*금지|동일\s*조건\s*변경\s*허락|(?:컨텐츠|콘텐츠)\s*변경|상업적\s*이용)(?:\s+(?:저작자\s*표시|비영리|변경\s*금지|동일\s*조건\s*변경\s*허락|(?:컨텐츠|콘텐츠)\s*변경|상업적\s*이용|허용|불가))+$/;

/** `Copyright by 중앙일보`: the word, `by` and an outlet's name, alone on the line. */
const COPYRIGHT_BY = /^copyright\s+by\s+([가-힣A-Za-z0-9]{2,20})\.?$/i;

/**
 * A site's legal footer: `(주)조선일보사 서울 중구 … | 대표전화 1577-8585 | 등록번호 서울 아 00041 |
 * 청소년보호책임자 : 이정원`, or one of its lines (`사업자등록번호 : 123-45-67890`). Two of its labels
 * on one line are unmistakable; one label leading a short line only at the bottom. Nothing in it
 * names the outlet as a credit does (`| 청소년보호책임자 : 이정원` is no `원제 | outlet : URL`).
 */

export const siteFooter: CleanRule = {
  name: "site-footer",
  description: "A site's legal footer (an office's name over its address names the publisher): 사업자등록번호, 대표전화, 등록번호, 발행·편집인, 청소년보호책임자, 주소, © Kakao Corp., a row of policy links, Creative Commons badges.",
  scope: "edge",
  match: (line, ctx) => {
    // `Copyright by 중앙일보` under the story (a story may quote the line), naming the outlet.
    const by = ctx.below !== undefined ? COPYRIGHT_BY.exec(line.text) : null;
    if (by && isKnownOutlet(by[1]!)) {
      ctx.report({ publisher: { name: by[1]!, weight: 80 } });
      return true;
    }
    // Notices in their own polite sentences, before the test for a story's sentence.
    if (line.text.length <= 200 && FREE_USE.test(line.text)) {
      const owner = NOTICE_OWNER.exec(line.text)?.[1];
      if (owner && namesAnOutlet(owner)) ctx.report({ publisher: { name: owner, weight: 80 } });
      return true;
    }
    if (line.text.length <= 200 && CAVEAT_UNDER_NOTICE.test(line.text) && FREE_USE.test(ctx.above?.[0]?.text ?? "")) return true;
    if (line.text.length <= 200 && (NO_REUSE_NOTICE.test(line.text) || FREE_USE_CAVEAT.test(line.text) || (RIGHTS_LABEL.test(line.text) && (ctx.below?.length ?? 0) > 0))) return true;
    if (line.text.length > 400 || /(?:다|요)\.(?=\s|$)/.test(line.text)) return false; // a sentence about these things is the story's
    // Not a line the text above introduces (`… 이렇게 정했다.` over a tutorial's example footer).
    const introduced = /(?:이렇게|다음과\s*같|아래와\s*같|아래처럼)[^.]{0,30}[.:：]?\s*$|[:：]\s*$/.test(ctx.above?.[0]?.text ?? "");
    if (line.text.length <= 160 && !introduced && (isPolicyRow(line.text) || CCL.test(line.text))) return true;
    // One of the links a line each, on top of the footer's lines dropped under it (`개인정보처리방침` / `저작권보호정책` / the address).
    if (!introduced && !isHeading(line.element) && POLICY_ALONE.test(line.text) && (ctx.below?.length ?? 0) > 0) return true;
    // A service's number, between the footer's lines (a helpline may close a story), or closing the page under the office's address (`(30118) 세종특별자치시 …`).
    const overIt = ctx.above?.[0]?.text ?? "";
    const underIt = ctx.below?.[0]?.text ?? "";
    if (SERVICE_LINE.test(line.text) && (((ctx.below?.length ?? 0) > 0 && (LEADING_LABEL.test(overIt) || labelsOf(overIt).size >= 2 || POSTAL_FOOTER.test(underIt) || OFFICE_ADDRESS.test(underIt))) || (ctx.below !== undefined && OFFICE_ADDRESS.test(overIt)))) return true;
    // The office's name over its address line, just dropped: `산업통상자원부` / `(30118) 세종특별자치시 …`.
    const under = ctx.below?.[0]?.text ?? "";
    if (OFFICE.test(line.text) && (/^\(\d{5}\)\s/.test(under) || isOfficeAddress(under) || POSTAL_FOOTER.test(under))) {
      // The office that runs the site published the page: over a romanised name in its © line.
      ctx.report({ publisher: { name: line.text, weight: 82 } });
      return true;
    }
    const copyright = line.text.length <= 60 ? COPYRIGHT.exec(line.text) : null;
    // ⓒ also numbers a quiz's options (`ⓐ 서울경제` … `ⓒ 한국경제`): after it, only a company or a year.
    const circled = line.text.trimStart().startsWith("ⓒ") && !copyright?.[1] && !/\b(?:corp|inc|co|ltd)\b|인터넷신문/i.test(line.text);
    if (copyright && !circled && holdsRights(copyright[2] ?? copyright[4]!, Boolean(copyright[1] ?? copyright[3]))) return true;
    const holder = RIGHTS_HOLDER.exec(line.text);
    if (holder && holdsRights(holder[1]!, false)) return true;
    const labels = labelsOf(line.text);
    const sentTo = SEND_TO.test(ctx.above?.[0]?.text ?? "");
    if (labels.size >= 2 || ((POSTAL_FOOTER.test(line.text) || isOfficeAddress(line.text)) && !sentTo)) return true;
    // The office's address over the footer's lines just dropped; the office at its end published the page.
    if (BARE_ADDRESS.test(line.text) && !sentTo && (ctx.below?.length ?? 0) > 0) {
      const office = /\s([가-힣]{2,12})$/.exec(line.text)?.[1];
      if (office && OFFICE.test(office)) ctx.report({ publisher: { name: office, weight: 82 } });
      return true;
    }
    return labels.size === 1 && line.text.length <= 60 && LEADING_LABEL.test(line.text);
  },
};
