/**
 * The per-file pipeline: decode -> split -> parse -> clean -> sanitize -> extract -> validate.
 * Pure: a SourceFile in, an InspectResult out; it never throws on bad input.
 */
import { createHash } from "node:crypto";
import { extname } from "node:path";
import { toHtml } from "hast-util-to-html";
import type { InspectResult, Problem } from "../model/article.ts";
import { findCountries } from "../taxonomy/countries.ts";
import { findTopics, type Taxonomy } from "../taxonomy/topics.ts";
import { cleanTree, isEmptyTree } from "./clean/index.ts";
import { numberLists, textLines } from "./clean/lines.ts";
import { decode } from "./decode.ts";
import { findDate, frontMatterDate } from "./extract/date.ts";
import { findExcerpt } from "./extract/excerpt.ts";
import { findImages } from "./extract/images.ts";
import { findPublisher, findSourceUrl } from "./extract/publisher.ts";
import { cleanFrontMatterSlug, toSlug } from "./extract/slug.ts";
import { stringList } from "./extract/text.ts";
import { titleFromBody, titleFromFrontMatter } from "./extract/title.ts";
import { detectShape, parseBody } from "./parse.ts";
import type { SourceFile } from "./read.ts";
import { sanitize } from "./sanitize.ts";
import { split } from "./split.ts";
import { validate } from "./validate.ts";
import { readDocument } from "./document.ts";

export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".html", ".htm"]);

export interface PipelineOptions {
  taxonomy: Taxonomy;
}

export interface PipelineResult extends InspectResult {
  /** The clean rules that fired on this file. */
  fired: string[];
}

export function articleId(path: string): string {
  return createHash("sha256").update(path).digest("hex").slice(0, 12);
}

function skipped(path: string, message: string): PipelineResult {
  return { path, status: "skipped", problems: [{ severity: "warning", message }], article: null, fired: [] };
}

/** The site's name after a clipped page's title (`… - 매일경제`) outweighs a photo's credit or a lone outlet line, not a copyright line or a source link. */
const TITLE_SITE_WEIGHT = 75;

export function toArticle(file: SourceFile, options: PipelineOptions): PipelineResult {
  const extension = extname(file.path).toLowerCase();
  const decoded = decode(file.bytes);
  if (!decoded.ok) return skipped(file.path, decoded.reason);
  if (!ARTICLE_EXTENSIONS.has(extension)) {
    return skipped(file.path, `not an article file (${extension || "no extension"}); sillok reads ${[...ARTICLE_EXTENSIONS].join(", ")}: skipped`);
  }
  if (decoded.text.trim() === "") return skipped(file.path, "empty file: skipped");

  const problems: Problem[] = [...decoded.problems];
  const parts = split(decoded.text);
  problems.push(...parts.problems);
  // A whole saved page: its head's facts are its front matter, its story's box its body.
  const saved = parts.hasFrontMatter ? null : readDocument(parts.body);
  const fm = saved?.frontMatter ?? parts.frontMatter;
  const body = saved?.body ?? parts.body;
  if (fm.permalink !== undefined) {
    problems.push({ severity: "warning", field: "permalink", message: "permalink is ignored: sillok makes every URL from the date and the slug." });
  }

  const shape = detectShape(body, parts.hasFrontMatter, extension);
  const tree = parseBody(body, shape);
  // A clip names the page it copied (`source: https://…`): the page's own parts may close it.
  const clip = typeof fm.source === "string" && /^https?:\/\//.test(fm.source);
  const cleaned = cleanTree(tree, { page: shape === "plain", saved: saved !== null, clip, source: body, ...(typeof fm.title === "string" ? { title: fm.title } : {}) });
  const safe = sanitize(tree);
  const text = textLines(numberLists(safe));
  if (isEmptyTree(safe) || text === "") {
    problems.push({ severity: "error", message: "no article text is left once boilerplate is removed; the file was not published." });
    return { path: file.path, status: "error", problems, article: null, fired: cleaned.fired };
  }

  const fmTitle = titleFromFrontMatter(fm.title);
  if (fm.title !== undefined && !fmTitle) problems.push({ severity: "warning", field: "title", message: "title is empty or not text; the title was taken from the article." });
  const found = fmTitle ?? titleFromBody(safe);
  const title = found?.text ?? file.path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  const stampDate = cleaned.clues.find((c) => c.date)?.date ?? null;
  const clues = saved ? [...cleaned.clues, ...saved.clues] : cleaned.clues;
  const { date, dateSource } = findDate(frontMatterDate(fm), file.path, stampDate, text);
  const id = articleId(file.path);
  const slug = cleanFrontMatterSlug(fm.slug) ?? (toSlug(title) || `article-${id.slice(0, 8)}`);
  const countries = findCountries(text, title);
  const sourceUrl = findSourceUrl(clues, fm);

  const { article, problems: invalid } = validate({
    id,
    slug,
    url: `/articles/${date ? `${date.slice(0, 4)}/${date.slice(5, 7)}` : "undated"}/${slug}/`,
    title,
    date,
    dateSource,
    publisher: findPublisher(found?.site ? [...clues, { publisher: { name: found.site, weight: TITLE_SITE_WEIGHT } }] : clues, fm, cleaned.removedImages.map((i) => i.alt), sourceUrl, title),
    sourceUrl,
    countries: countries.countries,
    regions: countries.regions,
    topics: findTopics(options.taxonomy, text, title),
    categories: stringList(fm.categories),
    excerpt: findExcerpt(fm.excerpt, safe, title),
    html: toHtml(safe),
    text,
    images: findImages(safe, fm, cleaned.removedImages),
    duplicateOf: null,
    duplicates: [],
    sourcePath: file.path,
  });
  problems.push(...invalid);
  return { path: file.path, status: article ? "ok" : "error", problems, article, fired: cleaned.fired };
}
