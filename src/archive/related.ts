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
  const names = stories.map((story) => featuresOf(story, homeCountry));
  const features = names.map((list) => list.map((f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)));
  const postings: number[][] = Array.from({ length: ids.size }, () => []);
  /** Where each story stands in the posting of each of its features. */
  const ranks = features.map((list, index) => list.map((f) => postings[f]!.push(index) - 1));
  // In quarter steps: one more story in the archive rarely moves a weight, so it rarely reorders lists it is not in.
  const weight = postings.map((list) => Math.ceil(4 * Math.log((stories.length + 1) / list.length)) / 4);

  const own = new Int32Array(ids.size).fill(-1); // own[f] === index: the current story has f
  const seen = new Int32Array(stories.length).fill(-1);
  const days = stories.map((story) => (story.date ? Date.parse(story.date) / 86_400_000 : NaN));
  const order = { stories, days };
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
  const byId = new Map(stories.map((story) => [story.id, story]));
  const state: RelatedState = {
    homeCountry,
    limit,
    features: new Map(stories.map((story, index) => [story.id, names[index]!.join("\n")])),
    dates: new Map(stories.map((story) => [story.id, story.date])),
    postings: new Map([...ids].map(([name, f]) => [name, postings[f]!.map((index) => stories[index]!.id)])),
    weights: new Map([...ids].map(([name, f]) => [name, weight[f]!])),
    lists: new Map(),
  };
  const last = memo.state;
  const dirty = last && last.homeCountry === homeCountry && last.limit === limit ? reached(last, state, stories) : null;
  const related = new Map<string, Story[]>();
  stories.forEach((story, index) => {
    const kept = dirty && !dirty.has(story.id) ? last!.lists.get(story.id) : undefined;
    const list = kept ?? listOf(index).map((other) => stories[other]!.id);
    state.lists.set(story.id, list);
    related.set(story.id, list.map((id) => byId.get(id)!));
  });
  memo.state = state;
  return related;
}

/** What findRelated worked from and found, by story id and feature name (the next call compares against it). */
interface RelatedState {
  homeCountry: string | null;
  limit: number;
  /** Each story's features, joined. */
  features: Map<string, string>;
  dates: Map<string, string | null>;
  /** Each feature's stories, in list order. */
  postings: Map<string, string[]>;
  weights: Map<string, number>;
  /** Each story's related stories. */
  lists: Map<string, string[]>;
}

/** The last findRelated call's work, for the next (`sillok serve`'s rebuilds). */
export class RelatedMemo {
  state: RelatedState | null = null;
}

/**
 * The stories whose lists may differ from the last call's: a story's list depends on the
 * stories within WINDOW of it in its features' postings, their features, dates and ids, and the
 * features' weights. So: every story of a feature whose weight moved, and every story within
 * reach of a story that came, went, or changed its features or date (in the old postings and the
 * new), the changed story included.
 */
function reached(last: RelatedState, next: RelatedState, stories: Story[]): Set<string> {
  const dirty = new Set<string>();
  const around = (posting: string[] | undefined, id: string) => {
    if (!posting) return;
    const at = posting.indexOf(id);
    for (let i = Math.max(0, at - WINDOW - 1), end = Math.min(posting.length, at + WINDOW + 2); at >= 0 && i < end; i++) dirty.add(posting[i]!);
  };
  const changed = (id: string, state: RelatedState) => {
    for (const f of state.features.get(id)?.split("\n") ?? []) if (f) around(state.postings.get(f), id);
  };
  for (const [name, posting] of next.postings) if (last.weights.get(name) !== next.weights.get(name)) for (const id of posting) dirty.add(id);
  for (const { id, date } of stories) {
    if (last.features.get(id) === next.features.get(id) && last.dates.has(id) && last.dates.get(id) === date) continue;
    dirty.add(id);
    changed(id, next);
    changed(id, last);
  }
  for (const id of last.features.keys()) if (!next.features.has(id)) changed(id, last);
  return dirty;
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
