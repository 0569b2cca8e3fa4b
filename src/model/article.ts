/**
 * The Article contract: the one source of truth for what a content file becomes.
 * `sillok inspect --json` prints `InspectResult[]`; Eleventy renders `Article`s.
 */
import { z } from "zod";

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const dateSourceSchema = z.enum(["front-matter", "file-name", "body"]);
export type DateSource = z.infer<typeof dateSourceSchema>;

export const problemSchema = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string().min(1),
  field: z.string().optional(),
  line: z.number().int().positive().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/, "id must be lowercase hex"),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be ASCII words joined by '-'"),
  url: z.string().startsWith("/articles/").endsWith("/"),
  title: z.string().min(1, "title is empty").max(200),
  date: isoDateSchema.nullable(),
  dateSource: dateSourceSchema.nullable(),
  publisher: z.string().min(1).nullable(),
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** ISO 3166-1 alpha-2, most prominent first. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** Regions named in the text (e.g. `central-asia`); they add no countries. */
  regions: z.array(z.string()),
  /** Topic ids from the keeper's taxonomy. */
  topics: z.array(z.string()),
  /** The categories the source post gave itself (front matter), as they were. */
  categories: z.array(z.string()),
  excerpt: z.string(),
  html: z.string(),
  text: z.string(),
  images: z.array(z.string()),
  duplicateOf: z.string().nullable(),
  /** Paths of the other files that carry the same story (set on the canonical one). */
  duplicates: z.array(z.string()),
  /** The content file this came from, relative to the content folder. */
  sourcePath: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * An article as the archive and the list pages know it: everything but its body (`html`,
 * `text`), which stays in the cache until a page that shows it is rendered.
 */
export const storySchema = articleSchema.omit({ html: true, text: true }).extend({
  textLength: z.number().int().nonnegative(),
  /** sha256 of the source file: a page showing the body changes when this does. */
  contentHash: z.string(),
});
export type Story = z.infer<typeof storySchema>;

export function toStory(article: Article, contentHash: string): Story {
  const { html: _html, text, ...rest } = article;
  return { ...rest, textLength: text.length, contentHash };
}

export const inspectStatusSchema = z.enum(["ok", "skipped", "error"]);
export type InspectStatus = z.infer<typeof inspectStatusSchema>;

export const inspectResultSchema = z.object({
  path: z.string(),
  status: inspectStatusSchema,
  problems: z.array(problemSchema),
  article: articleSchema.nullable(),
});
export type InspectResult = z.infer<typeof inspectResultSchema>;
