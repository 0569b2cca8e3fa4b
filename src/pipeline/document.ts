/**
 * A whole saved web page (`<!DOCTYPE html>…`: "Save page as", SingleFile, an Evernote export):
 * its head says what the page is (the headline, the day, the site, its address: Open Graph,
 * JSON-LD, the canonical link), and its story sits in one part of its body (`<article>`,
 * `itemprop="articleBody"`, a box named for the story). That part becomes the body; the head's
 * facts become front matter and clues, so the rest of the pipeline reads the page as a post.
 */
import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { parse } from "parse5";
import type { Clue } from "./clean/types.ts";
import type { FrontMatter } from "./split.ts";
import { eachElement, SKIP } from "./walk.ts";

export interface SavedDocument {
  frontMatter: FrontMatter;
  /** The site's own name and the page's own address: stronger than what the chrome says. */
  clues: Clue[];
  /** The part of the page that holds the story, as HTML. */
  body: string;
}

/** A file that is a whole page, not a post's body: a doctype or an `<html>` first (after an XML prolog and comments). */
const WHOLE_PAGE = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

/** Elements that never hold the story's text. */
const NOT_TEXT = new Set(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input", "link", "meta"]);
/** The page's own parts around the story, dropped when the story's box is not found. */
const PAGE_PARTS = new Set(["nav", "header", "footer", "aside"]);
/** The names sites give the story's box. */
const STORY_BOX = /(?:^|[\s_-])(?:article[-_]?(?:body|content|view|txt|text|story)|articlebody|news[-_]?(?:body|content|view|text)|view[-_]?(?:con|cont|content|body|text)|story[-_]?(?:body|content)|entry[-_]?content|post[-_]?(?:body|content)|dic_area|newsct_article|article_view|cont_view)(?:$|[\s_-])/i;
/** Some of the page's text must be in the box: a box of a caption or a summary is not the story. */
const BOX_SHARE = 0.3;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle)$/;
/** A second `<article>` is the story's too when it is this long, and this large a part of the first. */
const PARTNER_MIN = 40;
const PARTNER_SHARE = 0.1;
/** A board's own page title: `보도자료 상세`, `공지사항 보기`, `뉴스 상세보기`. */
const BOARD_TITLE = /^(?:보도\s*자료|공지\s*사항|새\s*소식|알림\s*마당|뉴스|기사|게시물|게시판|소식)\s*(?:상세\s*(?:보기|페이지|내용)?|보기|내용|읽기|뷰)$/;
const SITE_NAME_WEIGHT = 90;
const CANONICAL_WEIGHT = 96;

function attribute(el: Element, name: string): string | null {
  const value = el.properties[name];
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.join(" ").trim() || null;
  return null;
}

function classAndId(el: Element): string {
  return `${attribute(el, "className") ?? ""} ${attribute(el, "id") ?? ""}`;
}

