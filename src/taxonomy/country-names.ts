/**
 * The names behind `findCountries`: a table of every string that can name a country or a
 * region and how it may count, and a scanner that finds them in a text and marks joined forms.
 * Korean names come from `world-countries` (`translations.kor.common` and `official`, with and
 * without their spaces, and its Hangul `altSpellings`: 남한, 북한, 북조선), English ones from
 * its `name.common`; `country-aliases.ts` adds the press's forms and fixes the package's errors.
 */
import type { Countries } from "world-countries";
import { packageJson } from "../package-root.ts";
import {
  AMBIGUOUS,
  BLOCKED,
  DISPLAY_NAMES,
  ENGLISH_ALIASES,
  ENGLISH_SKIPPED,
  GIVEN_NAMES,
  HANJA,
  JOIN_SEPARATORS,
  JOIN_TAILS,
  PACKAGE_ERRATA,
  PARTICLES,
  PRESS_ALIASES,
  REGIONS,
  SHORT_FORMS,
  SURNAMES,
  UNSEPARATED_JOINS,
} from "./country-aliases.ts";

/** How a matched string may count. */
export type NameKind =
  | "name" // anywhere, also inside a word: 카자흐스탄을, 한-카자흐협력
  | "word" // only as a word of its own, a particle may follow: 중앙아
  | "ambiguous" // as a word of its own and with country context: 인도, 수단
  | "short" // one syllable, only inside a joined form with a separator: 한·베
  | "join" // a joined form without separator, at the start of a word: 한미, 한중일
  | "hanja" // a headline abbreviation no other Hanja touches: 美 대선
  | "latin" // an English name, as a whole ASCII word
  | "blocked"; // contains a name but is something else: 북한산; counts nothing

export interface NameEntry {
  kind: NameKind;
  countries: readonly string[];
  regions: readonly string[];
  /** For "ambiguous": cue words replacing the default list. */
  cues?: readonly string[];
  /** For "ambiguous": false when a neighbouring country in a list is no evidence. */
  adjacency?: boolean;
}

/** A name found in a text: `text.slice(start, end) === key`. */
export interface NameHit {
  start: number;
  end: number;
  key: string;
  entry: NameEntry;
  /** Part of a joined form: 한-카자흐, 한·미·일, 韓美. */
  joined: boolean;
}

export interface NameTable {
  entries: ReadonlyMap<string, NameEntry>;
  /** ISO code -> Korean display name. */
  displayNames: ReadonlyMap<string, string>;
}

const LATIN = /^[\x20-\x7e]+$/;

/** Builds the table once; `countries.ts` calls it at module load. */
export function buildNameTable(): NameTable {
  const entries = new Map<string, NameEntry>();
  const displayNames = new Map<string, string>();
  const errata = new Set(PACKAGE_ERRATA.map(([code, name]) => `${code} ${name}`));

  /** The first claim on a string wins, so callers add the stronger sources first. */
  const add = (key: string, entry: NameEntry): void => {
    const normalized = key.normalize("NFC");
    if (normalized !== "" && !entries.has(normalized)) entries.set(normalized, entry);
  };
  const addCountryName = (code: string, name: string): void => {
    if (LATIN.test(name)) return add(name, { kind: "latin", countries: [code], regions: [] });
    for (const variant of new Set([name, name.replaceAll(" ", "")])) add(variant, countryEntry(code, variant));
  };

  const blocked: NameEntry = { kind: "blocked", countries: [], regions: [] };
  for (const key of BLOCKED) add(key, blocked);
  for (const surname of SURNAMES) for (const name of GIVEN_NAMES) add(surname + name, blocked);
  for (const region of REGIONS) {
    const regions = [region.id];
    for (const key of region.names) add(key, { kind: "name", countries: [], regions });
    for (const key of region.words ?? []) add(key, { kind: "word", countries: [], regions });
    for (const key of region.latin ?? []) add(key, { kind: "latin", countries: [], regions });
  }

  // Independent states first: where the package gives two codes one name, the state keeps it.
  const byStatus = [...(packageJson("world-countries/countries.json") as Countries)].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const country of byStatus) {
    const code = country.cca2;
    const kor = country.translations["kor"];
    const korean = [kor?.common, kor?.official, ...country.altSpellings.filter((s) => /[가-힣]/.test(s))];
    for (const name of korean) {
      const trimmed = name?.trim();
      if (trimmed !== undefined && !errata.has(`${code} ${trimmed}`)) addCountryName(code, trimmed);
    }
    if (!ENGLISH_SKIPPED.includes(country.name.common)) addCountryName(code, country.name.common);
    displayNames.set(code, DISPLAY_NAMES[code] ?? kor?.common.trim() ?? code);
  }
  for (const [code, names] of Object.entries(PRESS_ALIASES)) for (const name of names) addCountryName(code, name);
  for (const [code, names] of Object.entries(ENGLISH_ALIASES)) for (const name of names) addCountryName(code, name);

  for (const join of UNSEPARATED_JOINS) add(join, { kind: "join", countries: codesOf(join), regions: [] });
  for (const [key, code] of Object.entries(HANJA)) add(key, { kind: "hanja", countries: [code], regions: [] });
  for (const [key, code] of Object.entries(SHORT_FORMS)) add(key, { kind: "short", countries: [code], regions: [] });
  return { entries, displayNames };
}

