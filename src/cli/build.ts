/** `sillok build`: the pipeline over the content folder, then Eleventy renders the archive. */
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadFolder } from "../archive/load.ts";
import type { PipelineOptions } from "../pipeline/index.ts";
import { toArchive, type SiteSettings } from "../site/data.ts";

export interface BuildOptions {
  content: string;
  out: string;
  pathPrefix: string;
  strict: boolean;
}

const SITE: SiteSettings = { title: "실록 뉴스 아카이브", description: "한국 뉴스 기사 기록 보관소" };

export async function build(options: BuildOptions, pipeline: PipelineOptions): Promise<number> {
  const started = performance.now();
  const { results, articles } = await loadFolder(options.content, pipeline);
  const errors = results.filter((r) => r.status === "error");
  for (const r of results) for (const p of r.problems) process.stderr.write(`${options.content}/${r.path}${p.line ? `:${p.line}` : ""}: ${r.status === "skipped" ? "skipped" : p.severity}: ${p.message}\n`);
  if (options.strict && errors.length > 0) {
    process.stderr.write(`sillok build --strict: ${errors.length} file(s) with errors; nothing was written.\n`);
    return 1;
  }
  const archive = toArchive(articles);
  const eleventy = new Eleventy(resolve("templates"), resolve(options.out), {
    configPath: resolve(".eleventy.ts"),
    pathPrefix: options.pathPrefix,
    quietMode: true,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      config.addGlobalData("archive", archive);
      config.addGlobalData("site", SITE);
    },
  });
  await eleventy.write();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `sillok build: ${results.length} files -> ${articles.length} articles (${archive.newest.length} stories), ${results.filter((r) => r.status === "skipped").length} skipped, ${errors.length} errors; wrote ${options.out}/ in ${seconds} s\n`,
  );
  return 0;
}
