/**
 * decode: bytes -> text. UTF-8 (with or without BOM), UTF-16 with BOM, else CP949/EUC-KR;
 * binary files are refused. The text comes out NFC-normalised with "\n" line ends and
 * without zero-width characters.
 */
import type { Problem } from "../model/article.ts";

export type Decoded =
  | { ok: true; text: string; encoding: string; problems: Problem[] }
  | { ok: false; reason: string };

const SNIFF_BYTES = 8192;
const REPLACEMENT = "\uFFFD";

/** NUL bytes or many control bytes in the first 8 KiB mean a binary file (images, .DS_Store, archives). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return end > 0 && control / end > 0.05;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Line ends to "\n", zero-width characters out, Unicode NFC (macOS writes decomposed Hangul). */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .normalize("NFC");
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { ok: true, text: normalizeText(new TextDecoder(encoding).decode(bytes)), encoding, problems: [] };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary file (not text): skipped" };

  const utf8 = new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM
  const badUtf8 = countReplacements(utf8);
  if (badUtf8 === 0) return { ok: true, text: normalizeText(utf8), encoding: "utf-8", problems: [] };

  const cp949 = new TextDecoder("euc-kr").decode(bytes);
  const badCp949 = countReplacements(cp949);
  const [text, encoding, bad] = badCp949 < badUtf8 ? [cp949, "cp949", badCp949] : [utf8, "utf-8", badUtf8];
  const problems: Problem[] = [];
  if (bad > 0) {
    const line = lineOf(text, text.indexOf(REPLACEMENT));
    problems.push({
      severity: "warning",
      line,
      message: `${bad} byte sequence(s) are not valid ${encoding === "utf-8" ? "UTF-8" : "CP949/EUC-KR"} (first on line ${line}); they were replaced with "${REPLACEMENT}". Re-save the file as UTF-8 to fix it.`,
    });
  }
  return { ok: true, text: normalizeText(text), encoding, problems };
}
