/** Shared by the tests: run the real pipeline on real files. */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { decodeEntities } from "../src/pipeline/entities.ts";
import { toArticle, type PipelineResult } from "../src/pipeline/index.ts";
import { defaultTaxonomyPath, loadTaxonomy } from "../src/taxonomy/topics.ts";
import type { Article, Story } from "../src/model/article.ts";

export const taxonomy = loadTaxonomy(defaultTaxonomyPath());

export function runFile(path: string): PipelineResult {
  return toArticle({ path: basename(path), bytes: readFileSync(path) }, { taxonomy });
}

export function runText(path: string, text: string | Uint8Array): PipelineResult {
  return toArticle({ path, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text }, { taxonomy });
}

/** The Article a file's text becomes; the test fails, with the file's problems, when it becomes none. */
export function articleOf(path: string, text: string): Article {
  const result = runText(path, text);
  if (!result.article) throw new Error(`${path}: no article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** The real corpus lives beside the checkout (not redistributable); absent on a user's machine. */
export const CORPUS = resolve("../shared/corpus/real");
if (process.env.SILLOK_REQUIRE_CORPUS && !existsSync(CORPUS)) {
  throw new Error(`SILLOK_REQUIRE_CORPUS is set but ${CORPUS} is missing: the corpus tests would be skipped`);
}
export const CORPUS_SKIP = existsSync(CORPUS)
  ? false
  : `../shared/corpus/real is absent (the real corpus may not be redistributed, so it is not in the repo); CI has it beside the checkout`;

export function sampleDir(): string {
  return resolve("content");
}

/** The lines of a raw file as a reader sees them: tags out, entities decoded, white space collapsed. */
export function visibleLines(raw: string): string[] {
  return raw
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .split("\n")
    .map((line) => decodeEntities(line.replace(/<[^>]*>/g, "").replace(/!\[[^\]]*\]\([^)]*\)/g, " ")).replace(/[\s\u00A0]+/g, " ").trim())
    .filter(Boolean);
}

export function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

export const here = dirname(new URL(import.meta.url).pathname);

/** A story for the archive and search tests: undated, no publisher, topic or country, unless `extra` gives them. */
export function testStory(id: string, extra: Partial<Story> = {}): Story {
  return {
    id, slug: id, url: `/articles/undated/${id}/`, title: id, date: null, dateSource: null, publisher: null, sourceUrl: null, countries: [], regions: [],
    topics: [], categories: [], excerpt: "", images: [], duplicateOf: null, duplicates: [], sourcePath: `${id}.md`, textLength: 0, contentHash: id, ...extra,
  };
}
