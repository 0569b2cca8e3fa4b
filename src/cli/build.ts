/**
 * `sillok build`: the pipeline over the content folder (unchanged files from the cache), then
 * Eleventy renders the archive into a staging folder that is swapped in only when it is whole.
 */
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { ArticleCache } from "../archive/cache.ts";
import { loadFolder } from "../archive/load.ts";
import type { SiteSettings } from "../config/site.ts";
import type { PipelineOptions } from "../pipeline/index.ts";
import { toArchive, type SiteContext } from "../site/data.ts";
import { normalizePrefix } from "../site/urls.ts";
import { stageOutput } from "./output.ts";
import { progressBar, writeReport, type StageTimes } from "./report.ts";

export interface BuildOptions {
  content: string;
  out: string;
  pathPrefix: string;
  strict: boolean;
  site: SiteSettings;
  /** Cache folder, or null for none. */
  cache: string | null;
}

/** Where feeds and the sitemap point when the keeper has not set `url` in config/site.yaml. */
const LOCAL_ORIGIN = "http://localhost:8080";

export async function build(options: BuildOptions, pipeline: PipelineOptions): Promise<number> {
  const started = performance.now();
  const times: StageTimes = {};
  const lap = (stage: keyof StageTimes, since: number) => (times[stage] = performance.now() - since);
  if (!existsSync(options.content)) {
    process.stderr.write(`sillok build: the content folder ${options.content} does not exist; put articles there or pass --content DIR.\n`);
    return 2;
  }
  let mark = performance.now();
  const cache = ArticleCache.open(options.cache);
  if (cache.problem) process.stderr.write(`sillok build: the cache in ${options.cache} is ${cache.problem}.\n`);
  const { results, articles, parsed } = await loadFolder(options.content, pipeline, progressBar("reading", process.stderr), cache);
  lap("read", mark);
  for (const r of results) for (const p of r.problems) process.stderr.write(`${options.content}/${r.path}${p.line ? `:${p.line}` : ""}: ${r.status === "skipped" ? "skipped" : p.severity}: ${p.message}\n`);
  const errors = results.filter((r) => r.status === "error").length;
  if (options.strict && errors > 0) {
    process.stderr.write(`sillok build --strict: ${errors} file(s) with errors; nothing was written, ${options.out}/ is as it was.\n`);
    return 1;
  }
  if (!options.site.url) {
    process.stderr.write(`config/site.yaml: url: not set; feeds, sitemap.xml and robots.txt point at ${LOCAL_ORIGIN}. Set url to the site's public address.\n`);
  }

  mark = performance.now();
  const site: SiteContext = { ...options.site, origin: options.site.url ?? LOCAL_ORIGIN, pathPrefix: normalizePrefix(options.pathPrefix) };
  const archive = toArchive(articles, site, pipeline.taxonomy.topics);
  lap("archive", mark);

  mark = performance.now();
  const staging = stageOutput(options.out);
  let written: number;
  try {
    written = await render(archive, site, staging.dir);
  } catch (error) {
    staging.abandon();
    throw error;
  }
  lap("render", mark);
  mark = performance.now();
  staging.commit();
  cache.save();
  lap("swap", mark);

  writeReport(process.stdout, { content: options.content, out: options.out, results, articles: articles.length, stories: archive.stories.length, parsed, written, times, total: performance.now() - started });
  return 0;
}

async function render(archive: ReturnType<typeof toArchive>, site: SiteContext, dir: string): Promise<number> {
  const eleventy = new Eleventy(resolve("templates"), dir, {
    configPath: resolve(".eleventy.ts"),
    pathPrefix: site.pathPrefix,
    quietMode: true,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      config.addGlobalData("archive", archive);
      config.addGlobalData("site", site);
    },
  });
  await eleventy.write();
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}
