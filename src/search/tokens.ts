/**
 * How sillok's search reads Korean: Hangul (and Han) runs as overlapping character bigrams, the
 * classic CJK approach (Lucene's CJKAnalyzer). `핵심광물을` is indexed as 핵심 심광 광물 물을, so the
 * query `광물` (one bigram) finds it inside the compound and before the particle, and `카자흐`
 * (카자 자흐) finds `카자흐스탄`. Latin letters and digits are whole words. The same code runs at
 * build time and in the reader's browser, so a query is split exactly as the text was.
 */

/** Hangul syllables and the CJK ideograph blocks: read as bigrams. */
function isSyllable(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** ASCII letters (after lower-casing) and digits: read as words. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** NFKC (full-width forms, compatibility jamo), lower case. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The tokens of already-normalised text, in order (repeats kept); `emit` gets each. */
export function eachToken(text: string, emit: (token: string) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSyllable(code)) {
      let end = i + 1;
      while (end < text.length && isSyllable(text.charCodeAt(end))) end++;
      if (end - i === 1) emit(text[i]!);
      else for (let k = i; k + 2 <= end; k++) emit(text.slice(k, k + 2));
      i = end;
    } else if (isWordChar(code)) {
      let end = i + 1;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      emit(text.slice(i, end));
      i = end;
    } else i++;
  }
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (token) => out.push(token));
  return out;
}

/** A reader's query: its words (split at white space), each with its tokens; words with none are dropped. */
export function queryWords(query: string): { word: string; tokens: string[] }[] {
  return normalize(query)
    .split(/\s+/)
    .map((word) => ({ word, tokens: [...new Set(tokenize(word))] }))
    .filter((w) => w.tokens.length > 0);
}

/** FNV-1a over the token's UTF-16 units: which shard file holds it. */
export function shardOf(token: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
