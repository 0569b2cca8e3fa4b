// sillok's TypeScript, bundled into plain JavaScript once per change of the code, so that a
// command (and each worker thread) starts in a fraction of the time tsx's loader takes to load
// hundreds of modules one by one. The templates and the Eleventy config are bundled too
// (`templates/*.11ty.js`, sharing chunks, and `eleventy-config.mjs`), so that Eleventy loads plain
// JavaScript. The bundles live in node_modules/.cache/sillok/<fingerprint>/.
// Returns that folder, or null when bundling is not possible (then bin/sillok.js uses tsx).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = { cli: "src/cli.ts", "parse-worker": "src/archive/parse-worker.ts", "search-worker": "src/search/search-worker.ts", "eleventy-config": ".eleventy.ts" };
/** A bundle older than this, not the current one, is deleted. */
const STALE_MS = 60 * 60 * 1000;
/** Loaded at run time, not bundled: Eleventy loads the templates itself, tsx registers loaders. */
const EXTERNAL = ["@11ty/eleventy", "@11ty/eleventy-dev-server", "tsx", "tsx/*"];

function fingerprint() {
  const hash = createHash("sha256");
  const files = [
    ...["src", "templates"].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))),
    join(ROOT, ".eleventy.ts"),
    join(ROOT, "package-lock.json"),
    fileURLToPath(import.meta.url),
  ].sort();
  for (const file of files) if (existsSync(file)) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

export function compiled() {
  if (process.env.SILLOK_NO_BUNDLE) return null;
  try {
    const cache = join(ROOT, "node_modules", ".cache", "sillok");
    const dir = join(cache, fingerprint());
    if (existsSync(join(dir, "ready"))) return dir;
    const esbuild = createRequire(join(ROOT, "package.json"))("esbuild");
    const temp = `${dir}.${process.pid}.tmp`;
    const common = {
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      external: EXTERNAL,
      // Bundled CommonJS packages call require(): give the module one.
      banner: { js: 'import { createRequire as __sillokRequire } from "node:module"; const require = __sillokRequire(import.meta.url);' },
      logLevel: "silent",
      // The entry points are relative to the package, wherever the command runs from.
      absWorkingDir: ROOT,
    };
    esbuild.buildSync({ ...common, entryPoints: ENTRIES, outdir: temp, outExtension: { ".js": ".mjs" }, splitting: false });
    // article.11ty.ts -> templates/article.11ty.js; the code they share goes to chunk files (not templates to Eleventy).
    const templates = readdirSync(join(ROOT, "templates")).filter((f) => f.endsWith(".11ty.ts"));
    esbuild.buildSync({ ...common, entryPoints: templates.map((f) => join(ROOT, "templates", f)), outdir: join(temp, "templates"), splitting: true, chunkNames: "chunks/[name]-[hash]" });
    writeFileSync(join(temp, "templates", "package.json"), '{ "type": "module" }\n');
    writeFileSync(join(temp, "ready"), "");
    mkdirSync(cache, { recursive: true });
    // Older bundles go, once no build that started from one can still be loading its templates.
    for (const old of readdirSync(cache)) {
      const path = join(cache, old);
      if (old !== relative(cache, dir) && !old.endsWith(".tmp") && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    }
    try {
      renameSync(temp, dir);
    } catch {
      rmSync(temp, { recursive: true, force: true }); // another process made it first
    }
    return existsSync(join(dir, "ready")) ? dir : null;
  } catch {
    return null;
  }
}
