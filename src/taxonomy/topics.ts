/**
 * Topics: which of the keeper's topics an article is about.
 *
 * The rule, "a topic needs more than one passing mention":
 * - Every keyword of every topic is looked for in the title and the text. Korean keywords match
 *   inside words ("광물" in "핵심광물을"); a space in a keyword matches any spacing or none;
 *   Latin keywords ("AI", "LNG") match in any case, only where no ASCII letter or digit
 *   touches them.
 * - Each place counts once: where keywords overlap, the longest wins, across all topics
 *   ("핵심광물" is one hit, not also "광물"; energy's "가스" does not count inside climate's
 *   "온실가스"). A keyword listed under two topics counts for both.
 * - score: a hit in the text is 1, in the title TITLE_WEIGHT. distinct: the different keywords
 *   that hit, the title's and the text's counted apart (a headline word the text takes up is
 *   two signals; one word repeated in the text is one).
 * - A topic is assigned when its score is at least MIN_SCORE from at least MIN_DISTINCT
 *   signals, or at least MIN_SCORE_ONE_SIGNAL from a single one (an article that keeps
 *   repeating one word is about it) and, either way, at least MIN_SHARE of the best topic's
 *   score (three mentions in a long story about something else are still passing).
 * - At most MAX_TOPICS, best first: score, then distinct, then the order of the file.
 */
import type { Taxonomy } from "./taxonomy-file.ts";

export { defaultTaxonomyPath, loadTaxonomy, topicSchema } from "./taxonomy-file.ts";
export type { Taxonomy, Topic } from "./taxonomy-file.ts";

/** Default 2: a word in the headline is worth two in the body. */
export const TITLE_WEIGHT = 2;
/** Default 3: one or two mentions are passing ones. */
export const MIN_SCORE = 3;
/** Default 2: two different keywords, or a title keyword the text takes up. */
export const MIN_DISTINCT = 2;
/** Default 8: the score a topic needs when one keyword is all it has. */
export const MIN_SCORE_ONE_SIGNAL = 8;
/** Default 0.1: the share of the best topic's score a topic needs. */
export const MIN_SHARE = 0.1;
/** Default 4: more would make every topic page list every long article. */
export const MAX_TOPICS = 4;

export interface TopicScore {
  id: string;
  score: number;
  /** How many different keywords hit, the title's and the text's counted apart. */
  distinct: number;
}

/** All keywords of a taxonomy as one RegExp, and which topics each matched keyword counts for. */
interface Matcher {
  pattern: RegExp;
  /** The keyword a matched text is (by its normalized form), if any. */
  keywordOf(text: string): Keyword | undefined;
}

interface Keyword {
  /** A small number of its own: distinct keywords are counted by it. */
  id: number;
  /** Indices into `taxonomy.topics`. */
  topics: number[];
}

const matchers = new WeakMap<Taxonomy["topics"], Matcher>();

/** Topic ids for an article, best first. */
export function findTopics(taxonomy: Taxonomy, text: string, title?: string): string[] {
  const scores = scoreTopics(taxonomy, text, title);
  const floor = (scores[0]?.score ?? 0) * MIN_SHARE;
  return scores
    .filter((topic) => topic.score >= floor && topic.score >= (topic.distinct >= MIN_DISTINCT ? MIN_SCORE : MIN_SCORE_ONE_SIGNAL))
    .slice(0, MAX_TOPICS)
    .map((topic) => topic.id);
}

