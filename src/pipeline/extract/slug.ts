/** ASCII slugs from Korean titles (romanised), stable and never empty. */
import { romanize } from "es-hangul";

const MAX = 60;
/** romanize is pure and slow (about 10 µs a syllable); an archive reuses the same words all the time. */
const romanized = new Map<string, string>();
const MEMO_LIMIT = 50_000;

function romanizeWord(hangul: string): string {
  let roman = romanized.get(hangul);
  if (roman === undefined) {
    if (romanized.size >= MEMO_LIMIT) romanized.clear();
    romanized.set(hangul, (roman = romanize(hangul)));
  }
  return roman;
}

export function toSlug(text: string): string {
  // Only Hangul runs go to romanize: es-hangul looks words up in a plain object, so a title such
  // as "valueOf" would reach Object.prototype and throw.
  const ascii = text
    .normalize("NFC")
    .replace(/[\u3131-\u318E\uAC00-\uD7A3]+/g, romanizeWord)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= MAX) return ascii;
  const cut = ascii.slice(0, MAX + 1);
  const dash = cut.lastIndexOf("-");
  return (dash > 20 ? cut.slice(0, dash) : ascii.slice(0, MAX)).replace(/-+$/, "");
}

/** A front-matter slug is taken only as plain ASCII words: never a path. */
export function cleanFrontMatterSlug(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const slug = value.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, MAX);
  return slug || null;
}
