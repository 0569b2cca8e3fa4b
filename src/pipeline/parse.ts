/**
 * parse: body text -> hast tree. Posts (front matter, or a body with block-level HTML) go
 * through Markdown with raw HTML (remark -> rehype-raw); plain-text page dumps become one
 * paragraph per line, with bullet lines as lists.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { phrasing } from "hast-util-phrasing";
import { h } from "hastscript";
import { fromParse5 } from "hast-util-from-parse5";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { parseFragment } from "parse5";
import { unified, type Processor } from "unified";
import { decodeEntities } from "./entities.ts";
import { CHUNK_BREAK, protectStars } from "./markdown-stars.ts";
import { paragraphToHtml } from "./markdown-paragraph.ts";
import { eachElement } from "./walk.ts";

export type BodyShape = "markup" | "plain";

/** News posts never mean an indented code block: a table indented after a blank line is HTML. */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ["codeIndented"] } });
}

/**
 * Korean emphasis as writers mean it: `**강조(괄호)**를` is bold, though CommonMark leaves its
 * asterisks (a closing run after punctuation must be followed by a space or punctuation). The
 * CJK-friendly amendment (remark-cjk-friendly) lets a CJK character stand in for them.
 */
/** A transformer that keeps a Markdown list item's own number (keepListNumbers) from the source it was parsed from. */
function rehypeListNumbers() {
  return (tree: Root, file: { value: unknown }) => keepListNumbers(tree, String(file.value));
}

const markupProcessor = unified()
  .use(remarkParse)
  .use(remarkNoIndentedCode)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeListNumbers)
  .use(rehypeRaw);

/** Markdown to an HTML string, raw HTML passed through untouched (parse5 reads it once, with the rest). */
export const markdownToHtml = unified()
  .use(remarkParse)
  .use(remarkNoIndentedCode)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeListNumbers)
  .use(rehypeStringify, { allowDangerousHtml: true });

const BLOCK_TAG = /^\s*<(?:p|div|h[1-6]|table|ul|ol|section|article|figure|blockquote|hr|br)\b/im;

export function detectShape(body: string, hasFrontMatter: boolean, extension: string): BodyShape {
  if (hasFrontMatter || extension === ".md" || extension === ".markdown" || extension === ".html" || extension === ".htm") return "markup";
  return BLOCK_TAG.test(body) ? "markup" : "plain";
}

/**
 * Generated posts wrap parts of the article in code fences (```html, ```markdown, opened and not
 * always closed): a news article holds no code, so the fence is scaffolding and its content is
 * read as the article.
 */
