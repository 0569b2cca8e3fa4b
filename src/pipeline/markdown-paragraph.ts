/**
 * A fast path for the commonest Markdown chunks in news posts: a paragraph (optionally under an
 * ATX heading) of text with inline HTML tags, `[text](url)` links, `![alt](src)` images,
 * `**strong**` and GFM autolink literals (`www.korea.kr`, `https://…`). It returns the HTML that
 * remark-parse + remark-gfm + remark-rehype give, or null for anything it cannot vouch for
 * (emphasis with `_` or a single `*`, code, escapes, character references, e-mail addresses,
 * lists, quotes, tables, URLs with parentheses or non-ASCII…), which then goes through remark.
 *
 * micromark costs about 1 µs a character; this path a few percent of that. Every rule here
 * mirrors micromark's (CommonMark 0.31 and micromark-extension-gfm-autolink-literal), and
 * tests/pipeline/markdown-paragraph.test.ts holds the output to remark's on the real corpus and
 * on generated text.
 */

/** Lines that start a block: heading, quote, list item, thematic break, setext underline, table delimiter row, HTML block. */
const BLOCK_LINE =
  /^[ \t]*(?:#|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$|[|: \t]*-[-|: \t]*$|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)|<(?:script|pre|style|textarea))/im;
const ATX_HEADING = /^(#{1,6})[ \t]+([^#\n]*?)(?:[ \t]+#+)?[ \t]*$/;
/** CommonMark inline raw HTML: an open tag (attributes may span lines) or a closing tag. */
const TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)/;
/** `[text](url)` and `![alt](url)` in their plain forms: no title, no brackets, escapes or emphasis inside. */
const LINK = /^(!?)\[([^[\]()<>\\`*_~&\n]+)\]\(([A-Za-z0-9\-._:/?#@!$+,;=]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9\-._:/?#@!$+,;=]*)*)\)/;
/** Text characters whose Markdown meaning this path does not implement. */
const UNSUPPORTED = /[_`\\~@[\]]|mailto:|xmpp:|&(?:[A-Za-z0-9]+;|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)/i;
const TRIGGER = /https?:\/\/|www\./gi;
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const DOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})+`);
/** What may follow a literal's domain in its path, in this path's subset (ASCII, no brackets, quotes or emphasis marks). */
const PATH_CHAR = /[A-Za-z0-9/\-=#%+>$@.,:;!?]/;
/** micromark's trail: punctuation at the end of a literal that is not part of it. */
const TRAIL_CHAR = /[.,:;!?]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

type Item =
  | { kind: "html"; html: string; /** the source text it stands for, for its neighbours' flanking */ source: string }
  | {
      kind: "text";
      value: string;
      /** What comes before the text: the paragraph's start, a tag, or something else (a link, a break). */
      after: Edge;
      /** What comes after it. */
      before: Edge;
    };

type Edge = "start" | "tag" | "other";

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** Splits inline source into raw tags, links, hard breaks and text; null on anything unsupported. */
function tokenize(source: string): Item[] | null {
  const items: Item[] = [];
  let text = "";
  const flush = () => {
    if (text) items.push({ kind: "text", value: text, after: edge(items.at(-1)), before: "start" });
    text = "";
  };
  for (let i = 0; i < source.length; ) {
    const char = source[i]!;
    if (char === "<") {
      const tag = TAG.exec(source.slice(i));
      if (tag) {
        flush();
        items.push({ kind: "html", html: tag[0], source: tag[0] });
        i += tag[0].length;
        continue;
      }
      if (/[A-Za-z/!?]/.test(source[i + 1] ?? "")) return null; // parse5 would read a tag where Markdown reads text
    } else if (char === "[" || (char === "!" && source[i + 1] === "[")) {
      const link = LINK.exec(source.slice(i));
      if (!link || /https?:\/\/|www\./i.test(link[2]!)) return null;
      const [whole, bang, label, url] = link;
      flush();
      const html = bang ? `<img src="${escapeAttribute(url!)}" alt="${escapeAttribute(label!)}">` : `<a href="${escapeAttribute(url!)}">${escapeText(label!)}</a>`;
      items.push({ kind: "html", html, source: whole });
      i += whole.length;
      continue;
    } else if (char === "\u0000") {
      flush();
      items.push({ kind: "html", html: "<br>\n", source: "\n" });
      i += 2; // the marker and the line end after it
      continue;
    }
    text += char;
    i++;
  }
  flush();
  items.forEach((item, i) => {
    if (item.kind === "text") item.before = edge(items[i + 1]);
  });
  return items;
}

function edge(item: Item | undefined): Edge {
  if (!item) return "start";
  return item.kind === "html" && item.source.startsWith("<") ? "tag" : "other";
}

/**
 * Autolink literals in one text item, as micromark's tokenizer reads them: a trigger after white
 * space (or at the start of the paragraph; `http(s)://` also right after a tag), an ASCII domain,
 * then a path up to white space, without its trailing punctuation. Null where the literal is
 * outside that subset.
 */
function linkLiterals(text: string, after: Edge, before: Edge): string | null {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TRIGGER)) {
    const at = match.index;
    if (at < last) continue; // "www." inside a literal that began with https://
    const previous = at === 0 ? after : WHITESPACE.test(text[at - 1]!) ? "start" : "other";
    const www = match[0].toLowerCase() === "www.";
    if (!(previous === "start" || (previous === "tag" && !www))) return null;
    const domain = DOMAIN.exec(text.slice(at + match[0].length));
    if (!domain) return null;
    let end = at + match[0].length + domain[0].length;
    for (;;) {
      const char = text[end];
      if (char === undefined && before === "other") return null; // a link or break right after the literal: micromark reads on
      if (char === undefined || WHITESPACE.test(char)) break;
      if (!PATH_CHAR.test(char)) return null;
      if (TRAIL_CHAR.test(char)) {
        let run = end;
        while (run < text.length && TRAIL_CHAR.test(text[run]!)) run++;
        if ((run === text.length && before !== "other") || WHITESPACE.test(text[run]!)) break;
        if (run === text.length) return null;
        end = run;
        continue;
      }
      end++;
    }
    const url = text.slice(at, end);
    if (/%(?![0-9A-Fa-f]{2})/.test(url)) return null;
    const href = `${www ? "http://" : ""}${url}`.replace(/>/g, "%3E");
    out.push(escapeText(text.slice(last, at)), `<a href="${escapeAttribute(href)}">${escapeText(url)}</a>`);
    last = end;
  }
  out.push(escapeText(text.slice(last)));
  return out.join("");
}

