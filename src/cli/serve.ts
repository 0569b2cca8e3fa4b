/**
 * `sillok serve`: build, serve the site on localhost, and rebuild when a file in the content
 * folder, the settings or the templates is added, changed or deleted; open pages reload.
 * Rebuilds go through the cache, so only the changed files are parsed again. A failed rebuild
 * is reported and the last good site stays up.
 */
import { existsSync, watch } from "node:fs";
import { resolve } from "node:path";
import { build, type BuildOptions } from "./build.ts";
import { BuildSession } from "./session.ts";
import { renderFromSources } from "./render.ts";
import type { PipelineOptions } from "../pipeline/index.ts";
import { normalizePrefix } from "../site/urls.ts";
import { inPackage } from "../package-root.ts";

/** Waits this long after the last change, so a batch of added files is one rebuild. */
const SETTLE_MS = 300;
/** While idle, the content folder is looked over this often for changes the watcher did not report. */
const LOOK_OVER_MS = 5000;

export interface BuildSetup {
  options: BuildOptions;
  pipeline: PipelineOptions;
}

/** `setup` reads the settings and the taxonomy again before each build, so edits to them apply. */
export async function serve(port: number, setup: () => BuildSetup): Promise<number> {
  const { options, pipeline } = setup();
  renderFromSources(); // an edited template applies at the next rebuild
  const session = new BuildSession();
  const first = await build(options, pipeline, session);
  session.settle();
  if (first !== 0) return first;
  // Loaded here, not with the command line: every other command would pay for it.
  const { default: EleventyDevServer } = await import("@11ty/eleventy-dev-server");
  const server = EleventyDevServer.getServer("sillok", resolve(options.out), {
    pathPrefix: normalizePrefix(options.pathPrefix),
    domDiff: false,
    watch: [],
  });
  server.serve(port);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  let busy = false;
  const rebuild = (what: string) => {
    clearTimeout(timer);
    busy = true;
    timer = setTimeout(() => {
      running = running.then(async () => {
        process.stdout.write(`\nsillok serve: ${what} changed; rebuilding\n`);
        try {
          const next = setup();
          if ((await build(next.options, next.pipeline, session)) === 0) server.reload({ files: [] });
        } catch (error) {
          process.stderr.write(`sillok serve: the rebuild failed; the last good site is still served.\n${error instanceof Error ? error.message : String(error)}\n`);
        } finally {
          busy = false;
          session.settle(missed);
        }
      });
    }, SETTLE_MS);
  };
  // A change the watcher did not report (Node's watcher loses some: edits after a save by renaming), found between builds, is built like one it did.
  const missed = (paths: string[]) => rebuild(`${options.content}/${paths[0]}${paths.length > 1 ? ` and ${paths.length - 1} more` : ""}`);
  setInterval(() => {
    if (!busy) session.lookOver(missed);
  }, LOOK_OVER_MS).unref();
  for (const dir of [options.content, "config", inPackage("templates"), inPackage("src/site")]) {
    if (!existsSync(dir)) continue; // no config/ here: the shipped one is used, and it is not edited
    watch(dir, { recursive: true }, (_event, file) => {
      if (dir === options.content) session.folder.touch(file);
      rebuild(`${dir}/${file ?? ""}`);
    });
  }
  // Looked over once the watchers are in place: what changed while they were being set up is built.
  session.lookOver(missed);
  return new Promise<number>(() => {});
}
