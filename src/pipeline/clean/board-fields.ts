/**
 * A board's table of fields over a release it shows (`| 제목 | … |`, `| 담당부서 | … |`, `| 등록일 | … |`): the
 * site's, as a clipper copies a ministry's board; and the board's name over it (`## 보도자료`).
 */
import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import { collapse, isHeading } from "./lines.ts";
import { isSentence } from "./saved-page.ts";
import { BOARD, BOARD_LABELS } from "./rules/release-meta.ts";
import { stampDate } from "./rules/timestamp-line.ts";

/** A board's field labels (no book's `저자` or a review's `한줄평`); one of them a board's own (a date or a department). */
const FIELD_LABEL = new RegExp(String.raw`^(?:${BOARD_LABELS}|제\s*목|배포일(?:시)?|보도일(?:시)?|첨부(?:\s*파일)?|연락처|문의(?:처)?)$`);
const BOARD_FIELD = /^(?:담당\s*부서|부서(?:명)?|작성일|등록일|게시일|배포일(?:시)?|보도일(?:시)?|조회\s*수?)$/;
const BOARD_NAME = new RegExp(`^(?:${BOARD})$`);

/** Whether a block is a table of a board's fields, the title among them (`wanted`: the title's spellings), and no cell a sentence. */
export function isFieldTable(block: Element, wanted: ReadonlySet<string>): boolean {
  if (block.tagName !== "table") return false;
  const labelled = rows(block).filter((row) => row.length >= 2);
  return (
    labelled.length >= 2 &&
    labelled.every(([label, ...values]) => FIELD_LABEL.test(label!) && values.every((value) => !isSentence(value))) &&
    labelled.some(([label, value]) => /^제\s*목$/.test(label!) && wanted.has(value ?? "")) &&
    labelled.some(([label]) => BOARD_FIELD.test(label!))
  );
}

/** Whether a block is the board's name as a heading (`## 보도자료`, `## 공지사항`). */
export function isBoardHeading(block: Element): boolean {
  return isHeading(block) && BOARD_NAME.test(collapse(toString(block)));
}

/** The day the fields give (`| 등록일 | 2025-03-12 |`), as an ISO date. */
export function fieldTableDate(table: Element): string | undefined {
  return rows(table).map(([label, value]) => (label && value ? stampDate(`${label} ${value}`) : null)).find((d) => d !== null) ?? undefined;
}

/** A table's rows, as the texts of their cells. */
function rows(table: Element): string[][] {
  const out: string[][] = [];
  const walk = (node: Element) => {
    if (node.tagName === "tr") out.push(node.children.flatMap((cell) => (cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th") ? [collapse(toString(cell))] : [])));
    else for (const child of node.children) if (child.type === "element") walk(child);
  };
  walk(table);
  return out;
}
