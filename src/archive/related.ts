/**
 * Related stories: other stories that share an article's topics and countries.
 *
 * A shared feature weighs its inverse document frequency, so a rare country counts for more than
 * a topic half the archive has; the home country is left out (it is in nearly every story).
 * Candidates come from a window of the stories nearest in date within each shared feature, so
 * the work per story is bounded however large the archive grows. Equal scores go to the story
 * nearer in date, then to the smaller id: an order of the two stories alone, so adding a story
 * changes only the lists it enters (or whose window it shifts), not every list around it.
 */
import type { Story } from "../model/article.ts";
import { sortedIndex } from "../sorted-index.ts";

export const RELATED_LIMIT = 5;
/** Stories looked at on each side of an article, per feature. */
const WINDOW = 40;

/**
 * `stories` in list order (newest first); returns related stories per story id. With `memo` (the
 * last call's work, kept by `sillok serve`), only the stories a change can reach get their lists
 * worked out again: the result is the same as without it.
 */
export function findRelated(stories: Story[], homeCountry: string | null, limit = RELATED_LIMIT, memo?: RelatedMemo): Map<string, Story[]> {
  // Features as small integers, postings as arrays of story indexes: this runs over every story.
  const ids = new Map<string, number>();
  const facts = stories.map((story) => factsOf(story, homeCountry));
  const features = facts.map(({ names }) => names.map((f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)));
  const postings: number[][] = Array.from({ length: ids.size }, () => []);
  /** Where each story stands in the posting of each of its features. */
  const ranks = features.map((list, index) => list.map((f) => postings[f]!.push(index) - 1));
  // In quarter steps: one more story in the archive rarely moves a weight, so it rarely reorders lists it is not in.
  const weight = postings.map((list) => Math.ceil(4 * Math.log((stories.length + 1) / list.length)) / 4);

  const own = new Int32Array(ids.size).fill(-1); // own[f] === index: the current story has f
  const seen = new Int32Array(stories.length).fill(-1);
  const order = { stories, days: facts.map((f) => f.day) };
  // Each story's features in one flat array: the inner loop below reads them for every candidate.
  const start = new Int32Array(stories.length + 1);
  features.forEach((list, index) => (start[index + 1] = start[index]! + list.length));
  const flat = Int32Array.from(features.flat());
  const listOf = (index: number): number[] => {
    const mine = features[index]!;
    for (const f of mine) own[f] = index;
    const best: [number, number][] = []; // the top `limit` so far, best first
    mine.forEach((f, k) => {
      const list = postings[f]!;
      const at = ranks[index]![k]!;
      for (let i = Math.max(0, at - WINDOW), end = Math.min(list.length, at + WINDOW + 1); i < end; i++) {
        const other = list[i]!;
        if (other === index || seen[other] === index) continue;
        seen[other] = index;
        let total = 0;
        for (let j = start[other]!; j < start[other + 1]!; j++) if (own[flat[j]!] === index) total += weight[flat[j]!]!;
        // Most candidates rank below a full list: only those that enter it are made into pairs.
        if (total === 0 || (best.length === limit && total < best[limit - 1]![1])) continue;
        if (best.length < limit || before(order, other, total, best[limit - 1]!, index)) keepBest(order, best, [other, total], limit, index);
      }
    });
    return best.map(([other]) => other);
  };

  if (!memo) return new Map(stories.map((story, index) => [story.id, listOf(index).map((other) => stories[other]!)]));
  const state: RelatedState = {
    homeCountry,
    limit,
    stories,
    at: new Map(stories.map((story, index) => [story.id, index])),
    postings: new Map([...ids].map(([name, f]) => [name, postings[f]!])),
    weights: new Map([...ids].map(([name, f]) => [name, weight[f]!])),
    lists: [],
    related: [],
  };
  const last = memo.state;
  const change = last && last.homeCountry === homeCountry && last.limit === limit ? reached(last, state) : null;
  const related = new Map<string, Story[]>();
  stories.forEach((story, index) => {
    const was = change && !change.dirty.has(story.id) ? last!.at.get(story.id) : undefined;
    const list = was === undefined ? listOf(index).map((other) => stories[other]!.id) : last!.lists[was]!;
    // The last call's stories, when none of them is a new object: most lists, most rebuilds.
    const kept = was !== undefined && (change!.replaced.size === 0 || !list.some((id) => change!.replaced.has(id)));
    const items = kept ? last!.related[was]! : list.map((id) => stories[state.at.get(id)!]!);
    state.lists.push(list);
    state.related.push(items);
    related.set(story.id, items);
  });
  memo.state = state;
  return related;
}

