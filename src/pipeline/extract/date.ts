/** The date: front matter, then the file name, then the article text (never a file time). */
import type { DateSource } from "../../model/article.ts";

export interface DatedAs {
  date: string | null;
  dateSource: DateSource | null;
}

const MAX_YEAR = new Date().getUTCFullYear() + 1;

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > MAX_YEAR) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** YAML gives a Date for `date: 2024-07-24`; strings may carry a time. */
export function dateFromFrontMatter(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(value);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Where clippers put the day a story came out: Jekyll's `date:`, Obsidian Web Clipper's `published:`, Omnivore's `date_published:` (never `created:`, the day it was clipped). */
const DATE_KEYS = ["date", "published", "date_published", "published_at", "publishedAt", "datePublished", "pubDate"];

/** The front matter's date of publication, under the first of its keys that holds one. */
export function frontMatterDate(frontMatter: Record<string, unknown>): unknown {
  const key = DATE_KEYS.find((k) => dateFromFrontMatter(frontMatter[k]) !== null);
  return key === undefined ? frontMatter.date : frontMatter[key];
}

/** Jekyll's convention: `2024-07-24-2147.md`. */
export function dateFromFileName(path: string): string | null {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const m = /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/.exec(name);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const FULL_DATES = [
  /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g,
  /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])/g,
  /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
];

/** The first explicit full date (year, month and day) in the cleaned text. */
export function dateFromText(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  for (const pattern of FULL_DATES) {
    for (const m of text.matchAll(pattern)) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date && (!best || m.index < best.index)) best = { index: m.index, date };
      if (date) break;
    }
  }
  return best?.date ?? null;
}

export function findDate(frontMatterDate: unknown, path: string, stampDate: string | null, text: string): DatedAs {
  const fromFrontMatter = dateFromFrontMatter(frontMatterDate);
  if (fromFrontMatter) return { date: fromFrontMatter, dateSource: "front-matter" };
  const fromName = dateFromFileName(path);
  if (fromName) return { date: fromName, dateSource: "file-name" };
  const fromBody = stampDate ?? dateFromText(text);
  return fromBody ? { date: fromBody, dateSource: "body" } : { date: null, dateSource: null };
}