/** The scores behind findTopics, for `sillok inspect` and tests: every topic with a hit, best first. */
export function scoreTopics(taxonomy: Taxonomy, text: string, title?: string): TopicScore[] {
  const matcher = matcherFor(taxonomy);
  const scores = taxonomy.topics.map(() => 0);
  // A keyword in the title and in the text counts twice: keys are 2 × id, + 1 in the title.
  const distinct = taxonomy.topics.map(() => new Set<number>());
  const count = (input: string, inTitle: 0 | 1, weight: number): void => {
    const pattern = matcher.pattern;
    const normalized = input.normalize("NFC");
    pattern.lastIndex = 0;
    for (let match = pattern.exec(normalized); match !== null; match = pattern.exec(normalized)) {
      const keyword = matcher.keywordOf(match[0]);
      if (keyword === undefined) continue;
      for (const i of keyword.topics) {
        scores[i] = (scores[i] ?? 0) + weight;
        distinct[i]?.add(2 * keyword.id + inTitle);
      }
    }
  };
  count(text, 0, 1);
  if (title !== undefined) count(title, 1, TITLE_WEIGHT);
  return taxonomy.topics
    .map((topic, i) => ({ id: topic.id, score: scores[i] ?? 0, distinct: distinct[i]?.size ?? 0, order: i }))
    .filter((topic) => topic.score > 0)
    .sort((a, b) => b.score - a.score || b.distinct - a.distinct || a.order - b.order)
    .map(({ id, score, distinct }) => ({ id, score, distinct }));
}

/** Compiles the taxonomy once; the cache follows the `topics` array, so treat it as read-only. */
function matcherFor(taxonomy: Taxonomy): Matcher {
  const cached = matchers.get(taxonomy.topics);
  if (cached !== undefined) return cached;
  const keywords = new Map<string, Keyword>();
  // Spellings that differ only in spacing ("경제협력", "경제 협력") are one keyword.
  const sources = new Map<string, Set<string>>();
  taxonomy.topics.forEach((topic, i) => {
    for (const keyword of topic.keywords) {
      const key = normalizeKeyword(keyword);
      if (key === "") continue;
      const entry = keywords.get(key) ?? { id: keywords.size, topics: [] };
      if (!entry.topics.includes(i)) entry.topics.push(i);
      keywords.set(key, entry);
      sources.set(key, (sources.get(key) ?? new Set()).add(keywordSource(keyword.normalize("NFC").trim())));
    }
  });
  // Longest first: an alternation takes the first alternative that matches at a place.
  const keys = [...sources.keys()].sort((a, b) => b.length - a.length);
  const alternatives = keys.map((key) => [...(sources.get(key) ?? [])].join("|"));
  // A look-ahead on the first letters lets the engine skip most places at once (1.5x faster).
  const firstLetters = new Set(keys.flatMap((key) => [key.charAt(0), key.charAt(0).toUpperCase()]));
  const pattern =
    keys.length === 0
      ? /(?!)/g
      : new RegExp(`(?=[${escapeRegExp([...firstLetters].join(""))}])(?:${alternatives.join("|")})`, "gi");
  // The same few spellings match over and over: each is looked up once.
  const spellings = new Map<string, Keyword | undefined>();
  const keywordOf = (text: string): Keyword | undefined => {
    if (spellings.has(text)) return spellings.get(text);
    const keyword = keywords.get(normalizeKeyword(text));
    if (spellings.size < 10_000) spellings.set(text, keyword);
    return keyword;
  };
  const matcher = { pattern, keywordOf };
  matchers.set(taxonomy.topics, matcher);
  return matcher;
}

/** The identity of a keyword or of the text it matched: NFC, lowercase, no spaces. */
function normalizeKeyword(keyword: string): string {
  return keyword.normalize("NFC").toLowerCase().replace(/\s+/g, "");
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Regex source for one keyword: escaped, spaces optional, ASCII word edges guarded. */
function keywordSource(keyword: string): string {
  const body = keyword.split(/\s+/).map(escapeRegExp).join("\\s*");
  const start = ASCII_WORD.test(keyword.charAt(0)) ? "(?<![A-Za-z0-9])" : "";
  const end = ASCII_WORD.test(keyword.charAt(keyword.length - 1)) ? "(?![A-Za-z0-9])" : "";
  return `${start}${body}${end}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
