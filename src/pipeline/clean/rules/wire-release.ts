import { isHeading } from "../lines.ts";
import type { CleanRule, Line } from "../types.ts";

/**
 * What a press-release wire (뉴스와이어 and the like) prints around the release it distributes:
 * its note on who wrote it (which names the publisher), its disclaimer, the release's address (the
 * source), the issuer's box (회사 정보, 연락처 …) and the wire's own number.
 */
/** `이 보도자료는 에이치투브릿지가 작성해 뉴스와이어 서비스를 통해 배포한 뉴스입니다.` */
const WROTE_IT = /^(?:※\s*)?이\s*보도\s*자료는\s*(\S(?:.{0,28}\S)?)(?:이|가|에서)\s*(?:작성|제공)(?:해|하여|했으며|한)\s*.{0,30}?배포(?:한|된|했|합니다|하였)[^.]{0,20}\.?$/;
/** `뉴스와이어는 보도자료 배포 서비스 회사로, 배포된 보도자료의 내용은 작성 기업·기관에 책임이 있습니다.` */
const DISCLAIMER = /보도\s*자료[^.]{0,50}(?:내용|책임)[^.]{0,40}(?:작성|배포|발표)\s*(?:한\s*)?(?:기업|기관|회사|주체|단체)[^.]{0,20}(?:책임이\s*있습니다|책임을\s*지지\s*않습니다)\.?$/;
/**
 * A wire's note on the release under it: `이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.
 * 배포 안내 >>`, `※ 본 보도자료는 뉴시스와이어를 통해 배포되었으며, 내용에 대한 책임은 작성 기관에 있습니다.`,
 * `본 기사는 PRNewswire가 제공한 보도자료로, 연합뉴스는 내용에 대해 어떠한 편집도 하지 않았으며 책임지지
 * 않습니다.`; and a translated release's (`이 보도자료는 해당 기업에서 원하는 언어로 작성한 원문을 한국어로 번역한 것이다. …`).
 */
const WIRE_NOTE = /^[※*]?\s*(?:이|본)\s*(?:뉴스|기사|보도\s*자료)(?:는|은)\s*[^.]{0,40}(?:와이어|wire)[^.]{0,30}(?:배포|제공|전송)(?:한|된|되었으며|되었습니다|하는|했으며)[^.]{0,90}(?:입니다|있습니다|않습니다)\.?(?:\s*배포\s*안내\s*>*)?$|^이\s*보도\s*자료는\s*[^.]{0,40}원문을\s*한국어로\s*번역한\s*것이다\.|^이\s*보도\s*자료는\s*원문(?:\s*\([^)]{1,10}\))?을\s*번역한\s*것으로[^.]{0,60}(?:우선합니다|갖습니다|인정됩니다)\.?$/i;
/** A wire's pointer to the release's pictures and its other news: `멀티미디어 콘텐츠를 보거나 다운로드하려면:`, `이 보도자료와 관련된 다른 뉴스`. */
const WIRE_LABEL = /^멀티미디어\s*콘텐츠를\s*보거나\s*다운로드하려면\s*[:：]?$|^이\s*보도\s*자료와\s*관련된\s*다른\s*뉴스$/;
/** The contact box on one line: `언론 연락처 Airbus Media Relations Stefan Schaffrath +33 6 43 14 12 83 stefan.schaffrath@airbus.com`. */
const CONTACT_LINE = /^(?:언론\s*연락처|미디어\s*문의|홍보\s*담당)\s*[:：]?\s+.{2,140}$/;
/** A ministry's note under its release: `이 자료는 산업통상자원부가 배포한 보도자료입니다.` (which names the publisher). */
const RELEASED_BY = /^(?:※\s*)?이\s*자료는\s*(\S{2,20}?)(?:이|가|에서)\s*배포한\s*보도\s*자료입니다\.?$|^(?:※\s*)?이\s*자료는\s*(\S{2,20}?)의\s*보도\s*자료를\s*전재하여\s*제공함을\s*알려\s*드립니다\.?$/;
/** `보도자료 URL: https://…`: the release's own address. */
const RELEASE_URL = /^보도\s*자료\s*(?:URL|주소|링크)\s*[:：]?\s*(https?:\/\/\S+)$/i;
/** The issuer's box: its labels, and its fields with their values (`회사명 에이치투브릿지`, `보도자료 배포 이력 12건`). */
const BOX_LABEL = /^(?:회사\s*정보|기업\s*정보|기관\s*정보|언론\s*연락처|보도\s*자료\s*배포\s*이력\s*[\d,]+\s*건)$/;
const BOX_FIELD = /^(?:회사명|기업명|기관명|웹사이트|홈페이지|연락처|대표\s*전화|보도\s*자료\s*배포\s*이력)\s*[:：]?\s+\S.{0,80}$/;
/** The label over the issuer's contact lines. */
const CONTACT_LABEL = /^(?:연락처|언론\s*연락처|홍보\s*담당|미디어\s*문의)\s*[:：]?$/;
/** `보도자료 배포 문의 02-737-3600`: the wire's own number. */
const SERVICE = /^보도\s*자료\s*(?:배포|등록)\s*문의\s*[:：]?\s*\d{2,4}-\d{3,4}-\d{4}$/;
const SHORT = (text: string) => text.length <= 30 && !/(?:다|요)\.$/.test(text);

