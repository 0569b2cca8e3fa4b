/** A short summary for lists and meta tags: the front matter's if whole, else the opening text. */
import type { Root } from "hast";
import { flatText } from "../clean/lines.ts";
import { collapse, stringField, truncate } from "./text.ts";

const EXCERPT_MAX = 160;

/** Front-matter excerpts are often cut mid-word with "…" or carry Markdown debris. */
function usableFrontMatterExcerpt(value: unknown): string | null {
  const text = stringField(value);
  if (!text) return null;
  const flat = collapse(text);
  if (/(?:…|\.\.\.)$/.test(flat) || /```|^#+\s|<\w+/.test(flat) || flat.length < 20) return null;
  return truncate(flat, EXCERPT_MAX * 2);
}

export function findExcerpt(frontMatterExcerpt: unknown, tree: Root, title: string): string {
  const fromFrontMatter = usableFrontMatterExcerpt(frontMatterExcerpt);
  if (fromFrontMatter) return fromFrontMatter;
  let text: string | undefined;
  for (const child of tree.children) {
    if (child.type !== "element" || child.tagName !== "p") continue;
    const paragraph = flatText(child);
    if (paragraph.length >= 30 && paragraph !== title) {
      text = paragraph;
      break;
    }
  }
  text ??= flatText(tree).slice(0, EXCERPT_MAX * 2);
  if (text.length <= EXCERPT_MAX) return text;
  const sentences = text.match(/[^.!?]+?(?:다|요)\.(?=\s|$)/g) ?? [];
  let out = "";
  for (const s of sentences) {
    if ((out + s).length > EXCERPT_MAX) break;
    out += s;
  }
  return out.trim() || truncate(text, EXCERPT_MAX);
}
