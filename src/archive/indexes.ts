/**
 * The archive's indexes: stories grouped by topic, country, publisher and month. Each group
 * lists canonical stories only (copies of a story are shown on the story's page), newest first.
 */
import type { Story } from "../model/article.ts";
import { toSlug } from "../pipeline/extract/slug.ts";
import type { Topic } from "../taxonomy/topics.ts";
import { countryName } from "../taxonomy/countries.ts";

export type TermKind = "topic" | "country" | "publisher";

export interface Term {
  kind: TermKind;
  /** Topic id, lowercase country code, or publisher slug: the last segment of the term's URL. */
  id: string;
  label: string;
  description: string | null;
  stories: Story[];
}

export interface Month {
  /** `2024-07`, or `undated`. */
  id: string;
  label: string;
  stories: Story[];
}

/** Canonical stories, newest first; undated ones last, each group in content-path order. */
export function newestFirst(articles: Story[]): Story[] {
  // Dates are YYYY-MM-DD: compared as they are (as the collator orders them, in a tenth of the time).
  return articles.filter((a) => a.duplicateOf === null).sort((a, b) => {
    const x = a.date ?? "";
    const y = b.date ?? "";
    return x === y ? collate(a.sourcePath, b.sourcePath) : x < y ? 1 : -1;
  });
}

/** `localeCompare` as one collator (what it uses), not looked up again for each of a sort's comparisons. */
const collate = new Intl.Collator().compare;

/** One term per taxonomy topic, in the keeper's order, empty ones included. */
export function topicTerms(stories: Story[], topics: Topic[]): Term[] {
  const groups = groupBy(stories, (s) => s.topics);
  return topics.map((topic) => ({
    kind: "topic",
    id: topic.id,
    label: topic.label,
    description: topic.description ?? null,
    stories: groups.get(topic.id) ?? [],
  }));
}

/** One term per country named in a story, most stories first (ties by Korean name). */
export function countryTerms(stories: Story[]): Term[] {
  const groups = groupBy(stories, (s) => s.countries);
  return [...groups]
    .map(([code, list]): Term => ({ kind: "country", id: code.toLowerCase(), label: countryName(code), description: null, stories: list }))
    .sort((a, b) => b.stories.length - a.stories.length || a.label.localeCompare(b.label, "ko"));
}

/** One term per publisher, most stories first; each gets a unique ASCII slug. */
export function publisherTerms(stories: Story[]): Term[] {
  const groups = groupBy(stories, (s) => (s.publisher ? [s.publisher] : []));
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, "ko"));
  const taken = new Set<string>();
  const slugs = new Map(names.map((name) => [name, uniqueSlug(toSlug(name) || "publisher", taken)]));
  return names
    .map((name): Term => ({ kind: "publisher", id: slugs.get(name)!, label: name, description: null, stories: groups.get(name)! }))
    .sort((a, b) => b.stories.length - a.stories.length || a.label.localeCompare(b.label, "ko"));
}

/** Months newest first, then the undated stories (if any) as their own group. */
export function monthGroups(stories: Story[]): Month[] {
  const groups = groupBy(stories, (s) => [s.date ? s.date.slice(0, 7) : "undated"]);
  const months = [...groups.keys()].filter((id) => id !== "undated").sort().reverse();
  const result = months.map((id) => ({ id, label: monthLabel(id), stories: groups.get(id)! }));
  const undated = groups.get("undated");
  return undated ? [...result, { id: "undated", label: "날짜 미상", stories: undated }] : result;
}

/** `2024-07` -> `2024년 7월`. */
export function monthLabel(id: string): string {
  const [year, month] = id.split("-");
  return `${year}년 ${Number(month)}월`;
}

function groupBy(stories: Story[], keys: (story: Story) => string[]): Map<string, Story[]> {
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    const list = keys(story);
    for (let i = 0; i < list.length; i++) {
      const key = list[i]!;
      if (list.indexOf(key) !== i) continue; // named twice (lists are short: no Set per story)
      const group = groups.get(key);
      if (group) group.push(story);
      else groups.set(key, [story]);
    }
  }
  return groups;
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
