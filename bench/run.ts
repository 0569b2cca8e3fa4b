/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3 --work DIR]`: sillok against Hugo and plain
 * Eleventy on the same synthetic archives (../shared/bench/gen-corpus.mjs), in one run.
 *
 * sillok builds the raw files (its whole pipeline); the peers (../shared/bench/peers/) get the
 * same articles as Markdown with title, date, topics and countries already in front matter.
 * Cold builds start with no output and no cache; each figure is the median of `--runs`. For
 * sillok also: the build without the search index, a rebuild with no change, a rebuild after
 * adding one new article (a different one each run), the same in `sillok serve` (which keeps its
 * last build's work in memory), the time per stage, and the ratio to Hugo.
 * Peak memory is the largest resident set of the build's process (GNU time, else polling /proc).
 * Hugo comes from Debian (`apt-get install hugo`); without it its rows say so.
 *
 * A benchmark, not a test: `npm test` never runs it. Timings depend on the disk; `--work
 * /dev/shm/x` takes the disk out and measures the CPU work.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "../shared/bench");
const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, runs: { type: "string", default: "3" }, work: { type: "string", default: join(ROOT, "bench", ".work") } } });
const SIZES = values.sizes.split(",").map(Number);
const RUNS = Math.max(1, Number(values.runs));
const WORK = resolve(values.work);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const HUGO = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0 ? "hugo" : null;

interface Run {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

/** Runs a command, timing it and taking its peak resident memory. */
async function measure(command: string, args: string[], cwd: string): Promise<Run> {
  const argv = TIME ? [TIME, "-f", "%M", command, ...args] : [command, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let polled = 0;
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const poll = TIME ? null : setInterval(() => (polled = Math.max(polled, residentKiB(child.pid!))), 50);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr.slice(-2000)}`);
  const kib = TIME ? Number(stderr.trim().split("\n").at(-1)) : polled;
  return { seconds, peakMiB: kib / 1024, stdout };
}

/** The process's peak resident memory so far (VmHWM): polling its current size would miss a peak between two polls. */
function residentKiB(pid: number): number {
  try {
    const status = spawnSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" }).stdout;
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const files = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[]).filter((e) => e.isFile()).length;

function generate(n: number, out: string, start = 0): void {
  const run = spawnSync(process.execPath, [join(SHARED, "gen-corpus.mjs"), String(n), out, String(start)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`gen-corpus failed: ${run.stderr}`);
}

interface Row {
  tool: string;
  n: number;
  cold: number;
  peak: number;
  pages: number;
  extra?: string;
}

async function coldRuns(setup: () => void, command: string, args: string[], cwd: string, out: string): Promise<{ runs: Run[]; pages: number }> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    setup();
    runs.push(await measure(command, args, cwd));
  }
  return { runs, pages: files(out) };
}

/** `time read+parse 1.2 s · …` -> seconds per stage. */
function stages(report: string): Record<string, number> {
  const line = /time\s+read\+parse ([\d.]+) s · archive ([\d.]+) s · render ([\d.]+) s · search index ([\d.]+) s \(beside the render(?:, ([\d.]+) s more after it)?\) · swap ([\d.]+) s/.exec(report);
  if (!line) return {};
  const [read, archive, render, index, wait, swap] = line.slice(1).map((v) => Number(v ?? 0));
  return { pipeline: read! + archive!, render: render!, index: index!, wait: wait!, swap: swap! };
}

/**
 * Rebuilds in `sillok serve`, which keeps the last build's work in memory between its builds:
 * one new article added at a time, each rebuild timed by its own report (from the change seen to
 * the new site swapped in; the watcher's settling wait before it is not counted).
 */
