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
/** `보도자료 URL: https://…`: the release's own address. */
const RELEASE_URL = /^보도\s*자료\s*(?:URL|주소|링크)\s*[:：]?\s*(https?:\/\/\S+)$/i;
/** The issuer's box: its labels, and its fields with their values (`회사명 에이치투브릿지`, `보도자료 배포 이력 12건`). */
const BOX_LABEL = /^(?:회사\s*정보|기업\s*정보|기관\s*정보|언론\s*연락처|보도\s*자료\s*배포\s*이력\s*[\d,]+\s*건)$/;
const BOX_FIELD = /^(?:회사명|기업명|기관명|웹사이트|홈페이지|연락처|대표\s*전화|보도\s*자료\s*배포\s*이력)\s*[:：]?\s+\S.{0,80}$/;
/** The label over the issuer's contact lines. */
const CONTACT_LABEL = /^(?:연락처|언론\s*연락처|홍보\s*담당|미디어\s*문의)$/;
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
    const address = RELEASE_URL.exec(text);
    if (address) {
      ctx.report({ sourceUrl: { url: address[1]!, weight: 85 } });
      return true;
    }
    if (DISCLAIMER.test(text) || SERVICE.test(text) || (BOX_LABEL.test(text) && !isHeading(line.element))) return true;
    // Fields, contact lines and the box's button only among its other parts, in the scan from the bottom.
    const onBox = (ctx.below?.length ?? 0) > 0;
    if (onBox && (BOX_FIELD.test(text) || /^이메일\s*보내기$/.test(text))) return true;
    return onBox && (CONTACT_LABEL.test(text) || (SHORT(text) && inContactBox(ctx.above)));
  },
};
