/** Runs the pipeline over files and folders, then dedupes the stories and settles unique URLs. */
import { stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type { Article } from "../model/article.ts";
import { toArticle, type PipelineOptions, type PipelineResult } from "../pipeline/index.ts";
import { listContentFiles, readSourceFile } from "../pipeline/read.ts";
import { dedupe } from "./dedupe.ts";
import { uniqueUrls } from "./slugs.ts";

export interface Loaded {
  results: PipelineResult[];
  /** The ok articles, deduped, with unique URLs, in input order. */
  articles: Article[];
}

export type Progress = (done: number, total: number) => void;

/** Runs the pipeline over every file under `dir`, whole articles in memory; `path`s in the results are relative to `dir`. */
export async function loadFolder(dir: string, options: PipelineOptions): Promise<Loaded> {
  const results: PipelineResult[] = [];
  for (const path of await listContentFiles(dir)) {
    const size = (await stat(join(dir, path))).size;
    results.push(size > MAX_FILE_BYTES ? tooLarge(path, size) : toArticle(await readSourceFile(dir, path), options));
  }
  return settle(results);
}

/** No news article is this long: a bigger file is a dump or a mistake, and would stall the build. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function tooLarge(path: string, size: number): PipelineResult {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return { path, status: "skipped", problems: [{ severity: "warning", message: `file too large (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}): skipped` }], article: null, fired: [] };
}

/** Runs the pipeline over the given paths (files, or folders expanded), keeping each path as given. */
export async function loadPaths(inputs: string[], options: PipelineOptions): Promise<Loaded> {
  const results: PipelineResult[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      results.push({ path: input, status: "error", problems: [{ severity: "error", message: "no such file or folder" }], article: null, fired: [] });
    } else if (info.isDirectory()) {
      for (const path of await listContentFiles(input)) {
        const file = await readSourceFile(input, path);
        results.push(toArticle({ ...file, path: `${input.replace(/\/+$/, "")}/${path}` }, options));
      }
    } else {
      const file = await readSourceFile(dirname(input), basename(input));
      results.push(toArticle({ ...file, path: relative(".", input) || input }, options));
    }
  }
  return settle(results);
}

function settle(results: PipelineResult[]): Loaded {
  const ok = results.filter((r) => r.article !== null).map((r) => r.article!);
  const articles = uniqueUrls(dedupe(ok));
  const byPath = new Map(articles.map((a) => [a.sourcePath, a]));
  for (const result of results) if (result.article) result.article = byPath.get(result.article.sourcePath) ?? result.article;
  return { results, articles };
}
