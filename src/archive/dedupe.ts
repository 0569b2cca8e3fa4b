/**
 * Dedupe: one canonical Article per story. Two articles are one story when they credit the
 * same source URL, or when their texts are near-same (one-permutation MinHash over character
 * 5-grams, banded LSH for candidates, then the estimated Jaccard similarity against a threshold).
 */
import type { Article } from "../model/article.ts";
import { perObject } from "../per-object.ts";

/** What dedupe reads of an article, and the two fields it sets. */
export interface Dedupable {
  id: string;
  date: string | null;
  sourceUrl: string | null;
  sourcePath: string;
  duplicateOf: string | null;
  duplicates: string[];
}

export const NEAR_SAME = 0.7;
const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;

/** `https://Newsdao.kr/4208/?utm_source=x#top` and `https://newsdao.kr/4208` are one URL. */
export function normalizeUrl(href: string): string {
  try {
    const url = new URL(href);
    url.hash = "";
    for (const key of [...url.searchParams.keys()]) if (/^(?:utm_|fbclid|gclid|ref$)/i.test(key)) url.searchParams.delete(key);
    url.hostname = url.hostname.replace(/^www\./, "");
    return `${url.hostname}${url.pathname.replace(/\/+$/, "")}${url.search}`.toLowerCase();
  } catch {
    return href.trim().toLowerCase();
  }
}

/** Bits of a shingle's hash that pick its bin (HASHES = 2^BIN_BITS bins); the rest is its value. */
const BIN_BITS = 6;
const VALUE_BITS = 32 - BIN_BITS;
const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash: each shingle is hashed once, the top bits of the hash pick one of
 * HASHES bins and the bin keeps the smallest value it gets, so the signature costs one hash per
 * shingle instead of HASHES. A bin no shingle fell into takes the value of the next filled bin
 * to its right, offset by the distance (densification by rotation, Shrivastava & Li 2014), so
 * that two texts agree on a bin about as often as their shingle sets overlap.
 */
export function minHash(text: string): Uint32Array {
  const compact = text.replace(/\s+/g, "");
  const signature = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= compact.length; i++) {
    // FNV-1a of the shingle, read in place, then MurmurHash3's finaliser to spread its bits
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ compact.charCodeAt(j), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const bin = h >>> VALUE_BITS;
    const value = h & ((1 << VALUE_BITS) - 1);
    if (value < signature[bin]!) signature[bin] = value;
  }
  const filled = signature.findIndex((v) => v !== EMPTY);
  if (filled === -1) return signature; // no shingle at all
  // Walking leftwards, `next` is the nearest filled bin at or to the right of k (circularly).
  for (let k = HASHES - 1, next = filled + HASHES; k >= 0; k--) {
    if (signature[k]! < 1 << VALUE_BITS) next = k;
    else signature[k] = signature[next % HASHES]! + (next - k) * (1 << VALUE_BITS);
  }
  return signature;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Fewest equal rows for `similarity` ≥ NEAR_SAME. */
const NEAR_SAME_ROWS = Array.from({ length: HASHES + 1 }, (_, same) => same).find((same) => same / HASHES >= NEAR_SAME)!;

/** `similarity(a, b) >= NEAR_SAME`, giving up as soon as too many rows differ (most candidates in a crowded bucket). */
function nearSame(a: Uint32Array, b: Uint32Array): boolean {
  let differ = HASHES - NEAR_SAME_ROWS;
  for (let k = 0; k < HASHES; k++) if (a[k] !== b[k] && --differ < 0) return false;
  return true;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Earliest dated first, then the one that credits a source, then the longest text, then path order. */
function canonicalOrder(a: Dedupable, b: Dedupable, la: number, lb: number): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  if ((a.sourceUrl === null) !== (b.sourceUrl === null)) return a.sourceUrl === null ? 1 : -1;
  if (la !== lb) return lb - la;
  return a.sourcePath < b.sourcePath ? -1 : 1;
}

/** A band key times this, plus an article's index, is exact in a double for up to two million articles. */
const INDEX_SPAN = 2 ** 21;

/** One band of a signature, its rows mixed into one number: signatures with the same number are compared. */
function bandKey(sig: Uint32Array, b: number): number {
  let key = Math.imul(b + 1, 0x9e3779b1);
  for (let r = b * ROWS; r < (b + 1) * ROWS; r++) key = Math.imul(key ^ sig[r]!, 0x85ebca6b) ^ (key >>> 13);
  return key >>> 0;
}

/**
 * Each band's key of a signature, worked out once per signature object (signatures are never
 * changed once made, and `sillok serve` passes an unchanged file's as the same object).
 */
const bandKeys = perObject((sig: Uint32Array) => Uint32Array.from({ length: BANDS }, (_, b) => bandKey(sig, b)));

/** An article's source URL normalised, once per article object (never changed once made). */
const urlKey = perObject((a: Pick<Dedupable, "sourceUrl">) => (a.sourceUrl ? normalizeUrl(a.sourceUrl) : null));

/** Too short to call near-same. */
const SHORT = 200;

/**
 * groupStories' last groups, by the items they were made of (`sillok serve` keeps it between
 * builds): when the next call only adds items, the old groups stand and only the new items are
 * compared. Groups are the connected parts of the graph of same-URL and near-same pairs, so
 * adding items can only join groups; a call that removes or changes one starts afresh.
 */
export class DedupeMemo {
  /** The items by object: a session passes an unchanged file's article as the same object, with the same signature and length. */
  last: { items: object[]; groups: number[][] } | null = null;
}

