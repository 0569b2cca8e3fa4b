/** Reading a hast block as lines of text. */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toText } from "hast-util-to-text";
import { collapse } from "../extract/text.ts";
import type { Line, Link, RuleContext } from "./types.ts";

export { collapse };

/** Whether a block is a heading (`<h1>`…`<h6>`): a post's own, which line rules that read buttons, widgets or stamps leave alone. */
export function isHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.tagName);
}

/** hast-util-to-text's lists: elements not rendered, and block-level ones (a line break before and after). */
const NOT_RENDERED = new Set(["datalist", "head", "noembed", "noframes", "noscript", "rp", "script", "style", "template", "title"]);
const BLOCK = new Set(["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "dialog", "dir", "dl", "dt", "div", "figure", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "ul"]);
const TABLE_PARTS = new Set(["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"]);
const ROW_GROUPS = new Set(["tbody", "tfoot", "thead"]);
/** Characters hast-util-to-text treats specially in normal white space. */
const SPECIAL_IN_NORMAL = /[\u200B\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

type Parent = Root | Element;

const isCell = (node: Element) => node.tagName === "td" || node.tagName === "th";
const isRowOrGroupWithRow = (node: Element) => node.tagName === "tr" || (ROW_GROUPS.has(node.tagName) && node.children.some((c) => c.type === "element" && c.tagName === "tr"));

function after(parent: Parent, index: number, test: (node: Element) => boolean): boolean {
  for (let i = index + 1; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type === "element" && test(child)) return true;
  }
  return false;
}

/**
 * The text of an element with a space wherever hast-util-to-text puts a line break or a tab:
 * `collapse(blockText(el))` equals `collapse(toText(el, { whitespace: "pre" }))`, for a
 * fraction of the cost (tests/pipeline/lines.test.ts holds the two together).
 */
export function blockText(element: Parent): string {
  const out: string[] = [];
  collectChildren(element, out, element.type === "element" && (element.tagName === "table" || ROW_GROUPS.has(element.tagName)), undefined);
  return out.join("");
}

function collectChildren(parent: Parent, out: string[], inTable: boolean, rowAfter: boolean | undefined): void {
  const children = parent.children as (RootContent | ElementContent)[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const rowAfterHere = inTable ? (parent.type === "element" && parent.tagName === "table" ? after(parent, i, isRowOrGroupWithRow) : rowAfter) : undefined;
    if (node.type === "text") {
      if (parent.type === "element" && (parent.tagName === "table" || parent.tagName === "tr" || ROW_GROUPS.has(parent.tagName)) && !/[^\t\n\f\r ]/.test(node.value)) {
        const before = children[i - 1], next = children[i + 1];
        const part = (n: RootContent | ElementContent | undefined) => !n || (n.type === "element" && TABLE_PARTS.has(n.tagName));
        if (part(before) && part(next)) continue;
      }
      out.push(node.value);
    } else if (node.type === "element") {
      collectElement(node, i, parent, out, rowAfterHere);
    }
  }
}

function collectElement(node: Element, index: number, parent: Parent, out: string[], rowAfter: boolean | undefined): void {
  if (NOT_RENDERED.has(node.tagName) || node.properties.hidden || (node.tagName === "dialog" && !node.properties.open)) return;
  const breaks = node.tagName === "p" || BLOCK.has(node.tagName);
  const rowBreak = node.tagName === "tr" && (rowAfter || after(parent, index, (n) => n.tagName === "tr"));
  if (breaks) out.push(" ");
  collectChildren(node, out, node.tagName === "table" || ROW_GROUPS.has(node.tagName), rowAfter);
  if (isCell(node) && after(parent, index, isCell)) out.push(" ");
  if (breaks || rowBreak || node.tagName === "br") out.push(" ");
}

const PRE = new Set(["pre", "listing", "plaintext", "xmp", "textarea"]);
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text of a tree as lines: a line break wherever hast-util-to-text puts one (blocks, `<br>`,
 * table rows), spaces for the line ends inside text, white space collapsed in each line, empty
 * lines dropped. Equals `toText(root)` split into lines that way (tests/pipeline/lines.test.ts).
 */
export function textLines(root: Root): string {
  const out: string[] = [];
  let special = false;
  const walk = (parent: Parent, inPre: boolean, inTable: boolean, rowAfter: boolean | undefined) => {
    const children = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const rowAfterHere = inTable ? (parent.type === "element" && parent.tagName === "table" ? after(parent, i, isRowOrGroupWithRow) : rowAfter) : undefined;
      if (node.type === "text") {
        if (node.value.includes("\u200B")) special = true;
        const value = node.value.replace(BIDI, "");
        out.push(inPre ? value : value.replace(/\n/g, " "));
      } else if (node.type === "element") {
        if (NOT_RENDERED.has(node.tagName) || node.properties.hidden || (node.tagName === "dialog" && !node.properties.open)) continue;
        const breaks = node.tagName === "p" || BLOCK.has(node.tagName) ? "\n" : "";
        out.push(breaks);
        walk(node, inPre || PRE.has(node.tagName), node.tagName === "table" || ROW_GROUPS.has(node.tagName), rowAfterHere);
        if (isCell(node) && after(parent, i, isCell)) out.push("\t");
        if (node.tagName === "br" || (node.tagName === "tr" && (rowAfterHere || after(parent, i, (n) => n.tagName === "tr")))) out.push("\n");
        out.push(breaks);
      }
    }
  };
  walk(root, false, false, undefined);
  const text = special ? toText(root) : out.join("");
  return text
    .split(/\n+/)
    // Runs of spaces, tabs, U+00A0 and U+3000 to one space; a single plain space is left alone.
    .map((line) => line.replace(/[ \t\u00A0\u3000]{2,}|[\t\u00A0\u3000]/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/**
 * `root` with each ordered list's items numbered as a browser shows them (`1. `, from the list's
 * `start`, counting down when it is `reversed`), for the article's text: the HTML keeps its
 * `<ol>`, whose numbers are not text. The tree itself when it has no ordered list.
 */
export function numberLists(root: Root): Root {
  return hasOrderedList(root) ? numbered(root) : root;
}

function hasOrderedList(node: Parent): boolean {
  return node.children.some((child) => child.type === "element" && (child.tagName === "ol" || hasOrderedList(child)));
}

/** A copy of `node` with its ordered lists' items numbered (the rest of the tree shared). */
function numbered<T extends Parent>(node: T): T {
  const items = node.type === "element" && node.tagName === "ol" ? node.children.filter((c) => c.type === "element" && c.tagName === "li").length : 0;
  const down = node.type === "element" && node.properties.reversed === true;
  const start = node.type === "element" ? Number(node.properties.start) : NaN;
  let number = Number.isInteger(start) ? start : down ? items : 1;
  const children = node.children.map((child) => {
    if (child.type !== "element") return child;
    const inner = child.tagName === "ol" || hasOrderedList(child) ? numbered(child) : child;
    if (items === 0 || child.tagName !== "li") return inner;
    const value = Number(child.properties.value);
    if (Number.isInteger(value)) number = value; // an item's own number, as a browser reads it
    // An item that gives its own mark (`① …`, `가. …`, `(1) …`) is not numbered again.
    const item = OWN_MARK.test(firstText(child)) ? inner : prefixed(inner, `${number}. `);
    number += down ? -1 : 1;
    return item;
  });
  return { ...node, children } as T;
}

/** A list item's own mark: `① `, `가. `, `(1) `, `1. ` (a list item typed with its number). */
const OWN_MARK = /^\s*(?:[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|[가-하][.)]\s|\(\s*\d{1,3}\s*\)|\d{1,3}[.)]\s)/;

/** The text an element starts with (its first text, however deep). */
function firstText(node: Element): string {
  for (const child of node.children) {
    if (child.type === "text" && child.value.trim() !== "") return child.value;
    if (child.type === "element") {
      const inner = firstText(child);
      if (inner !== "") return inner;
    }
  }
  return "";
}

/**
 * `element` with `text` before its first words, not on a line of its own: inside its first block
 * (a loose list's item holds a `<p>`), or its first list's first item (`2024. 6. 13. 기준 …` is
 * three lists in Markdown, one in another).
 */
function prefixed(element: Element, text: string): Element {
  const first = element.children.findIndex((c) => c.type !== "text" || c.value.trim() !== "");
  const child = element.children[first];
  const children = [...element.children];
  if (child?.type === "element" && (child.tagName === "ol" || child.tagName === "ul")) {
    const item = child.children.findIndex((c) => c.type === "element" && c.tagName === "li");
    if (item === -1) children.splice(first, 0, { type: "text", value: text });
    else children[first] = { ...child, children: child.children.map((c, i) => (i === item ? prefixed(c as Element, text) : c)) };
  } else if (child?.type === "element" && BLOCK.has(child.tagName)) children[first] = prefixed(child, text);
  else children.splice(Math.max(first, 0), 0, { type: "text", value: text });
  return { ...element, children };
}

/** `collapse(toText(node))` (normal white space), the fast way where that is the same. */
export function flatText(node: Element | Root): string {
  const raw = blockText(node);
  return SPECIAL_IN_NORMAL.test(raw) ? collapse(toText(node)) : collapse(raw);
}

function walk(node: ElementContent, links: Link[], images: Element[]): void {
  if (node.type !== "element") return;
  if (node.tagName === "a" && typeof node.properties.href === "string") {
    links.push({ href: node.properties.href, text: flatText(node) });
  }
  if (node.tagName === "img") images.push(node);
  for (const child of node.children) walk(child, links, images);
}

export function toLine(element: Element): Line {
  const links: Link[] = [];
  const images: Element[] = [];
  walk(element, links, images);
  return { text: collapse(blockText(element)), links, images, element };
}

export function isBr(node: ElementContent): boolean {
  return node.type === "element" && node.tagName === "br";
}

/** Splits a paragraph at its `<br>`s into one paragraph per line. */
export function splitAtBreaks(p: Element, soft = false): Element[] {
  const groups: ElementContent[][] = [[]];
  for (const child of p.children) {
    if (isBr(child)) groups.push([]);
    else if (soft && child.type === "text" && child.value.includes("\n")) {
      // A Markdown paragraph's soft breaks (`line\nline`), as a clipper copies a page's lines.
      child.value.split("\n").forEach((piece, i) => {
        if (i > 0) groups.push([]);
        if (piece) groups.at(-1)!.push({ type: "text", value: piece });
      });
    } else groups.at(-1)!.push(child);
  }
  return groups.filter((children) => children.some((c) => c.type !== "text" || c.value.trim() !== "")).map((children) => ({ type: "element", tagName: "p", properties: {}, children }));
}

/** Whether a line introduces what follows it (`…다음과 같은 항목이 붙어 있었다.`, `배치 결과는 다음과 같다.`, `…:`): what follows is the text's own. */
export function introducesBelow(text: string): boolean {
  return /(?:다음과|아래와)\s*같(?:은|이|다|습니다)|[:：]\s*$/.test(text);
}

/** Whether a paragraph's text breaks its line inside (a Markdown soft break), not only at its ends. */
export function hasSoftBreak(p: Element): boolean {
  return p.children.some((c) => c.type === "text" && /\S\n|\n\S/.test(c.value));
}

const MEDIA = new Set(["img", "picture", "video", "audio", "iframe", "svg", "table", "hr"]);

/** Whether a block holds neither text nor media (an `&nbsp;` spacer, an emptied paragraph). */
export function isBlank(node: ElementContent | Root): boolean {
  if (node.type === "text") return !/\S/.test(node.value); // \s has U+00A0 and U+3000
  if (node.type === "comment") return true;
  if (node.type !== "element" && node.type !== "root") return true;
  if (node.type === "element" && MEDIA.has(node.tagName)) return false;
  return node.children.every((child) => isBlank(child as ElementContent));
}

/** The element children of a body or a block: its blocks. */
export function blocks(parent: Root | Element): Element[] {
  return (parent.children as RootContent[]).filter((c): c is Element => c.type === "element");
}

/** Takes a top-level block out of the body. */
export function removeBlock(root: Root, element: Element): void {
  root.children = root.children.filter((c) => c !== element);
}

/** An e-mail address, for the rules' patterns. */
export const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/** For asking rules about a line without taking what they report. */
export const QUIET: RuleContext = { atEdge: true, report: () => {} };
