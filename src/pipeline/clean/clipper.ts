/**
 * What a web clipper adds around the page it saved:
 * - MarkDownload's template opens the body with the page's description in a box (`> ## Excerpt` /
 *   `> …`) and a rule (`---`): the site's summary of the story, which the story's lead says again;
 * - a Notion page keeps its properties under its title, a line each (`Created: …`, `URL: …`,
 *   `Tags: …`, `Status: 읽음`): the clip's, not the story's (its `URL:` is the story's address);
 * - Omnivore puts its tag (`#Omnivore`) and its links (`[Read on Omnivore]`, `[Read Original](…)`,
 *   the story's address) under the title, and the reader's highlights (`## Highlights`, quotes of
 *   the story) at the end.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { blocks, isHeading } from "./lines.ts";
import type { Clue } from "./types.ts";

/** How far down the clipper's parts may sit: under its `# title` line. */
const TOP_REACH = 3;
const EXCERPT_LABEL = /^\s*excerpt\s*:?\s*$/i;
/** A property of a Notion page, a line of its block: `Created: 2025년 5월 14일 오전 8:12`, `URL: https://…`. */
const PROPERTY = /^(Created(?:\s+time)?|Last\s+edited(?:\s+time)?|URL|Tags|Status|Type|Category|Author|Source|Date|생성일|태그|상태|유형)\s*:\s*(.+)$/i;
/** A Notion page's block always has one of these. */
const NOTION_KEY = /^(?:Created(?:\s+time)?|URL|Tags|Last\s+edited(?:\s+time)?)$/i;
/** Omnivore's tag and links under the title. */
const OMNIVORE = /^(?:#Omnivore|Read\s+on\s+Omnivore|Read\s+Original)$/i;
const HIGHLIGHTS = /^(?:Highlights|하이라이트)$/i;
/** A story's address from a clip: the clipper's own page is none. */
const STORY_ADDRESS = /^https?:\/\/(?![^/]*omnivore\.app)[^\s/]+\/\S+$/;
const URL_WEIGHT = 85;

export interface ClipperParts {
  fired: string[];
  clues: Clue[];
}

/** Words without which a body holds no clipper's parts. */
const CLIPPER_WORDS = /Excerpt|Created|URL:|Tags:|Omnivore|Highlights|하이라이트|생성일|태그:/;

function isExcerptBox(block: Element): boolean {
  if (block.tagName !== "blockquote") return false;
  const first = blocks(block)[0];
  return first !== undefined && isHeading(first) && EXCERPT_LABEL.test(toString(first));
}

/** A Notion page's properties, a line each: their address, or undefined when the block is none. */
function notionProperties(block: Element): { url: string | null } | undefined {
  if (block.tagName !== "p") return undefined;
  const lines = toString(block).split("\n").map((l) => l.trim()).filter(Boolean);
  const properties = lines.map((line) => PROPERTY.exec(line));
  if (lines.length < 2 || !properties.every(Boolean) || !properties.some((m) => NOTION_KEY.test(m![1]!))) return undefined;
  const url = properties.find((m) => /^(?:URL|Source)$/i.test(m![1]!))?.[2]?.trim() ?? null;
  return { url: url && STORY_ADDRESS.test(url) ? url : null };
}

/** Omnivore's lines under the title: its tag, its links; the original's address. */
function omnivoreLines(block: Element): { url: string | null } | undefined {
  if (block.tagName !== "p") return undefined;
  const lines = toString(block).split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || !lines.every((line) => OMNIVORE.test(line))) return undefined;
  let url: string | null = null;
  for (const child of block.children) {
    if (child.type === "element" && child.tagName === "a" && /original/i.test(toString(child))) {
      const href = String(child.properties.href ?? "");
      if (STORY_ADDRESS.test(href)) url = href;
    }
  }
  return { url };
}

/**
 * Removes what a clipper added to the page it saved; what it did, and the story's address it gave.
 * A Notion page's properties only in an export (no front matter's title: Notion writes none) and
 * only on top, under its `# title`: lower, `Status:` and `Tags:` lines may be a post's own card.
 * Looked for only when the body as read (`source`) has a clipper's words.
 */
export function removeClipperParts(root: Root, notion: boolean, source: string | undefined): ClipperParts {
  if (source !== undefined && !CLIPPER_WORDS.test(source)) return { fired: [], clues: [] };
  const fired = new Set<string>();
  const clues: Clue[] = [];
  const gone = new Set<Element>();
  const all = blocks(root);
  const titled = all[0] !== undefined && all[0].tagName === "h1";
  let omnivore = false;
  for (const [i, block] of all.slice(0, TOP_REACH + 1).entries()) {
    if (isExcerptBox(block)) {
      gone.add(block);
      if (all[i + 1]?.tagName === "hr") gone.add(all[i + 1]!);
      fired.add("clipper-excerpt");
      continue;
    }
    const properties = notion && i === (titled ? 1 : 0) ? notionProperties(block) : undefined;
    const links = omnivoreLines(block);
    omnivore ||= links !== undefined;
    const part = properties ?? links;
    if (!part) continue;
    gone.add(block);
    fired.add("clipper-properties");
    if (part.url) clues.push({ sourceUrl: { url: part.url, weight: URL_WEIGHT } });
  }
  // The reader's highlights close an Omnivore clip: the heading, then only quotes and lists of the story (a programme's `## Highlights` is a story's).
  const highlights = all.findIndex((block) => isHeading(block) && HIGHLIGHTS.test(toString(block).trim()));
  const fromOmnivore = omnivore || all.slice(highlights + 1).some((block) => /omnivore\.app|readwise\.io/.test(JSON.stringify(block.children)));
  if (highlights > 0 && fromOmnivore && all.slice(highlights + 1).every((block) => ["blockquote", "ul", "ol", "hr"].includes(block.tagName))) {
    for (const block of all.slice(highlights)) gone.add(block);
    fired.add("clipper-properties");
  }
  if (gone.size > 0) root.children = root.children.filter((c) => c.type !== "element" || !gone.has(c));
  return { fired: [...fired], clues };
}