async function serveRebuilds(dir: string, content: string, out: string, cache: string, next: number): Promise<{ seconds: number[]; peakMiB: number }> {
  const port = String(18_500 + (process.pid % 1000));
  const child = spawn(process.execPath, [join(ROOT, "bin", "sillok.js"), "serve", "--port", port, "--content", content, "--out", out, "--cache", cache], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, residentKiB(child.pid!))), 100);
  const reports = () => stdout.match(/^ {2}time .*$/gm) ?? [];
  const until = async (done: () => boolean, what: string) => {
    for (const started = Date.now(); !done(); await new Promise((r) => setTimeout(r, 50))) {
      if (child.exitCode !== null || Date.now() - started > 300_000) throw new Error(`sillok serve: no ${what}:\n${stderr.slice(-2000)}`);
    }
  };
  try {
    await until(() => /Server at/.test(stdout), "first build");
    await new Promise((r) => setTimeout(r, 3000)); // Node 20 sets up a recursive watch folder by folder
    const seconds: number[] = [];
    // A rebuild in serve takes a second: five of them, at least, for a steadier median.
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      const count = reports().length;
      generate(1, join(dir, `serve-add-${i}`), next + i);
      cpSync(join(dir, `serve-add-${i}`, "raw"), content, { recursive: true });
      await until(() => reports().length > count, "rebuild after adding a file");
      seconds.push(Number(/total ([\d.]+) s/.exec(reports().at(-1)!)?.[1]));
      await new Promise((r) => setTimeout(r, 1000)); // the cache's index is written after the swap
    }
    peak = Math.max(peak, residentKiB(child.pid!));
    return { seconds, peakMiB: peak / 1024 };
  } finally {
    clearInterval(poll);
    child.kill("SIGTERM");
  }
}

async function benchSillok(n: number, corpus: string): Promise<Row[]> {
  const dir = join(WORK, `sillok-${n}`);
  const content = join(dir, "content");
  const out = join(dir, "site");
  const cache = join(dir, "cache");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(corpus, "raw"), content, { recursive: true });
  const sillok = (extra: string[] = []) => [join(ROOT, "bin", "sillok.js"), "build", "--content", content, "--out", out, "--cache", cache, ...extra];
  const fresh = () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  const noSearch = await coldRuns(fresh, process.execPath, sillok(["--no-search"]), ROOT, out);
  const cold = await coldRuns(fresh, process.execPath, sillok(), ROOT, out);
  const same: Run[] = [];
  for (let i = 0; i < RUNS; i++) same.push(await measure(process.execPath, sillok(), ROOT));
  const added: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    generate(1, join(dir, `add-${i}`), n + i);
    cpSync(join(dir, `add-${i}`, "raw"), content, { recursive: true });
    added.push(await measure(process.execPath, sillok(), ROOT));
  }
  const served = await serveRebuilds(dir, content, out, cache, n + 100);
  const s = stages(cold.runs.map((r) => r.stdout).sort((a, b) => (stages(a).pipeline ?? 0) - (stages(b).pipeline ?? 0))[Math.floor(RUNS / 2)]!);
  const parsed = (r: Run) => /\((\d+) parsed/.exec(r.stdout)?.[1] ?? "?";
  return [
    { tool: "sillok (no search index)", n, cold: median(noSearch.runs.map((r) => r.seconds)), peak: Math.max(...noSearch.runs.map((r) => r.peakMiB)), pages: noSearch.pages },
    {
      tool: "sillok",
      n,
      cold: median(cold.runs.map((r) => r.seconds)),
      peak: Math.max(...cold.runs.map((r) => r.peakMiB), ...same.map((r) => r.peakMiB), ...added.map((r) => r.peakMiB), served.peakMiB),
      pages: cold.pages,
      extra: [
        `no change ${median(same.map((r) => r.seconds)).toFixed(2)} s`,
        `one added ${median(added.map((r) => r.seconds)).toFixed(2)} s (${added.map(parsed).join("/")} parsed)`,
        `one added in sillok serve ${median(served.seconds).toFixed(2)} s (${served.seconds.map((x) => x.toFixed(2)).join("/")}; peak ${served.peakMiB.toFixed(0)} MiB)`,
        `stages: pipeline ${s.pipeline?.toFixed(2)} s, render ${s.render?.toFixed(2)} s, search index ${s.index?.toFixed(2)} s beside the render (+${s.wait?.toFixed(2)} s after it), swap ${s.swap?.toFixed(2)} s`,
      ].join("; "),
    },
  ];
}

