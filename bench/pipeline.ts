/**
 * `npm run bench:pipeline [DIR]`: the pipeline's throughput on a folder (default: the real corpus),
 * with peak memory and how many files each clean rule fired on. A benchmark, not a test.
 */
import { resolve } from "node:path";
import { loadFolder } from "../src/archive/load.ts";
import { defaultTaxonomyPath, loadTaxonomy } from "../src/taxonomy/topics.ts";

const dir = resolve(process.argv[2] ?? "../shared/corpus/real");
const rounds = Number(process.env.ROUNDS ?? 3);
const taxonomy = loadTaxonomy(defaultTaxonomyPath());

const times: number[] = [];
let last: Awaited<ReturnType<typeof loadFolder>> | undefined;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  last = await loadFolder(dir, { taxonomy });
  times.push(performance.now() - start);
}
const { results, articles } = last!;
const median = times.slice().sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const fired = new Map<string, number>();
for (const r of results) for (const name of r.fired) fired.set(name, (fired.get(name) ?? 0) + 1);

const rss = process.resourceUsage().maxRSS / 1024;
console.log(`pipeline on ${dir}`);
console.log(`files ${results.length}, articles ${articles.length} (${articles.filter((a) => a.duplicateOf).length} duplicates), skipped ${results.filter((r) => r.status === "skipped").length}, errors ${results.filter((r) => r.status === "error").length}`);
console.log(`rounds ${rounds} (one process, single thread; the first round includes JIT warm-up): ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ")}`);
console.log(`median ${(median / 1000).toFixed(2)} s = ${((results.length / median) * 1000).toFixed(0)} files/s (${(median / results.length).toFixed(2)} ms/file)`);
console.log(`peak memory (max RSS) ${rss.toFixed(0)} MiB`);
console.log(`\nrule                  files it fired on`);
for (const [name, n] of [...fired].sort((a, b) => b[1] - a[1])) console.log(`${name.padEnd(22)}${n}`);
