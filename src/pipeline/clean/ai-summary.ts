/** A site's AI summary box over the story (`AI 요약`, the summary, the site's note on it). */
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { blocks, collapse, isHeading, removeBlock } from "./lines.ts";
import { isSentence } from "./saved-page.ts";
import { isAiSummaryNote } from "./rules/affiliate-disclosure.ts";

/** Words without which a body holds no AI summary box. */
const AI_WORDS = /AI\s*(?:기사\s*)?(?:\d\s*줄\s*)?요약|인공지능\s*(?:기사\s*)?요약/;
/** A site's AI summary box over the story: its label (`AI 요약`), the summary, and the site's note on it. */
const AI_LABEL = /^(?:AI|인공지능)\s*(?:기사\s*)?(?:\d\s*줄\s*)?(?:요약|핵심\s*요약|요약\s*보기)$/i;
const AI_BOX_REACH = 20;
const AI_BOX_ROWS = 6;

/**
 * Removes the site's AI summary box near the top: the label, then the summary (a few lines or a
 * list), down to the site's note on it (`AI가 요약한 내용입니다. …`); only with that note, or with a
 * list right under the label; looked for only when the body as read (`source`) has its words.
 * Whether there was one.
 */
export function removeAiSummary(root: Root, source: string | undefined): boolean {
  if (source !== undefined && !AI_WORDS.test(source)) return false;
  const all = blocks(root);
  const raws = all.slice(0, AI_BOX_REACH).map((block) => toString(block));
  const texts = raws.map(collapse);
  // The box copied as one paragraph, a line each (`AI 3줄 요약` / … / `본 요약은 AI가 작성했으며, …`).
  const oneBlock = raws.findIndex((raw) => {
    const lines = raw.split("\n").map((l) => collapse(l)).filter(Boolean);
    return lines.length > 2 && AI_LABEL.test(lines[0]!) && isAiSummaryNote(lines.at(-1)!);
  });
  if (oneBlock !== -1 && !texts.slice(0, oneBlock).some((text) => text.length > 80 || isSentence(text))) {
    removeBlock(root, all[oneBlock]!);
    return true;
  }
  const at = texts.findIndex((text) => AI_LABEL.test(text));
  // Over the story: nothing of the story's above it (a post may have its own `## AI 요약` section further down).
  if (at === -1 || texts.slice(0, at).some((text) => text.length > 80 || isSentence(text))) return false;
  const rows = all.slice(at + 1, at + 1 + AI_BOX_ROWS);
  const note = rows.findIndex((block) => isAiSummaryNote(collapse(toString(block))));
  // Without the site's note, only the site's label (not a post's heading) with a list under it.
  const end = note !== -1 ? at + 1 + note : !isHeading(all[at]!) && rows[0] && (rows[0].tagName === "ul" || rows[0].tagName === "ol") ? at + 1 : -1;
  if (end === -1) return false;
  for (const block of all.slice(at, end + 1)) removeBlock(root, block);
  return true;
}