async function benchHugo(n: number, corpus: string): Promise<Row[]> {
  if (!HUGO) return [{ tool: "Hugo (not installed: apt-get install hugo)", n, cold: NaN, peak: NaN, pages: 0 }];
  const dir = join(WORK, `hugo-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(SHARED, "peers", "hugo"), dir, { recursive: true });
  mkdirSync(join(dir, "content", "posts"), { recursive: true });
  cpSync(join(corpus, "peer-md"), join(dir, "content", "posts"), { recursive: true });
  const version = spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.split(" ")[1] ?? "";
  const clean = () => {
    rmSync(join(dir, "public"), { recursive: true, force: true });
    rmSync(join(dir, "resources"), { recursive: true, force: true });
  };
  const { runs, pages } = await coldRuns(clean, "hugo", ["--quiet"], dir, join(dir, "public"));
  return [{ tool: `Hugo ${version}`, n, cold: median(runs.map((r) => r.seconds)), peak: Math.max(...runs.map((r) => r.peakMiB)), pages }];
}

async function benchEleventy(n: number, corpus: string): Promise<Row[]> {
  const dir = join(WORK, `eleventy-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(SHARED, "peers", "eleventy"), dir, { recursive: true });
  cpSync(join(corpus, "peer-md"), join(dir, "posts"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const cmd = join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  const { runs, pages } = await coldRuns(() => rmSync(join(dir, "_site"), { recursive: true, force: true }), process.execPath, [cmd, "--quiet"], dir, join(dir, "_site"));
  return [{ tool: "Eleventy 3 (Nunjucks, plain)", n, cold: median(runs.map((r) => r.seconds)), peak: Math.max(...runs.map((r) => r.peakMiB)), pages }];
}

mkdirSync(WORK, { recursive: true });
const rows: Row[] = [];
for (const n of SIZES) {
  const corpus = join(WORK, `corpus-${n}`);
  rmSync(corpus, { recursive: true, force: true });
  generate(n, corpus);
  process.stderr.write(`bench: N = ${n}\n`);
  rows.push(...(await benchHugo(n, corpus)), ...(await benchEleventy(n, corpus)), ...(await benchSillok(n, corpus)));
}

const hugo = (n: number) => rows.find((r) => r.n === n && r.tool.startsWith("Hugo "))?.cold;
const table = [
  `sillok bench: ${RUNS} runs each, medians; work folder ${WORK}; ${process.platform}, ${(await import("node:os")).availableParallelism()} cores, Node ${process.version}`,
  "| tool | N | cold build | peak memory | pages written | × Hugo |",
  "| --- | --- | --- | --- | --- | --- |",
  ...rows.map((r) => {
    const base = hugo(r.n);
    const ratio = base && Number.isFinite(r.cold) ? `${(r.cold / base).toFixed(2)}` : "—";
    return `| ${r.tool} | ${r.n.toLocaleString("en")} | ${Number.isFinite(r.cold) ? `${r.cold.toFixed(2)} s` : "—"} | ${Number.isFinite(r.peak) ? `${r.peak.toFixed(0)} MiB` : "—"} | ${r.pages.toLocaleString("en")} | ${ratio} |`;
  }),
  "",
  ...rows.filter((r) => r.extra).map((r) => `sillok N=${r.n.toLocaleString("en")}: ${r.extra}`),
];
const sillokCold = (n: number) => rows.find((r) => r.n === n && r.tool === "sillok")?.cold;
if (SIZES.length > 1) {
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  table.push(`sillok growth from N=${small} to N=${large}: ${(sillokCold(large)! / sillokCold(small)!).toFixed(2)}× the time for ${large / small}× the articles`);
}
process.stdout.write(`${table.join("\n")}\n`);
