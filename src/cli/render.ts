/**
 * Eleventy renders a build's pages into a folder. Article pages go in batches, so that Eleventy
 * never holds more than a few thousand pages (and their bodies) at once: the first batch also
 * renders the list pages and the pages drawn from the whole archive, later ones only articles.
 */
import { readdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { join, relative, resolve } from "node:path";
import type { Bodies } from "../archive/scan.ts";
import { inPackage } from "../package-root.ts";
import type { Archive, SiteContext } from "../site/data.ts";
import { outputFile, type RenderSet } from "../site/plan.ts";
import { monthUrl } from "../site/urls.ts";

/** Article pages per Eleventy run: memory stays flat however large the archive. */
const BATCH = 2500;
/** Fewer pages than this in a run: no collection after it. */
const SMALL_RUN = 500;

interface Templates {
  dir: string;
  config: string;
  article: string;
  /** The templates and config are TypeScript: Eleventy loads them through tsx. */
  typescript: boolean;
}

let sourceTemplates = false;

/** Renders from the TypeScript templates even when running from a bundle (`sillok serve`: edits to them apply). */
export function renderFromSources(): void {
  sourceTemplates = true;
}

/**
 * The templates ship with sillok, so a build works from any working folder. Run from a bundle,
 * Eleventy loads the bundled templates (bin/compile.js): plain JavaScript, no tsx.
 */
function templates(): Templates {
  const bundle = process.env.SILLOK_BUNDLE;
  if (bundle && !sourceTemplates) return { dir: join(bundle, "templates"), config: join(bundle, "eleventy-config.mjs"), article: "article.11ty.js", typescript: false };
  return { dir: inPackage("templates"), config: inPackage(".eleventy.ts"), article: "article.11ty.ts", typescript: true };
}

interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  setUseGitIgnore(use: boolean): void;
  ignores: { add(glob: string): void; delete(glob: string): void };
}

/**
 * A full garbage collection. An Eleventy run leaves hundreds of megabytes of garbage that V8,
 * with memory to spare, would otherwise keep until long after: collecting between batches keeps
 * the build's peak memory near what it really holds.
 */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Eleventy loads the templates and its config, which are TypeScript, through tsx's loader. */
async function registerTypeScript(): Promise<void> {
  const flags = globalThis as { __sillokTsx?: boolean };
  if (flags.__sillokTsx) return;
  const { register } = await import("tsx/esm/api");
  register();
  flags.__sillokTsx = true;
}

let eleventyModule: Promise<typeof import("@11ty/eleventy")> | undefined;

/**
 * Loads tsx's loader and Eleventy (half a second) once; a build calls this as soon as it knows
 * it will render, so that the loading overlaps the parse workers' run.
 */
export function preloadEleventy(): Promise<typeof import("@11ty/eleventy")> {
  const { typescript } = templates();
  // Eleventy's import hook busts Node's module cache for edited files, which only a long-running
  // `sillok serve` (TypeScript templates) needs; it costs a build a loader thread and 0.1 s.
  if (!typescript) process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  eleventyModule ??= (typescript ? registerTypeScript() : Promise.resolve()).then(() => import("@11ty/eleventy"));
  return eleventyModule;
}

/**
 * Renders `pages` into `dir`; returns the files written, relative to it. `collectAfter`: a full
 * collection after the last batch too, for the rest of a build's peak (`sillok serve` collects
 * once the site is served instead).
 */
export async function renderPages(archive: Archive, pages: RenderSet, site: SiteContext, dir: string, bodies: Bodies, { collectAfter = true } = {}): Promise<string[]> {
  const { default: Eleventy } = await preloadEleventy();
  const feedBodies = new Map<string, string>();
  for (const feed of pages.feeds) {
    for (const story of feed.stories) if (!feedBodies.has(story.id)) feedBodies.set(story.id, bodies.get(story.sourcePath, "html"));
    feed.html = feedBodies;
  }
  const files: string[] = [];
  // Eleventy's ignores are globs from the working folder.
  const { dir: input, config: configPath, article } = templates();
  const others = readdirSync(input).filter((f) => f !== article && /\.11ty\.[jt]s$/.test(f)).map((f) => `${relative(process.cwd(), input)}/${f}`);
  for (let start = 0, first = true; first || start < pages.articles.length; start += BATCH, first = false) {
    const articles = pages.articles.slice(start, start + BATCH);
    for (const page of articles) page.html = bodies.get(page.article.sourcePath, "html");
    const batch: RenderSet = first ? { ...pages, articles } : { articles, lists: [], months: [], feeds: [] };
    const eleventy = new Eleventy(input, dir, {
      configPath,
      pathPrefix: site.pathPrefix,
      quietMode: true,
      config(config: EleventyConfig) {
        config.addGlobalData("archive", archive);
        config.addGlobalData("pages", batch);
        config.addGlobalData("site", site);
        // The input is sillok's own templates: the keeper's .gitignore is not about them, and
        // the bundled ones live in node_modules/.cache/.
        config.setUseGitIgnore(false);
        config.ignores.delete("**/node_modules/**");
        if (!first) for (const file of others) config.ignores.add(file);
      },
    });
    eleventy.disableLogger(); // the build's report says what was written
    const [, results] = await eleventy.write();
    for (const r of results) if (r.outputPath) files.push(relative(dir, resolve(r.outputPath)));
    for (const page of articles) delete page.html;
    // A run of a few pages leaves little garbage, and a full collection costs a tenth of a second.
    if ((collectAfter || start + BATCH < pages.articles.length) && articles.length + batch.lists.length + batch.months.length >= SMALL_RUN) collectGarbage();
  }
  for (const feed of pages.feeds) delete feed.html;
  // Eleventy skips a template it is told to ignore without a word: a page it did not write
  // would be missing from the site.
  const written = new Set(files);
  const wantedFiles = [...pages.articles.map((p) => p.article.url), ...pages.lists.map((p) => p.url), ...pages.months.map(monthUrl), ...pages.feeds.map((f) => f.url), "/"].map(outputFile);
  const missing = wantedFiles.filter((file) => !written.has(file));
  if (missing.length > 0) throw new Error(`Eleventy did not write ${missing.length} of the ${wantedFiles.length} pages it was given (${missing.slice(0, 3).join(", ")}); the site was left as it was`);
  return files;
}