/** What findRelated reads of a story: its features, and its date in days (NaN: undated). */
interface Facts {
  homeCountry: string | null;
  names: string[];
  /** The names joined: two stories' features compared at once. */
  joined: string;
  day: number;
}

/** Worked out once per story object (stories are never changed once made): a session's rebuild reads them again for every story. */
const facts = new WeakMap<Story, Facts>();

function factsOf(story: Story, homeCountry: string | null): Facts {
  const known = facts.get(story);
  if (known?.homeCountry === homeCountry) return known;
  const names = featuresOf(story, homeCountry);
  const fresh = { homeCountry, names, joined: names.join("\n"), day: story.date ? Date.parse(story.date) / 86_400_000 : NaN };
  facts.set(story, fresh);
  return fresh;
}

/** What findRelated worked from and found (the next call compares against it). */
interface RelatedState {
  homeCountry: string | null;
  limit: number;
  /** The stories in list order, and each one's index by id. */
  stories: Story[];
  at: Map<string, number>;
  /** Each feature's stories (indexes), in list order. */
  postings: Map<string, number[]>;
  weights: Map<string, number>;
  /** Each story's related stories (ids), by index. */
  lists: string[][];
  /** The same as stories, as returned. */
  related: Story[][];
}

/** The last findRelated call's work, for the next (`sillok serve`'s rebuilds). */
export class RelatedMemo {
  state: RelatedState | null = null;
}

/**
 * The stories whose lists may differ from the last call's (`dirty`): a story's list depends on
 * the stories within WINDOW of it in its features' postings, their features, dates and ids, and
 * the features' weights. So: every story of a feature whose weight moved, and every story within
 * reach of a story that came, went, or changed its features or date (in the old postings and the
 * new), the changed story included. `replaced`: the stories that are new objects (a list naming
 * one is made again, even if it names the same stories).
 */
function reached(last: RelatedState, next: RelatedState): { dirty: Set<string>; replaced: Set<string> } {
  const dirty = new Set<string>();
  const replaced = new Set<string>();
  const changed = (id: string, state: RelatedState) => {
    const index = state.at.get(id)!;
    const story = state.stories[index]!;
    for (const f of factsOf(story, state.homeCountry).names) {
      const posting = state.postings.get(f)!;
      const at = sortedIndex(posting, index);
      for (let i = Math.max(0, at - WINDOW - 1), end = Math.min(posting.length, at + WINDOW + 2); i < end; i++) dirty.add(state.stories[posting[i]!]!.id);
    }
  };
  for (const [name, posting] of next.postings) if (last.weights.get(name) !== next.weights.get(name)) for (const index of posting) dirty.add(next.stories[index]!.id);
  for (const story of next.stories) {
    const was = last.at.get(story.id);
    const old = was === undefined ? undefined : last.stories[was]!;
    if (old === story) continue;
    replaced.add(story.id);
    if (old && factsOf(old, last.homeCountry).joined === factsOf(story, next.homeCountry).joined && old.date === story.date) continue;
    dirty.add(story.id);
    changed(story.id, next);
    if (old) changed(story.id, last);
  }
  for (const id of last.at.keys()) if (!next.at.has(id)) changed(id, last);
  return { dirty, replaced };
}

interface Order {
  stories: Story[];
  /** Each story's date in days (NaN: undated). */
  days: number[];
}

/** How far apart two stories are in date: 0 for two undated stories, Infinity for one. */
function apart(order: Order, a: number, b: number): number {
  const [x, y] = [order.days[a]!, order.days[b]!];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y) ? 0 : Infinity;
  return Math.abs(x - y);
}

/** Whether story `a` scoring `x` ranks before `[b, y]` for story `index`: higher score first, then nearer in date, then the smaller id (a total order). */
function before(order: Order, a: number, x: number, [b, y]: [number, number], index: number): boolean {
  if (y !== x) return x > y;
  const [near, far] = [apart(order, a, index), apart(order, b, index)];
  if (near !== far) return near < far;
  return order.stories[a]!.id < order.stories[b]!.id;
}

/** Inserts `candidate` into `best` (sorted, at most `limit` long) if it ranks among them. */
function keepBest(order: Order, best: [number, number][], candidate: [number, number], limit: number, index: number): void {
  let at = best.length;
  while (at > 0 && before(order, candidate[0], candidate[1], best[at - 1]!, index)) at--;
  if (at >= limit) return;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

function featuresOf(story: Story, homeCountry: string | null): string[] {
  return [...story.topics.map((t) => `topic:${t}`), ...story.countries.filter((c) => c !== homeCountry).map((c) => `country:${c}`)];
}
