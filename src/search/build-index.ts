/**
 * The search index: static files under `search/` that the search page reads with plain GETs.
 *
 *   search/meta.json          doc count, shard count, average length, filter labels
 *   search/lengths.bin        each doc's length in tokens (uint16, little-endian), for BM25
 *   search/s/<n>.bin          shard n: the tokens that hash to it, each with its postings
 *   search/f/<kind>/<id>.bin  a filter (a topic, a country) as a bitset over doc numbers
 *   search/d/<no>.json        one doc: URL, title, date, publisher, text (for snippets)
 *
 * A shard is `SLK1`, the token count, then per token (sorted) its UTF-8 bytes, document
 * frequency and postings byte length, then the postings: per doc the gap to the previous doc
 * number and the term weight (2 × count in the body + 1 if in the title), all as varints.
 * Doc numbers are stable across builds (doc-numbers.ts), so adding an article rewrites its
 * postings' shards, not every file.
 */
import type { Story } from "../model/article.ts";
import { perObject } from "../per-object.ts";
import { eachToken, normalize, shardOf } from "./tokens.ts";

/** What the index reads of a story (a job for the search worker carries only this: a tenth of the copying). */
export type IndexedStory = Pick<Story, "url" | "title" | "date" | "publisher" | "topics" | "countries" | "sourcePath">;

/** Once per story object (never changed once made): a kept search worker is sent only the docs whose object is new (search-job.ts). */
export const indexedStory = perObject(({ url, title, date, publisher, topics, countries, sourcePath }: Story): IndexedStory => ({ url, title, date, publisher, topics, countries, sourcePath }));

export interface SearchDoc {
  /** Stable doc number. */
  no: number;
  story: IndexedStory;
  /** The body's plain text, read when the doc is indexed (so that texts are never all in memory). */
  text(): string;
}

export interface FilterLabels {
  topic: Record<string, string>;
  country: Record<string, string>;
}

export interface SearchMeta {
  version: 1;
  /** One more than the highest doc number. */
  docs: number;
  shards: number;
  averageLength: number;
  filters: FilterLabels;
}

/**
 * Shards for an archive of `docs`: about eight docs' postings each (a few kilobytes, so a
 * query's bigrams fetch little), a power of two, stable as the archive grows.
 */
export function shardCount(docs: number): number {
  let shards = 16;
  while (shards < docs / 8 && shards < 4096) shards *= 2;
  return shards;
}

class Bytes {
  #buffer = new Uint8Array(1024);
  length = 0;

  #room(n: number): void {
    if (this.length + n <= this.#buffer.length) return;
    let size = this.#buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buffer.subarray(0, this.length));
    this.#buffer = next;
  }

  varint(value: number): void {
    this.#room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.#buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.#buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.#room(data.length);
    this.#buffer.set(data, this.length);
    this.length += data.length;
  }