function countryEntry(code: string, name: string): NameEntry {
  const rule = AMBIGUOUS[name];
  if (rule === undefined) return { kind: "name", countries: [code], regions: [] };
  return {
    kind: "ambiguous",
    countries: [code],
    regions: [],
    ...(rule.cues !== undefined && { cues: rule.cues }),
    ...(rule.adjacency !== undefined && { adjacency: rule.adjacency }),
  };
}

/** "한미일" -> ["KR", "US", "JP"], one code per syllable. */
function codesOf(join: string): string[] {
  return [...join].map((syllable) => {
    const code = SHORT_FORMS[syllable];
    if (code === undefined) throw new Error(`UNSEPARATED_JOINS: "${join}" has "${syllable}", which is not in SHORT_FORMS`);
    return code;
  });
}

interface TrieNode {
  next: Map<number, TrieNode>;
  name?: { key: string; entry: NameEntry };
}

/**
 * Compiles the table into a scanner: leftmost-longest, non-overlapping hits, joined forms
 * marked. A character trie with a bitmap of first characters: about 0.06 ms for 10,000
 * characters of Korean, five times faster than one RegExp alternation of the same names.
 */
export function compileScanner(entries: ReadonlyMap<string, NameEntry>): (text: string) => NameHit[] {
  const root: TrieNode = { next: new Map() };
  const startsName = new Uint8Array(0x10000);
  for (const [key, entry] of entries) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    node.name = { key, entry };
    startsName[key.charCodeAt(0)] = 1;
  }
  return (text) => {
    const hits: NameHit[] = [];
    for (let i = 0; i < text.length; ) {
      let longest: TrieNode["name"];
      let longestEnd = i + 1;
      let node = startsName[text.charCodeAt(i)] === 1 ? root.next.get(text.charCodeAt(i)) : undefined;
      for (let end = i + 1; node !== undefined; end++) {
        if (node.name !== undefined && fitsAt(text, i, end, node.name.entry.kind)) [longest, longestEnd] = [node.name, end];
        node = node.next.get(text.charCodeAt(end));
      }
      if (longest !== undefined) hits.push({ start: i, end: longestEnd, key: longest.key, entry: longest.entry, joined: false });
      i = longestEnd;
    }
    markJoinedForms(text, hits);
    return hits;
  };
}

const SEPARATORS = new Set(JOIN_SEPARATORS);
const PARTICLE_SET = new Set(PARTICLES);

/** Latin names are whole ASCII words; one-syllable forms must touch a separator (한·, ·베). */
function fitsAt(text: string, start: number, end: number, kind: NameKind): boolean {
  if (kind === "latin") return !/[A-Za-z0-9]/.test(text[start - 1] ?? "") && !/[A-Za-z]/.test(text[end] ?? "");
  if (kind === "short") return SEPARATORS.has(text[start - 1] ?? "") || SEPARATORS.has(text[end] ?? "");
  return true;
}

/** Runs of names one separator apart (or Hanja side by side), trimmed of one-syllable forms that belong to other words. */
function markJoinedForms(text: string, hits: NameHit[]): void {
  for (let i = 0; i < hits.length; ) {
    let last = i;
    while (last + 1 < hits.length && linked(text, hits[last]!, hits[last + 1]!)) last++;
    const next = last + 1;
    let first = i;
    // 동북·중국: 북 ends 동북; 영·호남: 호 starts 호남.
    while (first < last && hits[first]!.entry.kind === "short" && isHangul(text[hits[first]!.start - 1])) first++;
    while (last > first && hits[last]!.entry.kind === "short" && !joinTailFits(text, hits[last]!.end)) last--;
    if (last > first) for (let k = first; k <= last; k++) hits[k]!.joined = true;
    i = next;
  }
}

function linked(text: string, a: NameHit, b: NameHit): boolean {
  if (a.entry.kind === "blocked" || b.entry.kind === "blocked") return false;
  if (b.start === a.end) return a.entry.kind === "hanja" && b.entry.kind === "hanja";
  return b.start === a.end + 1 && SEPARATORS.has(text[a.end] ?? "");
}

/** After the last syllable of 한·미: nothing Korean, a particle, or a word like 관계 (한·중관계). */
function joinTailFits(text: string, end: number): boolean {
  const rest = hangulRun(text, end);
  return rest === "" || PARTICLE_SET.has(rest) || JOIN_TAILS.some((tail) => rest.startsWith(tail));
}

/** The Hangul syllables from `from` on: the particle or word-rest after a name. */
export function hangulRun(text: string, from: number): string {
  let end = from;
  while (isHangul(text[end])) end++;
  return text.slice(from, end);
}

export function isHangul(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "가" && ch <= "힣";
}
