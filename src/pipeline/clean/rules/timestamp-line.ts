import type { CleanRule } from "../types.ts";

const STAMP_LABEL = "(?:기사\\s*)?(?:입력|수정|승인|등록|게재|발행|업데이트|최종\\s*(?:수정|업데이트)|송고|작성)(?:\\s*일자|일|일시|시간)?";
const DATE = "(\\d{4}|\\d{2}(?=\\.\\d{2}\\.\\d{2}\\s+\\d{1,2}:\\d{2}))\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*일?\\.?(?:\\s*\\(?[월화수목금토일月火水木金土日]\\)?)?(?:\\s*\\(?(?:오전|오후)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\)?)?";
const STAMP_LINE = new RegExp(`^(?:\\s*(?:${STAMP_LABEL}\\s*[:：]?\\s*)?${DATE}\\s*[|·,l]?)+(?:\\s*지면\\s*[A-Z]?\\d{1,2}(?:면)?|\\s*\\(\\d{1,2}면\\))?$|^${DATE}\\s*${STAMP_LABEL}$|^${DATE}\\s+[가-힣]{2,14}$`);
const DATE_ONLY = new RegExp(`^${DATE}$`);
const FIRST_DATE = new RegExp(DATE);

function iso(year: string, month: string, day: string): string | null {
  if (year.length === 2) year = `20${year}`; // `24.09.22 15:03`
  const y = Number(year), m = Number(month), d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const LABELLED = new RegExp(`${STAMP_LABEL}\\s*[:：]?\\s*${DATE}`);

/** The date of the first labelled stamp in a line (`안종현 기자 | 입력 2024-06-14 14:53 | 수정 …`): a saved page's stamps come in many forms. */
export function stampDate(text: string): string | null {
  const m = text.length <= 160 ? LABELLED.exec(text) : null;
  return m ? iso(m[1]!, m[2]!, m[3]!) : null;
}

/** `입력 2024.07.24 10:00 수정 2024.07.24 11:30`, `2024/06/14 16:21 송고`, `2024.06.13 산업통상자원부`, or a date alone on a line: gives the date. */
export const timestampLine: CleanRule = {
  name: "timestamp-line",
  description: "Publication stamps: 입력 2024.07.24 10:00 | 수정 …, 기사입력 …, or a date alone on its line.",
  scope: "edge",
  match(line, ctx) {
    if (line.text.length > 120 || !(STAMP_LINE.test(line.text) || DATE_ONLY.test(line.text))) return false;
    const m = FIRST_DATE.exec(line.text);
    const date = m ? iso(m[1]!, m[2]!, m[3]!) : null;
    if (date) ctx.report({ date });
    return true;
  },
};