function elements(root: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  eachElement(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** The text of a page part, without what never shows. */
function shownText(el: Root | Element): string {
  let text = "";
  for (const child of el.children) if (child.type === "text") text += child.value;
  eachElement(el, (node) => {
    if (NOT_TEXT.has(node.tagName)) return SKIP;
    for (const child of node.children) if (child.type === "text") text += child.value;
    return undefined;
  });
  return text.replace(/\s+/g, " ").trim();
}

/** The JSON-LD object that describes the story: an Article of some kind, perhaps in a `@graph`. */
function linkedData(root: Root): Record<string, unknown> | null {
  for (const script of elements(root, (el) => el.tagName === "script" && /ld\+json/i.test(attribute(el, "type") ?? ""))) {
    let data: unknown;
    try {
      data = JSON.parse(toString(script));
    } catch {
      continue;
    }
    const candidates = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && Array.isArray((d as { "@graph"?: unknown })["@graph"]) ? (d as { "@graph": unknown[] })["@graph"] : [d]));
    for (const item of candidates) {
      if (!item || typeof item !== "object") continue;
      const type = (item as { "@type"?: unknown })["@type"];
      if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return item as Record<string, unknown>;
    }
  }
  return null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const nameOf = (value: unknown): string | null => text(value) ?? (value && typeof value === "object" ? text((value as { name?: unknown }).name) : null);
const idOf = (value: unknown): string | null => text(value) ?? (value && typeof value === "object" ? text((value as { "@id"?: unknown })["@id"]) : null);

/** The story's box: `itemprop="articleBody"`, else the largest `<article>`, else the largest box named for the story, if it holds enough of the page's text. */
function storyBox(body: Element): Element | null {
  const all = shownText(body).length;
  const largest = (els: Element[]) => els.map((el) => ({ el, size: shownText(el).length })).sort((a, b) => b.size - a.size)[0];
  const articles = elements(body, (el) => el.tagName === "article");
  for (const candidates of [elements(body, (el) => attribute(el, "itemProp") === "articleBody"), articles, elements(body, (el) => STORY_BOX.test(classAndId(el)))]) {
    const best = largest(candidates);
    if (!best || best.size < all * BOX_SHARE) continue;
    // A story in two `<article>`s side by side (the report, then its Q&A box): both, in the box that holds them (another's teaser stands elsewhere, and is short).
    const box = candidates === articles ? around(body, best.el, best.el) : null;
    const siblings = box ? box.children.filter((c): c is Element => c.type === "element" && c.tagName === "article" && c !== best.el) : [];
    // Not the next story of an endless page: that one has its own headline.
    const partner = siblings.find((a) => {
      const size = shownText(a).length;
      return size >= Math.max(PARTNER_MIN, best.size * PARTNER_SHARE) && size < best.size && elements(a, (el) => el.tagName === "h1" || el.tagName === "h2").length === 0;
    });
    return partner && box ? box : best.el;
  }
  return null;
}

/**
 * A clipper's table of what it saved, over the page (Evernote: `만든 날짜:` / `원본 URL:` /
 * `태그:`): every row a label with its colon and a value. It goes; its address is the source.
 */
function clipperTable(body: Element): { table: Element; url: string | null } | null {
  const first = elements(body, (el) => el.tagName !== "br" && el.tagName !== "div")[0];
  if (!first || first.tagName !== "table") return null;
  const rows = elements(first, (el) => el.tagName === "tr");
  const labelled = rows.map((row) => elements(row, (el) => el.tagName === "td" || el.tagName === "th").map((cell) => toString(cell).trim()));
  if (rows.length === 0 || !labelled.every((cells) => cells.length === 2 && /^[^:：]{1,14}[:：]$/.test(cells[0]!))) return null;
  const url = labelled.find((cells) => /url|주소|출처|source/i.test(cells[0]!))?.[1] ?? null;
  return { table: first, url: url && /^https?:\/\//.test(url) ? url : null };
}

/** Reads a whole saved page; null when the file is not one. */
export function readDocument(source: string): SavedDocument | null {
  // Most files open with text or a post's markup: the test is for those that open with `<`.
  if (source.charCodeAt(source.search(/[^\s\uFEFF]/)) !== 0x3c || !WHOLE_PAGE.test(source)) return null;
  const root = fromParse5(parse(source, { scriptingEnabled: false })) as Root;
  const html = root.children.find((c): c is Element => c.type === "element" && c.tagName === "html");
  const head = html?.children.find((c): c is Element => c.type === "element" && c.tagName === "head");
  const body = html?.children.find((c): c is Element => c.type === "element" && c.tagName === "body");
  if (!body) return null;

  const metas = head ? elements(head, (el) => el.tagName === "meta") : [];
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = metas.find((m) => (attribute(m, "property") ?? attribute(m, "name") ?? attribute(m, "itemProp"))?.toLowerCase() === name);
      const value = el && attribute(el, "content");
      if (value) return value;
    }
    return null;
  };
  const ld = linkedData(root);
  const canonical = head ? elements(head, (el) => el.tagName === "link" && /\bcanonical\b/i.test(attribute(el, "rel") ?? "")).map((el) => attribute(el, "href"))[0] : null;
  const titleElement = head ? elements(head, (el) => el.tagName === "title")[0] : undefined;
  // SingleFile notes the page's address in a comment at the top: `url: https://…`.
  const savedFrom = /^\s*url:\s*(https?:\/\/\S+)/m.exec(source.slice(0, 2000))?.[1] ?? null;

  const frontMatter: FrontMatter = {};
  const named = meta("og:title", "twitter:title") ?? text(ld?.headline) ?? (titleElement ? toString(titleElement).trim() || null : null);
  // A board's page title names the board, not the post (`보도자료 상세 | 산업통상자원부`): the body's headline is the title then.
  const title = named && !BOARD_TITLE.test(named.split(/\s+[|\-–—:]\s+/)[0]!.trim()) ? named : null;
  if (title) frontMatter.title = title;
  const date = meta("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publish-date", "date") ?? text(ld?.datePublished);
  if (date) frontMatter.date = date;
  const clues: Clue[] = [];
  const site = meta("og:site_name") ?? nameOf(ld?.publisher);
  if (site) clues.push({ publisher: { name: site, weight: SITE_NAME_WEIGHT } });
  const table = clipperTable(body);
  const address = canonical ?? meta("og:url", "source-url") ?? text(ld?.url) ?? idOf(ld?.mainEntityOfPage) ?? table?.url ?? savedFrom;
  if (address && /^https?:\/\/[^/\s]+\/\S+/.test(address)) clues.push({ sourceUrl: { url: address, weight: CANONICAL_WEIGHT } });

  if (table) {
    eachElement(body, (el, index, parent) => {
      if (el !== table.table) return undefined;
      parent.children.splice(index, 1);
      return index;
    });
  }
  const box = storyBox(body);
  // The headline and its deck may stand over the story's box (`<h1>…</h1><div class="sub_title">…</div><article>…`): the box's nearest container that holds the headline too.
  // With no title in the head, the headline is the last heading before the box (a board's `<h3 class="tit">`).
  const order = elements(body, () => true);
  const headline = title
    ? elements(body, (el) => /^h[12]$/.test(el.tagName) && shownText(el) === title.replace(/\s+/g, " ").trim())[0]
    : box
      ? order.slice(0, order.indexOf(box)).filter((el) => /^h[1-3]$/.test(el.tagName) && !holds(el, box) && shownText(el).length >= 6).at(-1)
      : undefined;
  const part = box && headline && !holds(box, headline) ? (around(body, box, headline) ?? body) : (box ?? body);
  // From the headline down to the end of the story's box: what comes after the box there (its tags, the reporter's box, the comments) is the page's.
  if (box && part !== box) cutAfter(part, box);
  const kept = [box, headline].filter((el): el is Element => el !== undefined);
  eachElement(part, (el, index, parent) => {
    if (NOT_TEXT.has(el.tagName) || (part !== box && PAGE_PARTS.has(el.tagName) && !kept.some((k) => holds(el, k)))) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return { frontMatter, clues, body: toHtml({ type: "root", children: part.children }) };
}

/** Removes from `part` everything after `inner` in document order (not what `inner` holds). */
function cutAfter(part: Element, inner: Element): void {
  for (let node: Element = part; node !== inner; ) {
    const at = node.children.findIndex((c) => c.type === "element" && holds(c, inner));
    if (at === -1) return;
    node.children = node.children.slice(0, at + 1);
    node = node.children[at] as Element;
  }
}

/** Whether `outer` is `inner` or holds it. */
function holds(outer: Element, inner: Element): boolean {
  if (outer === inner) return true;
  return outer.children.some((c) => c.type === "element" && holds(c, inner));
}

/** The innermost element under `root` that holds both `a` and `b` (and is neither); `root` when none under it does. */
function around(root: Element, a: Element, b: Element): Element | null {
  for (const child of root.children) if (child.type === "element" && child !== a && child !== b && holds(child, a) && holds(child, b)) return around(child, a, b) ?? child;
  return root.children.some((c) => c === a || c === b) || holds(root, a) ? root : null;
}