/** Under the contact label (a few short lines down): the issuer, its team, the person, the number. */
function inContactBox(above: Line[] | undefined): boolean {
  const lines = above ?? [];
  const label = lines.slice(0, 5).findIndex((line) => CONTACT_LABEL.test(line.text));
  return label !== -1 && lines.slice(0, label).every((line) => SHORT(line.text));
}

export const wireRelease: CleanRule = {
  name: "wire-release",
  description: "A press-release wire's parts around the release: 이 보도자료는 …가 작성해 … 배포한 뉴스입니다. (names the publisher), its disclaimer, 보도자료 URL: … (the source), 회사 정보 / 회사명 … / 연락처 …, 보도자료 배포 문의 02-….",
  scope: "edge",
  match: (line, ctx) => {
    const { text } = line;
    if (text.length > 200) return false;
    const wrote = WROTE_IT.exec(text);
    if (wrote) {
      ctx.report({ publisher: { name: wrote[1]!, weight: 92 } });
      return true;
    }
    const released = RELEASED_BY.exec(text);
    if (released) {
      ctx.report({ publisher: { name: (released[1] ?? released[2])!, weight: 92 } });
      return true;
    }
    const address = RELEASE_URL.exec(text);
    if (address) {
      ctx.report({ sourceUrl: { url: address[1]!, weight: 85 } });
      return true;
    }
    if (DISCLAIMER.test(text) || WIRE_NOTE.test(text) || SERVICE.test(text) || (BOX_LABEL.test(text) && !isHeading(line.element))) return true;
    if (CONTACT_LINE.test(text) && /@|\+?\d[\d\s-]{7,}\d/.test(text) && !/(?:다|요)\.$/.test(text)) return true;
    // The pointer and the release's address under it, closing the page.
    if (WIRE_LABEL.test(text) && ctx.below !== undefined) return true;
    if (/^https?:\/\/\S+$/.test(text) && WIRE_LABEL.test(ctx.above?.[0]?.text ?? "") && ctx.below !== undefined) return true;
    // Fields, contact lines and the box's button only among its other parts, in the scan from the bottom.
    const onBox = (ctx.below?.length ?? 0) > 0;
    if (onBox && (BOX_FIELD.test(text) || /^이메일\s*보내기$/.test(text))) return true;
    return onBox && (CONTACT_LABEL.test(text) || (SHORT(text) && inContactBox(ctx.above)));
  },
};
