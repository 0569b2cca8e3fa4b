/**
 * The search engine that runs in the reader's browser (and in the tests, under Node): it reads
 * the static index of build-index.ts through a `fetch`-like function, fetching only the shards a
 * query's tokens hash to and the docs it shows.
 *
 * A word matches a doc that holds all its bigrams; a query matches the docs that hold all its
 * words (or, when none does, the most of them). Docs are ranked by BM25 over the bigrams with a
 * bonus for title hits; among the docs shown, those that hold every word as written come first
 * (bigrams can meet by chance, `카자` and `자흐` in different words).
 */
import { normalize, queryWords, shardOf } from "./tokens.ts";
import type { SearchMeta } from "./build-index.ts";

export type Fetcher = (path: string) => Promise<ArrayBuffer>;

export interface Filters {
  topic?: string;
  country?: string;
}

export interface Hit {
  url: string;
  title: string;
  date: string | null;
  publisher: string | null;
  /** HTML: the text around the first match, query words in <mark>. */
  snippet: string;
  /** Whether the doc holds every query word as written. */
  exact: boolean;
}

export interface Results {
  /** Docs that match (before the filters' page is cut). */
  total: number;
  hits: Hit[];
}

interface Doc {
  u: string;
  t: string;
  d: string | null;
  p: string | null;
  x: string;
}

interface ShardToken {
  df: number;
  start: number;
  length: number;
}

const K1 = 1.2;
const B = 0.75;
const TITLE_BONUS = 1.5;
const SNIPPET = 150;
const decoder = new TextDecoder();

function readVarint(bytes: Uint8Array, at: { i: number }): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at.i++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}

class Shard {
  readonly tokens = new Map<string, ShardToken>();

  constructor(readonly bytes: Uint8Array) {
    if (decoder.decode(bytes.subarray(0, 4)) !== "SLK1") throw new Error("search: not a sillok index shard");
    const at = { i: 4 };
    const count = readVarint(bytes, at);
    const entries: [string, number, number][] = [];
    for (let n = 0; n < count; n++) {
      const length = readVarint(bytes, at);
      const token = decoder.decode(bytes.subarray(at.i, at.i + length));
      at.i += length;
      entries.push([token, readVarint(bytes, at), readVarint(bytes, at)]);
    }
    let start = at.i;
    for (const [token, df, length] of entries) {
      this.tokens.set(token, { df, start, length });
      start += length;
    }
  }

  /** doc number -> weight (2 × body count + title flag) for `token`; empty when absent. */
  postings(token: string): Map<number, number> {
    const out = new Map<number, number>();
    const entry = this.tokens.get(token);
    if (!entry) return out;
    const at = { i: entry.start };
    let doc = 0;
    while (at.i < entry.start + entry.length) {
      doc += readVarint(this.bytes, at);
      out.set(doc, readVarint(this.bytes, at));
    }
    return out;
  }
}

export class SearchEngine {
  #meta: SearchMeta | null = null;
  #lengths: Uint16Array | null = null;
  #docCount = 0;
  readonly #shards = new Map<number, Promise<Shard>>();
  readonly #filters = new Map<string, Promise<Uint8Array>>();
  readonly #docs = new Map<number, Promise<Doc>>();

  /** `fetch` gets paths under the site (`search/meta.json`), to resolve against its base. */
  constructor(readonly fetch: Fetcher) {}

  async meta(): Promise<SearchMeta> {
    if (this.#meta) return this.#meta;
    const [meta, lengths] = await Promise.all([this.fetch("search/meta.json"), this.fetch("search/lengths.bin")]);
    this.#meta = JSON.parse(decoder.decode(meta)) as SearchMeta;
    const view = new DataView(lengths);
    this.#lengths = Uint16Array.from({ length: lengths.byteLength / 2 }, (_, i) => view.getUint16(i * 2, true));
    this.#docCount = this.#lengths.filter((l) => l > 0).length;
    return this.#meta;
  }

  #shard(n: number): Promise<Shard> {
    let shard = this.#shards.get(n);
    if (!shard) this.#shards.set(n, (shard = this.fetch(`search/s/${n}.bin`).then((b) => new Shard(new Uint8Array(b)))));
    return shard;
  }

