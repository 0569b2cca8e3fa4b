/**
 * Countries: which countries (ISO 3166-1 alpha-2) and regions an article names.
 *
 * The rules:
 * - Every name in the table (`country-names.ts`) is looked for in one pass; where names
 *   overlap, the longest wins (인도네시아 is ID, not 인도; 남수단 is SS, not 수단), and
 *   `BLOCKED` strings shadow what they contain (북한산 is a mountain).
 * - A joined form counts for every side: 한-카자흐, 한·베, 미·중, 한-중앙아, 韓美. One-syllable
 *   forms (베, 미, 중 …) count only there; without a separator only 한미, 한중일 … at the start
 *   of a word, and 한 straight before a full name (한베트남).
 * - Names that are also common words (인도, 수단, 이란 …) count only as a word of their own and
 *   with context: a joined form, a country next to them in a list ("인도와 베트남"), or a cue
 *   word ("인도 정부", "이란 핵", "인도산"). Once one mention has context, the article's other
 *   mentions that stand as words count too.
 * - A region (중앙아시아, 아세안, EU …) goes to `regions` and adds no country.
 * - Score: a mention in the text counts 1, in the title TITLE_WEIGHT; ties go to the first
 *   mention, the title before the text. Korea counts like any other country.
 */
import {
  CUE_WORDS,
  HANJA,
  LIST_LINKS,
  PARTICLES,
  REGIONS,
  SUFFIX_CUES,
  WHOLE_CUE_WORDS,
  WORD_PREFIXES,
} from "./country-aliases.ts";
import { buildNameTable, compileScanner, hangulRun, isHangul, type NameHit } from "./country-names.ts";

export interface CountryMatch {
  /** ISO 3166-1 alpha-2 codes, uppercase, most prominent first (score: mentions in text + 3 per mention in title; ties: first mention first). */
  countries: string[];
  /** Region ids named, e.g. "central-asia"; a region adds NO countries. */
  regions: string[];
}

/** Default 3: a mention in the headline is worth three in the body. */
export const TITLE_WEIGHT = 3;

const TABLE = buildNameTable();
const scanNames = compileScanner(TABLE.entries);
const PARTICLE_SET = new Set(PARTICLES);
const SUFFIX_CUE_SET = new Set(SUFFIX_CUES);
const LINK_SET = new Set(LIST_LINKS);
const PREFIX_SET = new Set(WORD_PREFIXES);
const REGION_NAMES = new Map(REGIONS.map((region) => [region.id, region.name]));

interface Token extends NameHit {
  kept: boolean;
}

interface Source {
  text: string;
  weight: number;
  /** Added to positions so that title mentions come first. */
  offset: number;
  tokens: Token[];
}

/** Countries and regions an article names, most prominent first. */
export function findCountries(text: string, title?: string): CountryMatch {
  const titleText = (title ?? "").normalize("NFC");
  const sources: Source[] = [
    { text: titleText, weight: TITLE_WEIGHT, offset: 0, tokens: [] },
    { text: text.normalize("NFC"), weight: 1, offset: titleText.length + 1, tokens: [] },
  ];
  for (const source of sources) source.tokens = scanNames(source.text).map((hit) => Object.assign(hit, { kept: false }));

  // Ambiguous names: strong context anywhere confirms the name for the whole article.
  const confirmed = new Set<string>();
  for (const { text: s, tokens } of sources) {
    for (const token of tokens) token.kept = keepsUnambiguous(s, token);
    for (let changed = true; changed; ) {
      changed = false;
      tokens.forEach((token, i) => {
        if (token.kept || token.entry.kind !== "ambiguous" || !hasStrongContext(s, tokens, i)) return;
        token.kept = changed = true;
        confirmed.add(token.key);
      });
    }
  }
  const countries = new Tally();
  const regions = new Tally();
  for (const { text: s, tokens, weight, offset } of sources) {
    for (const token of tokens) {
      if (!token.kept && !(token.entry.kind === "ambiguous" && confirmed.has(token.key) && standsAsWord(s, token))) continue;
      for (const code of token.entry.countries) countries.add(code, weight, offset + token.start);
      for (const id of token.entry.regions) regions.add(id, weight, offset + token.start);
      if (joinsKorea(s, token)) countries.add("KR", weight, offset + token.start - 1);
    }
  }
  return { countries: countries.ranked(), regions: regions.ranked() };
}

