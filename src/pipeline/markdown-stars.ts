/**
 * Asterisks in Korean Markdown that are not emphasis. Under the CJK-friendly rules a `*` next to
 * a Hangul syllable may open or close emphasis, which makes a masked name (`김**(52)씨`) or a
 * footnote mark (`"반도체*"와 "이차전지*"`, `신고액(잠정)*은`) pair up and lose its marks. Such
 * asterisks are escaped before parsing, in the Markdown text only: HTML blocks, code and comments
 * are kept byte for byte (a backslash there would show).
 */

/**
 * A name masked with asterisks: a syllable alone, then the marks, then the age, `씨` or the next
 * masked name.
 */
const MASKED_NAME = /(?<![\p{L}\p{N}*\\])([가-힣])(\*{2,3})(?=\s?(?:씨|양|군|모씨|\(\d{1,3}\))|,\s*[가-힣]\*{2,3})/gu;

/** A closing bracket or quote: a `*` after one closes (`(잠정)*은`), it does not open. */
const CLOSING = new Set([")", "]", "}", "」", "』", "”", "’", "〉", "》", "】", "〕"]);
const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** What parts a Markdown body's chunks: a blank line or more (the fast path's chunks, parse.ts, are the same). */
export const CHUNK_BREAK = /\n[ \t]*\n(?:[ \t]*\n)*/;
/** The same, kept in the split: the chunks are joined back as they were. */
const CHUNKS_AND_BREAKS = new RegExp(`(${CHUNK_BREAK.source})`);

/** Escapes the masked names and footnote marks in `body`'s Markdown text. */
export function protectStars(body: string, isHtmlChunk: (chunk: string) => boolean): string {
  if (!body.includes("*")) return body;
  const parts = body.split(CHUNKS_AND_BREAKS);
  let raw: RegExp | null = null; // the end of a comment or raw-text element that spans chunks
  for (let i = 0; i < parts.length; i += 2) {
    const chunk = parts[i]!;
    if (raw) {
      if (raw.test(chunk)) raw = null;
      continue;
    }
    const opens = /<!--|<(script|pre|style|textarea)[\s>]/i.exec(chunk);
    if (opens) {
      const end = opens[1] ? new RegExp(`</${opens[1]}>`, "i") : /-->/;
      if (!end.test(chunk.slice(opens.index))) raw = end;
      continue;
    }
    if (!chunk.includes("*") || isHtmlChunk(chunk) || /^ {0,3}(?:```|~~~)/m.test(chunk) || /^(?: {4}|\t)/.test(chunk)) continue;
    parts[i] = footnoteStars(chunk.includes("**") ? chunk.replace(MASKED_NAME, (_, syllable: string, marks: string) => `${syllable}${marks.replace(/\*/g, "\\*")}`) : chunk);
  }
  return parts.join("");
}

/**
 * Escapes each single `*` that cannot open emphasis (it follows a letter, a digit or a closing
 * bracket) and has none open to close: a footnote mark. One with space on both sides (a bullet,
 * `* * *`) is no emphasis anyway. A pair like `*'숨통이 트였다'*는` stays
 * emphasis; runs of two or more (bold) are left to the parser.
 */
function footnoteStars(chunk: string): string {
  let out = "";
  let from = 0;
  let open = false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "`") {
      // An inline code span: to the next run of as many backticks (none: the backticks are text).
      let run = 1;
      while (chunk[i + run] === "`") run++;
      const close = chunk.indexOf("`".repeat(run), i + run);
      i = close < 0 ? i + run - 1 : close + run - 1;
      continue;
    }
    if (c !== "*") continue;
    let end = i + 1;
    while (chunk[end] === "*") end++;
    if (end - i > 1) {
      i = end - 1;
      continue;
    }
    const before = chunk[i - 1];
    const after = chunk[i + 1];
    const canClose = before !== undefined && !SPACE.test(before);
    const canOpen = after !== undefined && !SPACE.test(after) && opensAfter(before, after);
    // Between digits a star multiplies (`0.4*5`, `1.005*1.005`).
    const multiplies = before !== undefined && after !== undefined && /\d/.test(before) && /\d/.test(after);
    if (!multiplies && open && canClose) open = false;
    else if (!multiplies && canOpen) open = true;
    else if (multiplies || canClose) {
      out += `${chunk.slice(from, i)}\\*`;
      from = i + 1;
    }
  }
  return out + chunk.slice(from);
}

/**
 * Whether a `*` between `before` and `after` (not white space) may open: after a space, an
 * opening mark or nothing; after a Latin letter or digit as CommonMark has it (not before
 * punctuation: `GDP*"`); never after a Hangul syllable or a closing bracket.
 */
function opensAfter(before: string | undefined, after: string): boolean {
  if (before === undefined || SPACE.test(before)) return true;
  if (/[A-Za-z0-9]/.test(before)) return !PUNCTUATION.test(after);
  return PUNCTUATION.test(before) && !CLOSING.has(before);
}
