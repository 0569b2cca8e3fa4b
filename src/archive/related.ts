/**
 * Related stories: other stories that share an article's topics and countries.
 *
 * A shared feature weighs its inverse document frequency, so a rare country counts for more than
 * a topic half the archive has; the home country is left out (it is in nearly every story).
 * Candidates come from a window of the stories nearest in date within each shared feature, so
 * the work per story is bounded however large the archive grows.
 */
import type { Article } from "../model/article.ts";

export const RELATED_LIMIT = 5;
/** Stories looked at on each side of an article, per feature. */
const WINDOW = 40;

/** `stories` in list order (newest first); returns related stories per story id. */
export function findRelated(stories: Article[], homeCountry: string | null, limit = RELATED_LIMIT): Map<string, Article[]> {
  const features = stories.map((story) => featuresOf(story, homeCountry));
  const postings = new Map<string, number[]>();
  features.forEach((list, index) => {
    for (const feature of list) {
      const posting = postings.get(feature);
      if (posting) posting.push(index);
      else postings.set(feature, [index]);
    }
  });
  const weight = new Map([...postings].map(([feature, list]) => [feature, Math.log((stories.length + 1) / list.length)]));
  const rank = new Map<string, Map<number, number>>();
  for (const [feature, list] of postings) rank.set(feature, new Map(list.map((index, i) => [index, i])));

  const related = new Map<string, Article[]>();
  stories.forEach((story, index) => {
    const own = new Set(features[index]);
    const scores = new Map<number, number>();
    for (const feature of own) {
      const list = postings.get(feature)!;
      const at = rank.get(feature)!.get(index)!;
      for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) {
        const other = list[i]!;
        if (other !== index && !scores.has(other)) scores.set(other, score(own, features[other]!, weight));
      }
    }
    const ranked = [...scores]
      .filter(([, value]) => value > 0)
      .sort(([a, x], [b, y]) => y - x || Math.abs(a - index) - Math.abs(b - index) || a - b)
      .slice(0, limit)
      .map(([other]) => stories[other]!);
    related.set(story.id, ranked);
  });
  return related;
}

function featuresOf(story: Article, homeCountry: string | null): string[] {
  return [...story.topics.map((t) => `topic:${t}`), ...story.countries.filter((c) => c !== homeCountry).map((c) => `country:${c}`)];
}

function score(own: Set<string>, theirs: string[], weight: Map<string, number>): number {
  let total = 0;
  for (const feature of theirs) if (own.has(feature)) total += weight.get(feature)!;
  return total;
}