/** Korean display name for an ISO code, e.g. "KZ" -> "카자흐스탄", "KR" -> "한국"; falls back to the code. */
export function countryName(code: string): string {
  return TABLE.displayNames.get(code.toUpperCase()) ?? code;
}

/** Region display name, e.g. "central-asia" -> "중앙아시아"; falls back to the id. */
export function regionName(id: string): string {
  return REGION_NAMES.get(id) ?? id;
}

/** Scores per id, and where each was first named. */
class Tally {
  readonly #scores = new Map<string, { score: number; first: number }>();
  add(id: string, weight: number, position: number): void {
    const seen = this.#scores.get(id) ?? { score: 0, first: position };
    this.#scores.set(id, { score: seen.score + weight, first: Math.min(seen.first, position) });
  }
  ranked(): string[] {
    return [...this.#scores].sort(([, a], [, b]) => b.score - a.score || a.first - b.first).map(([id]) => id);
  }
}

/** 한베트남, 한UAE: 한 straight before a full country name, at the start of a word. */
function joinsKorea(s: string, token: Token): boolean {
  const { kind, countries } = token.entry;
  return (kind === "name" || kind === "latin") && countries.length > 0 && s[token.start - 1] === "한" && !isHangul(s[token.start - 2]);
}

function keepsUnambiguous(s: string, token: Token): boolean {
  switch (token.entry.kind) {
    case "blocked":
    case "ambiguous":
      return false;
    case "short":
      return token.joined;
    case "join":
      return !isHangul(s[token.start - 1]);
    case "hanja":
      return !isOtherHanja(s[token.start - 1]) && !isOtherHanja(s[token.end]) && !/[0-9]/.test(s[token.start - 1] ?? "");
    case "word":
      return token.joined || standsAsWord(s, token) !== undefined;
    default:
      return true;
  }
}

/** A joined form, a cue word, or a country next to it in a list ("인도와 베트남", "미국, 인도"). */
function hasStrongContext(s: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.joined) return true;
  const word = standsAsWord(s, token);
  if (word === undefined) return false;
  if (word.cue) return true;
  if (token.entry.adjacency === false) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const isCountry = (t: Token | undefined): t is Token => t !== undefined && t.kept && t.entry.countries.length > 0;
  return (isCountry(before) && listLinks(s, before.end, token.start)) || (isCountry(after) && listLinks(s, token.end, after.start));
}

function listLinks(s: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  const between = s.slice(from, to).replace(/[\s,·ㆍ/()[\]'"‘’“”]/g, ""); // not . ! ?: a new sentence is no list
  return between === "" || LINK_SET.has(between);
}

/**
 * Whether the name stands as a word of its own (start, space or punctuation before, or a prefix
 * like 주 in 주인도; then nothing Korean, a particle, or a cue), and whether a cue marks it as a
 * country: "인도 정부", "인도의 수출", "이란핵", "인도산", "(인도)". Undefined: part of another word.
 */
function standsAsWord(s: string, token: Token): { cue: boolean } | undefined {
  const before = s[token.start - 1];
  if (isHangul(before) && !(PREFIX_SET.has(before ?? "") && !isHangul(s[token.start - 2]))) return undefined;
  const rest = hangulRun(s, token.end);
  const isCue = (word: string): boolean =>
    (token.entry.cues ?? CUE_WORDS).some((cue) => word.startsWith(cue)) ||
    (token.entry.cues === undefined && WHOLE_CUE_WORDS.some((cue) => word === cue || (word.startsWith(cue) && PARTICLE_SET.has(word.slice(cue.length)))));
  if (rest === "" && before === "(" && s[token.end] === ")") return { cue: true }; // a nationality: 신두(인도)
  if (rest === "" || rest === "의") {
    const next = /^[ \t\u00a0]+([가-힣]+)/.exec(s.slice(token.end + rest.length, token.end + rest.length + 24));
    return { cue: next?.[1] !== undefined && isCue(next[1]) };
  }
  if (PARTICLE_SET.has(rest)) return { cue: false };
  if (SUFFIX_CUE_SET.has(rest) || isCue(rest)) return { cue: true };
  return undefined;
}

function isOtherHanja(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "\u3400" && ch <= "\u9fff" && !(ch in HANJA);
}