  #filter(kind: string, id: string): Promise<Uint8Array> {
    const key = `${kind}/${id}`;
    let set = this.#filters.get(key);
    if (!set) this.#filters.set(key, (set = this.fetch(`search/f/${key}.bin`).then((b) => new Uint8Array(b), () => new Uint8Array(0))));
    return set;
  }

  #doc(no: number): Promise<Doc> {
    let doc = this.#docs.get(no);
    if (!doc) this.#docs.set(no, (doc = this.fetch(`search/d/${no}.json`).then((b) => JSON.parse(decoder.decode(b)) as Doc)));
    return doc;
  }

  /** Doc number -> score for one word: the docs holding all its tokens. */
  async #scoreWord(tokens: string[], meta: SearchMeta): Promise<Map<number, number>> {
    const lists = await Promise.all(tokens.map(async (token) => ({ token, postings: (await this.#shard(shardOf(token, meta.shards))).postings(token) })));
    lists.sort((a, b) => a.postings.size - b.postings.size);
    const scores = new Map<number, number>();
    const [first, ...rest] = lists;
    if (!first) return scores;
    for (const doc of first.postings.keys()) if (rest.every((l) => l.postings.has(doc))) scores.set(doc, 0);
    for (const { postings } of lists) {
      const idf = Math.log(1 + (this.#docCount - postings.size + 0.5) / (postings.size + 0.5));
      for (const doc of scores.keys()) {
        const weight = postings.get(doc)!;
        const tf = weight >> 1;
        const norm = K1 * (1 - B + (B * (this.#lengths![doc] ?? 0)) / (meta.averageLength || 1));
        scores.set(doc, scores.get(doc)! + idf * ((tf * (K1 + 1)) / (tf + norm) + (weight & 1 ? TITLE_BONUS : 0)));
      }
    }
    return scores;
  }

  async search(query: string, filters: Filters = {}, limit = 10, offset = 0): Promise<Results> {
    const meta = await this.meta();
    const words = queryWords(query);
    if (words.length === 0) return { total: 0, hits: [] };
    const perWord = await Promise.all(words.map((w) => this.#scoreWord(w.tokens, meta)));
    // Docs holding every word; when there are none, those holding the most.
    const matched = new Map<number, { words: number; score: number }>();
    for (const scores of perWord) {
      for (const [doc, score] of scores) {
        const m = matched.get(doc) ?? { words: 0, score: 0 };
        matched.set(doc, { words: m.words + 1, score: m.score + score });
      }
    }
    const sets = await Promise.all(Object.entries(filters).filter(([, id]) => id).map(([kind, id]) => this.#filter(kind, id!)));
    const most = Math.max(0, ...[...matched.values()].map((m) => m.words));
    const ranked = [...matched]
      .filter(([doc, m]) => m.words === most && sets.every((set) => (set[doc >> 3]! & (1 << (doc & 7))) !== 0))
      .sort(([a, x], [b, y]) => y.score - x.score || a - b)
      .map(([doc]) => doc);
    const page = await Promise.all(ranked.slice(offset, offset + limit).map(async (no) => hit(await this.#doc(no), words.map((w) => w.word))));
    return { total: ranked.length, hits: [...page.filter((h) => h.exact), ...page.filter((h) => !h.exact)] };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The hit for a doc: whether it holds every word, and its snippet. */
export function hit(doc: Doc, words: string[]): Hit {
  const text = doc.x.replace(/\s+/g, " ");
  const folded = normalize(text);
  // Offsets of the folded text are those of the text when folding kept every length (nearly always for Korean).
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const where = normalize(`${doc.t} ${doc.p ?? ""} ${text}`);
  const exact = words.every((w) => where.includes(w));
  const first = Math.min(...words.map((w) => haystack.indexOf(w)).filter((i) => i >= 0));
  const start = Number.isFinite(first) ? Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 40)) + 1) : 0;
  const window = text.slice(start, start + SNIPPET);
  const lower = haystack.slice(start, start + SNIPPET);
  const marks: [number, number][] = [];
  for (const w of words) for (let i = lower.indexOf(w); i !== -1; i = lower.indexOf(w, i + w.length)) marks.push([i, i + w.length]);
  marks.sort((a, b) => a[0] - b[0]);
  let html = "";
  let at = 0;
  for (const [from, to] of marks) {
    if (from < at) continue;
    html += `${escapeHtml(window.slice(at, from))}<mark>${escapeHtml(window.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(window.slice(at));
  return { url: doc.u, title: doc.t, date: doc.d, publisher: doc.p, snippet: `${start > 0 ? "… " : ""}${html}${start + SNIPPET < text.length ? " …" : ""}`, exact };
}