export function unwrapFences(body: string): string {
  return body.replace(/^[ \t]*(?:```|~~~)[ \t]*(?:html?|markdown|md|text|plaintext)?[ \t]*$\n?/gim, "");
}

const BLOCK_TAGS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "hr", "blockquote", "figure", "section", "article", "pre", "header", "footer", "nav", "aside", "main"]);

function isBlock(node: ElementContent | RootContent): boolean {
  return node.type === "element" && BLOCK_TAGS.has(node.tagName);
}

function containsBlock(node: Element): boolean {
  return node.children.some((c) => isBlock(c) || (c.type === "element" && containsBlock(c)));
}

/**
 * Unclosed `<b>`s in scraped HTML make parse5 nest the rest of the article inside a paragraph
 * (`p > b > b > p …`). Lift every block out of paragraphs and inline wrappers, so that the
 * body is a flat list of blocks again.
 */
function explode(element: Element): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length) out.push({ ...element, children: run });
    run = [];
  };
  for (const child of element.children) {
    if (child.type === "element" && isBlock(child)) {
      flush();
      out.push(...liftBlocks(child));
    } else if (child.type === "element" && containsBlock(child)) {
      for (const piece of explode(child)) {
        if (isBlock(piece)) {
          flush();
          out.push(piece);
        } else run.push(piece);
      }
    } else run.push(child);
  }
  flush();
  return out;
}

function liftBlocks(element: Element): ElementContent[] {
  if (element.tagName === "p" || !isBlock(element)) return containsBlock(element) ? explode(element) : [element];
  if (["table", "pre", "ul", "ol", "dl"].includes(element.tagName)) return [element];
  element.children = element.children.flatMap((c) => (c.type === "element" && containsBlock(c) ? liftBlocks(c) : [c]));
  return [element];
}

export function flattenBlocks(root: Root): void {
  root.children = root.children.flatMap((c): RootContent[] => (c.type === "element" && containsBlock(c) ? liftBlocks(c) : [c]));
}

function isPhrasing(node: RootContent): boolean {
  if (node.type === "text" || node.type === "comment") return true;
  return node.type === "element" && phrasing(node);
}

/** Loose text and inline elements at block level (HTML blocks swallow lines) become paragraphs. */
export function wrapLooseInline(parent: Root | Element): void {
  const out: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const paragraphs: ElementContent[][] = [[]];
    for (const node of run) {
      if (node.type === "text" && /\n\s*\n/.test(node.value)) {
        const parts = node.value.split(/\n\s*\n/);
        parts.forEach((part, i) => {
          if (i > 0) paragraphs.push([]);
          if (part) paragraphs.at(-1)!.push({ type: "text", value: part });
        });
      } else paragraphs.at(-1)!.push(node);
    }
    for (const children of paragraphs) {
      const hasContent = children.some((c) => c.type !== "comment" && (c.type !== "text" || c.value.trim() !== ""));
      if (hasContent) out.push({ type: "element", tagName: "p", properties: {}, children: trimEdges(children) });
    }
    run = [];
  };
  for (const node of parent.children) {
    if (isPhrasing(node)) run.push(node as ElementContent);
    else {
      flush();
      out.push(node);
      if (node.type === "element" && ["div", "section", "article", "blockquote", "main"].includes(node.tagName)) wrapLooseInline(node);
    }
  }
  flush();
  parent.children = out as typeof parent.children;
}

function trimEdges(children: ElementContent[]): ElementContent[] {
  const first = children[0];
  if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
  const last = children.at(-1);
  if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
  return children;
}

/**
 * CommonMark HTML blocks of kinds 6 and 7 (a block-level tag, or any lone tag, at the start of a
 * line) run to the next blank line and their content is not Markdown. A chunk between blank
 * lines that opens with one, at column 0, is raw HTML exactly as micromark would read it.
 */
const HTML_BLOCK_START =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const RAW_TEXT_TAG = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
/** Constructs that can span blank lines or reach across chunks: with any of them, the body is read whole. */
const SPANS_CHUNKS = /^ {0,3}(?:```|~~~)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(?:script|pre|style|textarea)[\s>]|^ {0,3}\[[^\]]+\]:/im;

export function isHtmlChunk(chunk: string): boolean {
  const first = chunk.slice(0, chunk.indexOf("\n") >>> 0);
  return HTML_BLOCK_START.test(first) || (LONE_TAG.test(first) && !RAW_TEXT_TAG.test(first));
}

/**
 * The body as one HTML string: raw HTML chunks as they are, runs of Markdown chunks through
 * remark. The same tree as remark + rehype-raw over the whole body, at a fraction of the cost
 * (micromark would otherwise tokenise every character of the HTML); null when the body has a
 * construct that spans chunks.
 */
export function toHtmlChunks(body: string): string | null {
  if (SPANS_CHUNKS.test(body)) return null;
  const out: string[] = [];
  let markdown: string[] = [];
  const flush = () => {
    if (markdown.length) out.push(String(markdownToHtml.processSync(markdown.join("\n\n"))));
    markdown = [];
  };
  for (const chunk of body.replace(/^(?:[ \t]*\n)+/, "").split(CHUNK_BREAK)) {
    if (chunk.trim() === "") continue;
    const html = isHtmlChunk(chunk) ? chunk : paragraphToHtml(chunk);
    if (html === null) markdown.push(chunk);
    else {
      flush();
      out.push(html);
    }
  }
  flush();
  return out.join("\n");
}

function parseMarkup(body: string): Root {
  const unwrapped = protectStars(unwrapFences(body), isHtmlChunk);
  const html = toHtmlChunks(unwrapped);
  // parse5 without source locations (nothing downstream reads them) takes less than half the time.
  const tree = html === null ? (markupProcessor.runSync(markupProcessor.parse(unwrapped)) as Root) : (fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root);
  flattenBlocks(tree);
  wrapLooseInline(tree);
  return tree;
}

/**
 * A Markdown list counts on from its first number (`5. 4. 3.` reads 5, 6, 7; `2024. 1. 30.`
 * then `2024. 5. 2.` reads 2024, 2025): each item whose own number in the source is not the next
 * one keeps it, as `value`, which the page and the article's text show.
 */
function keepListNumbers(tree: Root, source: string): void {
  eachElement(tree, (list) => {
    if (list.tagName !== "ol") return;
    let next = Number(list.properties.start ?? 1);
    for (const item of list.children) {
      if (item.type !== "element" || item.tagName !== "li") continue;
      const at = item.position?.start.offset;
      const own = at === undefined ? null : /^[ \t]*(\d{1,9})[.)]/.exec(source.slice(at, at + 12));
      const number = own ? Number(own[1]) : next;
      if (number !== next) Object.assign(item.properties, { value: number });
      next = number + 1;
    }
  });
}

/** A bullet or a list number (`1. `, `3) `, `1. 12.3 계엄`), not a date that opens its line (`2023. 11. 30. 선고`, `12. 3. (화)`). */
const BULLET = /^\s*(?:[-•·▪◦]|\d{1,3}[.)](?!\s*\d{1,2}\.(?:\s|$|\()))\s+/;

/** Plain text: one paragraph per line (page dumps put one sentence, quote or caption per line). */
function parsePlain(body: string): Root {
  const text = decodeEntities(body.replace(/<br\s*\/?>/gi, "\n")).replace(/\u00A0/g, " ");
  const children: Element[] = [];
  let list: Element | null = null;
  /** The number the open numbered list gives its next item. */
  let next = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[ \t]+/g, " ").trim();
    if (!line) {
      list = null;
      continue;
    }
    if (BULLET.test(line)) {
      const ordered = /^\d/.test(line);
      const number = ordered ? parseInt(line, 10) : 1;
      if (!list || (list.tagName === "ol") !== ordered) {
        // A numbered list that goes on after a paragraph (`3. …` under `ㅇ …`) keeps its numbers.
        list = ordered && number !== 1 ? h("ol", { start: number }) : h(ordered ? "ol" : "ul");
        children.push(list);
        next = number;
      }
      // An item whose number is not the next one (`2. 신고 방법` over `1. …`, a countdown) keeps its own.
      list.children.push(h("li", ordered && number !== next ? { value: String(number) } : {}, line.replace(BULLET, "")));
      next = number + 1;
    } else {
      list = null;
      children.push(h("p", line));
    }
  }
  return { type: "root", children };
}

export function parseBody(body: string, shape: BodyShape): Root {
  return shape === "plain" ? parsePlain(body) : parseMarkup(body);
}
