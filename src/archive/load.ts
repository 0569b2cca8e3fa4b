/** Runs the pipeline over files and folders, then dedupes the stories and settles unique URLs. */
import { stat } from "node:fs/promises";
import { basename, dirname, relative } from "node:path";
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

/** Runs the pipeline over every file under `dir`; `path`s in the results are relative to `dir`. */
export async function loadFolder(dir: string, options: PipelineOptions, progress?: Progress): Promise<Loaded> {
  const paths = await listContentFiles(dir);
  const results: PipelineResult[] = [];
  for (const path of paths) {
    results.push(toArticle(await readSourceFile(dir, path), options));
    progress?.(results.length, paths.length);
  }
  return settle(results);
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
