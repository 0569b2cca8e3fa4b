/**
 * The folder sillok is installed in (config defaults, the code that cache keys hash). From the
 * TypeScript sources it is one level above this file; bin/sillok.js, which may run a bundle of
 * them from another folder, sets SILLOK_ROOT.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeWhole } from "./write-whole.ts";

export const PACKAGE_ROOT = process.env.SILLOK_ROOT ?? fileURLToPath(new URL("..", import.meta.url));

export function inPackage(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/**
 * A JSON file of an installed package, read at run time (`world-countries/countries.json`):
 * JSON.parse reads data faster than a bundle can compile the same data as a JavaScript literal.
 */
export function packageJson(id: string): unknown {
  return JSON.parse(readFileSync(createRequire(inPackage("package.json")).resolve(id), "utf8"));
}

/**
 * sha256 over all of sillok's code (src/ and the lockfile): what a build's result depends on
 * besides its inputs. Runs from a bundle already name it (bin/compile.js makes the same hash).
 */
export function codeVersion(): string {
  if (process.env.SILLOK_BUNDLE) return process.env.SILLOK_BUNDLE;
  const hash = createHash("sha256");
  const files = readdirSync(inPackage("src"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, inPackage("package-lock.json")]) hash.update(file).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * What `make` returns, kept in the bundle's folder as `name` when sillok runs from a bundle. The
 * folder is named by the code and the lockfile (bin/compile.js), so the file is this code's result
 * for good: later runs read it instead of making it again. From the sources, `make` runs each time.
 */
export function besideBundle(name: string, make: () => string): string {
  const bundle = process.env.SILLOK_BUNDLE;
  if (!bundle) return make();
  const file = join(bundle, name);
  try {
    return readFileSync(file, "utf8");
  } catch {
    const made = make();
    try {
      writeWhole(file, made);
    } catch {
      // a read-only install: made again next time
    }
    return made;
  }
}
