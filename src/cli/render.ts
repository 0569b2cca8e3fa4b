/**
 * Eleventy renders a build's pages into a folder. Article pages go in batches, so that Eleventy
 * never holds more than a few thousand pages (and their bodies) at once: the first batch also
 * renders the list pages and the pages drawn from the whole archive, later ones only articles.
 */
import { readdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { relative, resolve } from "node:path";
import type { Bodies } from "../archive/scan.ts";
import { inPackage } from "../package-root.ts";
import type { Archive, SiteContext } from "../site/data.ts";
import type { RenderSet } from "../site/plan.ts";

/** Article pages per Eleventy run: memory stays flat however large the archive. */
const BATCH = 2500;
/** The templates ship with sillok: a build works from any working folder. */
const TEMPLATES = inPackage("templates");
const ARTICLE_TEMPLATE = "article.11ty.ts";

interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  ignores: { add(glob: string): void };
}

/**
 * A full garbage collection. An Eleventy run leaves hundreds of megabytes of garbage that V8,
 * with memory to spare, would otherwise keep until long after: collecting between batches keeps
 * the build's peak memory near what it really holds.
 */
function collectGarbage(): void {
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
  eleventyModule ??= registerTypeScript().then(() => import("@11ty/eleventy"));
  return eleventyModule;
}

/** Renders `pages` into `dir`; returns the files written, relative to it. */
export async function renderPages(archive: Archive, pages: RenderSet, site: SiteContext, dir: string, bodies: Bodies): Promise<string[]> {
  const { default: Eleventy } = await preloadEleventy();
  const feedBodies = new Map<string, string>();
  for (const feed of archive.feeds) {
    for (const story of feed.stories) if (!feedBodies.has(story.id)) feedBodies.set(story.id, bodies.get(story.sourcePath).html);
    feed.html = feedBodies;
  }
  const files: string[] = [];
  // Eleventy's ignores are globs from the working folder.
  const others = readdirSync(TEMPLATES).filter((f) => f !== ARTICLE_TEMPLATE).map((f) => `${relative(process.cwd(), TEMPLATES)}/${f}`);
  for (let start = 0, first = true; first || start < pages.articles.length; start += BATCH, first = false) {
    const articles = pages.articles.slice(start, start + BATCH);
    for (const page of articles) page.html = bodies.get(page.article.sourcePath).html;
    const batch: RenderSet = first ? { ...pages, articles } : { articles, lists: [], months: [] };
    const eleventy = new Eleventy(TEMPLATES, dir, {
      configPath: inPackage(".eleventy.ts"),
      pathPrefix: site.pathPrefix,
      quietMode: true,
      config(config: EleventyConfig) {
        config.addGlobalData("archive", archive);
        config.addGlobalData("pages", batch);
        config.addGlobalData("site", site);
        if (!first) for (const file of others) config.ignores.add(file);
      },
    });
    eleventy.disableLogger(); // the build's report says what was written
    const [, results] = await eleventy.write();
    for (const r of results) if (r.outputPath) files.push(relative(dir, resolve(r.outputPath)));
    for (const page of articles) delete page.html;
    collectGarbage();
  }
  for (const feed of archive.feeds) delete feed.html;
  return files;
}