/**
 * `**` pairs across the text items, CommonMark's way: every run of asterisks is exactly two; odd
 * runs can open (left-flanking), even runs can close (right-flanking). Returns each text item
 * cut at the runs, with the runs as tags; null when the asterisks are anything else.
 */
function pairStrong(items: Item[]): Item[] | null {
  const source = items.map((item) => (item.kind === "text" ? item.value : item.source)).join("");
  const out: Item[] = [];
  let offset = 0;
  let open = false;
  for (const item of items) {
    if (item.kind !== "text" || !item.value.includes("*")) {
      out.push(item);
      offset += item.kind === "text" ? item.value.length : item.source.length;
      continue;
    }
    let last = 0;
    for (let i = item.value.indexOf("*"); i !== -1; i = item.value.indexOf("*", last)) {
      if (item.value[i + 1] !== "*" || item.value[i + 2] === "*") return null;
      const prev = source[offset + i - 1];
      const next = source[offset + i + 2];
      const prevSpace = prev === undefined || WHITESPACE.test(prev), nextSpace = next === undefined || WHITESPACE.test(next);
      const prevPunct = prev !== undefined && PUNCTUATION.test(prev), nextPunct = next !== undefined && PUNCTUATION.test(next);
      const leftFlanking = !nextSpace && (!nextPunct || prevSpace || prevPunct);
      const rightFlanking = !prevSpace && (!prevPunct || nextSpace || nextPunct);
      if (open ? !rightFlanking : !leftFlanking) return null;
      if (i > last) out.push({ ...item, value: item.value.slice(last, i), after: last === 0 ? item.after : "other", before: "other" });
      out.push({ kind: "html", html: open ? "</strong>" : "<strong>", source: "**" });
      open = !open;
      last = i + 2;
    }
    if (last < item.value.length) out.push({ ...item, value: item.value.slice(last), after: last === 0 ? item.after : "other" });
    offset += item.value.length;
  }
  return open ? null : out;
}

/** Inline Markdown to HTML, or null. */
function inlineToHtml(source: string): string | null {
  const tokens = tokenize(source);
  const items = tokens && pairStrong(tokens);
  if (!items) return null;
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === "html") out.push(item.html);
    else {
      if (UNSUPPORTED.test(item.value)) return null;
      const html = linkLiterals(item.value, item.after, item.before);
      if (html === null) return null;
      out.push(html);
    }
  }
  return out.join("");
}

/** The paragraph's content with CommonMark's line handling: lines trimmed, two trailing spaces a hard break. */
function joinLines(lines: string[]): string {
  return lines
    .map((line, i) => {
      const trimmed = line.replace(/^[ \t]+/, "");
      if (i === lines.length - 1) return trimmed.replace(/[ \t]+$/, "");
      return / {2,}$/.test(trimmed) ? `${trimmed.replace(/[ \t]+$/, "")}\u0000` : trimmed.replace(/[ \t]+$/, "");
    })
    .join("\n");
}

/** The HTML remark gives a chunk of one paragraph (and an ATX heading above it), or null when only remark can say. */
export function paragraphToHtml(input: string): string | null {
  const chunk = input.replace(/^(?:[ \t]*\n)+/, "").replace(/(?:\n[ \t]*)+$/, "");
  if (chunk === "" || chunk.includes("\u0000") || /^[ \t]/.test(chunk) || /\n[ \t]*\n/.test(chunk)) return null;
  const lines = chunk.split("\n");
  const heading = ATX_HEADING.exec(lines[0]!);
  const body = heading ? lines.slice(1) : lines;
  if (BLOCK_LINE.test(body.join("\n")) || (body[0] !== undefined && /^[ \t]*<[^>]*>[ \t]*$/.test(body[0]))) return null;
  const out: string[] = [];
  if (heading) {
    const content = inlineToHtml(heading[2]!.trim());
    if (content === null || content === "") return null;
    out.push(`<h${heading[1]!.length}>${content}</h${heading[1]!.length}>`);
  }
  if (body.length) {
    const content = inlineToHtml(joinLines(body));
    if (content === null) return null;
    out.push(`<p>${content}</p>`);
  }
  return out.join("\n");
}
