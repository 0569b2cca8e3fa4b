/**
 * What a web clipper adds around the page it saved. MarkDownload's template opens the body with
 * the page's description in a box (`> ## Excerpt` / `> …`) and a rule (`---`): the site's summary
 * of the story, which the story's lead then says again.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { isHeading } from "./lines.ts";

/** How far down the box may sit: under the clipper's `# title` line. */
const EXCERPT_REACH = 3;
const EXCERPT_LABEL = /^\s*excerpt\s*:?\s*$/i;

function isExcerptBox(block: Element): boolean {
  if (block.tagName !== "blockquote") return false;
  const first = block.children.find((c): c is Element => c.type === "element");
  return first !== undefined && isHeading(first) && EXCERPT_LABEL.test(toString(first));
}

/** Removes a clipper's excerpt box near the top, and the rule under it; whether there was one. */
export function removeClipperExcerpt(root: Root): boolean {
  const all = root.children.filter((c): c is Element => c.type === "element");
  const at = all.slice(0, EXCERPT_REACH).findIndex(isExcerptBox);
  if (at === -1) return false;
  const gone = new Set<Element>([all[at]!]);
  if (all[at + 1]?.tagName === "hr") gone.add(all[at + 1]!);
  root.children = root.children.filter((c) => c.type !== "element" || !gone.has(c));
  return true;
}
