/**
 * For tests/cli/session.test.ts: a `sillok serve` session that is not told of a file added after
 * its first build. Prints `{ missed }`, what the session found between builds, after the build
 * that follows. Arguments: the content folder, a work folder (site and cache), the added file's text.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "../../src/cli/build.ts";
import { BuildSession } from "../../src/cli/session.ts";
import { loadSiteSettings } from "../../src/config/site.ts";
import { defaultTaxonomyPath, loadTaxonomy } from "../../src/taxonomy/topics.ts";

const [content, work, text] = process.argv.slice(2) as [string, string, string];
const options = { content, out: join(work, "site"), cache: join(work, "cache"), pathPrefix: "/", strict: false, site: loadSiteSettings(undefined), search: false };
const pipeline = { taxonomy: loadTaxonomy(defaultTaxonomyPath()) };
const session = new BuildSession();
if ((await build(options, pipeline, session)) !== 0) process.exit(1);
writeFileSync(join(content, "2024-extra-2.md"), text); // the session is not told
const missed: string[][] = [];
session.settle((paths) => missed.push(paths));
await session.ready();
if ((await build(options, pipeline, session)) !== 0) process.exit(1);
await session.close();
process.stdout.write(`\n${JSON.stringify({ missed })}\n`);
process.exit(0);
