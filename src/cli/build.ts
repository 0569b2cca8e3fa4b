/** `sillok build`: the pipeline over the content folder, then Eleventy renders the archive. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadFolder } from "../archive/load.ts";
import type { SiteSettings } from "../config/site.ts";
import type { PipelineOptions } from "../pipeline/index.ts";
import { toArchive, type SiteContext } from "../site/data.ts";
import { normalizePrefix } from "../site/urls.ts";

export interface BuildOptions {
  content: string;
  out: string;
  pathPrefix: string;
  strict: boolean;
  site: SiteSettings;
}

/** Where feeds and the sitemap point when the keeper has not set `url` in config/site.yaml. */
const LOCAL_ORIGIN = "http://localhost:8080";

export async function build(options: BuildOptions, pipeline: PipelineOptions): Promise<number> {
  const started = performance.now();
  if (!existsSync(options.content)) {
    process.stderr.write(`sillok build: the content folder ${options.content} does not exist; put articles there or pass --content DIR.\n`);
    return 2;
  }
  const { results, articles } = await loadFolder(options.content, pipeline);
  const errors = results.filter((r) => r.status === "error");
  for (const r of results) for (const p of r.problems) process.stderr.write(`${options.content}/${r.path}${p.line ? `:${p.line}` : ""}: ${r.status === "skipped" ? "skipped" : p.severity}: ${p.message}\n`);
  if (options.strict && errors.length > 0) {
    process.stderr.write(`sillok build --strict: ${errors.length} file(s) with errors; nothing was written.\n`);
    return 1;
  }
  if (!options.site.url) {
    process.stderr.write(`config/site.yaml: url: not set; feeds, sitemap.xml and robots.txt point at ${LOCAL_ORIGIN}. Set url to the site's public address.\n`);
  }
  const site: SiteContext = { ...options.site, origin: options.site.url ?? LOCAL_ORIGIN, pathPrefix: normalizePrefix(options.pathPrefix) };
  const archive = toArchive(articles, site, pipeline.taxonomy.topics);
  const eleventy = new Eleventy(resolve("templates"), resolve(options.out), {
    configPath: resolve(".eleventy.ts"),
    pathPrefix: site.pathPrefix,
    quietMode: true,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      config.addGlobalData("archive", archive);
      config.addGlobalData("site", site);
    },
  });
  await eleventy.write();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `sillok build: ${results.length} files -> ${articles.length} articles (${archive.stories.length} stories), ${results.filter((r) => r.status === "skipped").length} skipped, ${errors.length} errors; wrote ${options.out}/ in ${seconds} s\n`,
  );
  return 0;
}