/** Groups of indexes into `articles` that carry one story (groups of one included). */
export function groupStories(articles: Pick<Dedupable, "sourceUrl">[], sigs: Uint32Array[], lengths: number[], memo?: DedupeMemo): number[][] {
  if (articles.length > INDEX_SPAN) throw new Error(`an archive of more than ${INDEX_SPAN} articles is beyond what dedupe can number`);
  const uf = new UnionFind(articles.length);
  // With the last call's groups: each old item's new index, when every old item is still here as it was.
  let isNew: ((i: number) => boolean) | null = null;
  if (memo?.last) {
    const at = new Map<object, number>(articles.map((a, i) => [a, i]));
    const moved = memo.last.items.map((item) => at.get(item));
    if (moved.every((i) => i !== undefined)) {
      for (const group of memo.last.groups) for (const old of group.slice(1)) uf.union(moved[group[0]!]!, moved[old]!);
      const kept = new Set(moved as number[]);
      isNew = (i) => !kept.has(i);
    }
  }
  const byUrl = new Map<string, number>();
  articles.forEach((a, i) => {
    const key = urlKey(a);
    if (key === null) return;
    const first = byUrl.get(key);
    if (first === undefined) byUrl.set(key, i);
    else if (!isNew || isNew(first) || isNew(i)) uf.union(first, i);
  });
  const long = sigs.flatMap((_, i) => (lengths[i]! < SHORT ? [] : [i]));
  if (isNew) joinAdded(uf, long.filter(isNew), long, sigs);
  else joinAll(uf, long, sigs);
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = uf.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const result = [...groups.values()];
  if (memo) memo.last = { items: articles, groups: result };
  return result;
}

/**
 * Per band, each signature's band number; sorted, signatures with the same number sit together
 * and are compared (two that only collide are told apart by similarity). Sorting numbers that
 * carry their index is a tenth of the time of a Map of buckets.
 */
function joinAll(uf: UnionFind, long: number[], sigs: Uint32Array[]): void {
  const sorted = new Float64Array(long.length);
  for (let b = 0; b < BANDS; b++) {
    long.forEach((i, n) => (sorted[n] = bandKeys(sigs[i]!)[b]! * INDEX_SPAN + i));
    sorted.sort();
    for (let start = 0; start < sorted.length; ) {
      const key = Math.floor(sorted[start]! / INDEX_SPAN);
      let end = start + 1;
      while (end < sorted.length && Math.floor(sorted[end]! / INDEX_SPAN) === key) end++;
      for (let x = start + 1; x < end; x++) {
        const i = sorted[x]! % INDEX_SPAN;
        for (let y = start; y < x; y++) {
          const j = sorted[y]! % INDEX_SPAN;
          if (uf.find(i) !== uf.find(j) && nearSame(sigs[i]!, sigs[j]!)) uf.union(i, j);
        }
      }
      start = end;
    }
  }
}

/** The pairs an added item is in (the others were joined by the last call): each band's signatures with an added one's number. */
function joinAdded(uf: UnionFind, added: number[], long: number[], sigs: Uint32Array[]): void {
  if (added.length === 0) return;
  const wanted = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  for (const i of added) bandKeys(sigs[i]!).forEach((key, b) => wanted[b]!.set(key, []));
  for (const j of long) bandKeys(sigs[j]!).forEach((key, b) => wanted[b]!.get(key)?.push(j));
  for (let b = 0; b < BANDS; b++) {
    for (const i of added) {
      for (const j of wanted[b]!.get(bandKeys(sigs[i]!)[b]!)!) {
        if (j !== i && uf.find(i) !== uf.find(j) && nearSame(sigs[i]!, sigs[j]!)) uf.union(i, j);
      }
    }
  }
}

/**
 * Marks duplicates in copies of `items` (never in the items): each non-canonical copy gets
 * `duplicateOf`; the canonical one lists the others. An item already marked so is returned as it
 * is, and an item marked as the last call marked it gets the same copy (see `marked`).
 */
export function dedupeWith<T extends Dedupable>(items: T[], signatures: Uint32Array[], textLengths: number[], memo?: DedupeMemo): T[] {
  const groups = groupStories(items, signatures, textLengths, memo);
  const duplicateOf = new Map<number, string>();
  const duplicates = new Map<number, string[]>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const [canonical, ...copies] = group.slice().sort((i, j) => canonicalOrder(items[i]!, items[j]!, textLengths[i]!, textLengths[j]!));
    for (const copy of copies) duplicateOf.set(copy, items[canonical!]!.id);
    duplicates.set(canonical!, copies.map((c) => items[c]!.sourcePath));
  }
  return items.map((a, i) => withMarks(a, duplicateOf.get(i) ?? null, duplicates.get(i) ?? []));
}

/** The copy last made of each item with its marks: one whose marks did not change is the same object build after build. */
const marked = new WeakMap<Dedupable, Dedupable>();

function withMarks<T extends Dedupable>(item: T, duplicateOf: string | null, duplicates: string[]): T {
  const same = (a: Dedupable) => a.duplicateOf === duplicateOf && a.duplicates.length === duplicates.length && a.duplicates.every((d, i) => d === duplicates[i]);
  if (same(item)) return item;
  const last = marked.get(item) as T | undefined;
  if (last && same(last)) return last;
  const copy = { ...item, duplicateOf, duplicates };
  marked.set(item, copy);
  return copy;
}

/** dedupeWith for whole articles: fingerprints and lengths from their text. */
export function dedupe(articles: Article[]): Article[] {
  return dedupeWith(articles, articles.map((a) => minHash(a.text)), articles.map((a) => a.text.length));
}