  done(): Uint8Array {
    return this.#buffer.slice(0, this.length);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A doc's text in its fragment is capped: snippets come from the first part of very long articles. */
const FRAGMENT_TEXT_MAX = 20_000;
const TITLE_WEIGHT = 1;

/**
 * What the index holds of a story (its postings, its doc file, its filters): a doc whose key is
 * unchanged is not indexed again. The text comes from the source file through the pipeline, so
 * the caller adds the pipeline's version.
 */
export function docKey(story: Story, pipeline: string): string {
  const known = docKeys.get(story);
  if (known?.[0] === pipeline) return known[1];
  const key = JSON.stringify([pipeline, story.contentHash, story.url, story.title, story.date, story.publisher, story.topics, story.countries]);
  docKeys.set(story, [pipeline, key]);
  return key;
}

/** Each story object's doc key (a build asks twice per story; `sillok serve` passes unchanged stories as the same objects). */
const docKeys = new WeakMap<Story, [string, string]>();

/** The previous index, to update rather than remake: its shards (same count), lengths, and the docs to keep from it. */
export interface IndexBase {
  shard(n: number): Uint8Array | null;
  lengths: Uint16Array;
  /** Doc numbers whose postings and doc file are kept as they are. */
  kept: Set<number>;
  /** Every doc of the previous index is kept: then a shard that no new doc's token falls in is its shard as it was. */
  whole: boolean;
  /** Keeps the previous index's file at `path` as it is; false when it cannot (then the file is made). */
  keep(path: string): boolean;
}

function readVarint(bytes: Uint8Array, at: { i: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at.i++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
}

/** A base token's postings as the shard holds them (encoded), when no doc is dropped from them or added to them. */
interface RawPostings {
  df: number;
  bytes: Uint8Array;
}

/**
 * Adds a base shard's postings of kept docs to `postings`. With `raw` (every doc of the base is
 * kept), the postings of a token no new doc has are not decoded: they go to `raw` as they are.
 */
function loadShard(bytes: Uint8Array, kept: Set<number>, postings: Map<string, number[]>, raw?: { tokens: Map<string, RawPostings>; touched: Set<string> }): void {
  const at = { i: 4 };
  const count = readVarint(bytes, at);
  const entries: [string, number, number][] = [];
  for (let n = 0; n < count; n++) {
    const length = readVarint(bytes, at);
    const token = decoder.decode(bytes.subarray(at.i, at.i + length));
    at.i += length;
    const df = readVarint(bytes, at);
    entries.push([token, df, readVarint(bytes, at)]);
  }
  for (const [token, df, size] of entries) {
    if (raw && !raw.touched.has(token)) {
      raw.tokens.set(token, { df, bytes: bytes.subarray(at.i, at.i + size) });
      at.i += size;
      continue;
    }
    // The new docs' postings go in among the base's bytes, which are copied, not decoded into lists.
    const added = raw && postings.get(token);
    const merged = added ? mergePostings(bytes.subarray(at.i, at.i + size), df, added) : null;
    if (merged) {
      raw!.tokens.set(token, { df: df + added!.length, bytes: merged });
      postings.delete(token);
      at.i += size;
      continue;
    }
    let no = 0;
    let list: number[] | undefined;
    for (let k = 0; k < df; k++) {
      no += readVarint(bytes, at);
      const weight = readVarint(bytes, at);
      if (!kept.has(no)) continue;
      list ??= postings.get(token) ?? (postings.set(token, []), postings.get(token)!);
      list.push(no * 256 + weight);
    }
  }
}

/** Writes a posting (doc number × 256 + weight) as its doc's gap from `previous` and its weight; returns its doc number. */
function writePosting(bytes: Bytes, posting: number, previous: number): number {
  const no = Math.floor(posting / 256);
  bytes.varint(no - previous);
  bytes.varint(posting % 256);
  return no;
}

/**
 * A token's encoded postings (`df` of them) with `added` (doc number × 256 + weight, in doc
 * order) among them: the held bytes are copied in runs, and only the gap of a posting that an
 * added one now precedes is written again. Null when an added doc is one the postings hold.
 */
function mergePostings(held: Uint8Array, df: number, added: number[]): Uint8Array | null {
  const out = new Bytes();
  const at = { i: 0 };
  let [no, previous, copied, next] = [0, 0, 0, 0];
  for (let k = 0; k < df; k++) {
    const start = at.i;
    no += readVarint(held, at);
    const weight = at.i;
    readVarint(held, at);
    if (next < added.length && Math.floor(added[next]! / 256) <= no) {
      out.bytes(held.subarray(copied, start));
      for (; next < added.length && Math.floor(added[next]! / 256) <= no; next++) {
        if (Math.floor(added[next]! / 256) === no) return null;
        previous = writePosting(out, added[next]!, previous);
      }
      out.varint(no - previous); // this posting's gap, from the doc now before it; its weight on is copied
      copied = weight;
    }
    previous = no;
  }
  out.bytes(held.subarray(copied));
  for (; next < added.length; next++) previous = writePosting(out, added[next]!, previous);
  return out.done();
}

/**
 * Every file of the index, by path under the site root, to `emit` as it is made (the index is
 * never whole in memory). With a `base`, its kept docs are neither read nor written again.
 */
export function buildSearchIndex(docs: SearchDoc[], size: number, filters: FilterLabels, emit: (path: string, content: Uint8Array | string) => void, base?: IndexBase): void {
  const shards = shardCount(size);
  // token -> postings in doc order, each doc number × 256 + weight (a small integer: compact in V8)
  const postings = new Map<string, number[]>();
  const touched = new Set<string>();
  const lengths = new Uint16Array(size);
  const sorted = [...docs].sort((a, b) => a.no - b.no);
  let totalLength = 0;
  for (const doc of sorted) {
    if (base?.kept.has(doc.no)) {
      lengths[doc.no] = base.lengths[doc.no] ?? 0;
      totalLength += lengths[doc.no]!;
      continue;
    }
    const counts = new Map<string, number>();
    let length = 0;
    const text = doc.text();
    const body = normalize(`${text}\n${doc.story.publisher ?? ""}`);
    eachToken(body, (token) => {
      counts.set(token, (counts.get(token) ?? 0) + 2);
      length++;
    });
    eachToken(normalize(doc.story.title), (token) => {
      const weight = counts.get(token) ?? 0;
      if (weight % 2 === 0) counts.set(token, weight + TITLE_WEIGHT);
      length++;
    });
    lengths[doc.no] = Math.min(length, 0xffff);
    totalLength += lengths[doc.no]!;
    for (const [token, weight] of counts) {
      const posting = doc.no * 256 + Math.min(weight, 255);
      const list = postings.get(token);
      if (list) list.push(posting);
      else postings.set(token, [posting]);
      if (base) touched.add(token);
    }
    emit(`search/d/${doc.no}.json`, JSON.stringify({ u: doc.story.url, t: doc.story.title, d: doc.story.date, p: doc.story.publisher, x: text.slice(0, FRAGMENT_TEXT_MAX) }));
  }
  // The base's postings of kept docs join the new ones: from every shard, or, when the base's
  // docs are all kept, only from the shards a new doc's token falls in (a tenth of them when one
  // story is added to 10,000); the others stay as they were.
  const changed = new Set<number>();
  for (const token of touched) changed.add(shardOf(token, shards));
  const unchanged = (n: number) => base !== undefined && base.whole && !changed.has(n) && base.keep(`search/s/${n}.bin`);
  const byShard: (string[] | null)[] = Array.from({ length: shards }, (_, n) => (unchanged(n) ? null : []));
  const raw = base?.whole ? { tokens: new Map<string, RawPostings>(), touched } : undefined;
  if (base) {
    byShard.forEach((tokens, n) => {
      const bytes = tokens ? base.shard(n) : null;
      if (bytes) loadShard(bytes, base.kept, postings, raw);
    });
  }
  // Docs added to a base can take lower numbers than the ones it holds.
  for (const token of touched) postings.get(token)?.sort((a, b) => a - b);

  for (const token of postings.keys()) byShard[shardOf(token, shards)]?.push(token);
  for (const token of raw?.tokens.keys() ?? []) byShard[shardOf(token, shards)]?.push(token);
  byShard.forEach((tokens, n) => {
    if (!tokens) return;
    tokens.sort();
    const head = new Bytes();
    const tail = new Bytes();
    head.bytes(encoder.encode("SLK1"));
    head.varint(tokens.length);
    for (const token of tokens) {
      const list = postings.get(token);
      const start = tail.length;
      let df: number;
      if (list) {
        let previous = 0;
        for (const posting of list) previous = writePosting(tail, posting, previous);
        df = list.length;
      } else {
        const kept = raw!.tokens.get(token)!;
        tail.bytes(kept.bytes);
        df = kept.df;
      }
      const bytes = encoder.encode(token);
      head.varint(bytes.length);
      head.bytes(bytes);
      head.varint(df);
      head.varint(tail.length - start);
    }
    head.bytes(tail.done());
    emit(`search/s/${n}.bin`, head.done());
  });

  const lengthBytes = new Uint8Array(size * 2);
  const view = new DataView(lengthBytes.buffer);
  lengths.forEach((length, no) => view.setUint16(no * 2, length, true));
  emit("search/lengths.bin", lengthBytes);
  for (const [kind, ids] of [["topic", (s: IndexedStory) => s.topics], ["country", (s: IndexedStory) => s.countries.map((c) => c.toLowerCase())]] as const) {
    const sets = new Map<string, Uint8Array>();
    for (const doc of sorted) {
      for (const id of ids(doc.story)) {
        let set = sets.get(id);
        if (!set) sets.set(id, (set = new Uint8Array(Math.ceil(size / 8))));
        set[doc.no >> 3]! |= 1 << (doc.no & 7);
      }
    }
    for (const [id, set] of sets) emit(`search/f/${kind}/${id}.bin`, set);
  }
  const meta: SearchMeta = { version: 1, docs: size, shards, averageLength: sorted.length ? totalLength / sorted.length : 0, filters };
  emit("search/meta.json", JSON.stringify(meta));
}
