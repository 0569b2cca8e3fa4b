/** What a build tells the keeper: a progress bar while it reads (plain lines when not a terminal) and a report at the end. */
import type { Progress } from "../archive/load.ts";
import type { FileResult } from "../archive/scan.ts";

export interface StageTimes {
  read?: number;
  archive?: number;
  render?: number;
  search?: number;
  /** The search index's own time (it is written beside the render; `search` is what the build waited after it). */
  index?: number;
  swap?: number;
}

export interface BuildReport {
  content: string;
  out: string;
  results: FileResult[];
  articles: number;
  stories: number;
  /** Files the pipeline ran on (the rest came from the cache). */
  parsed: number;
  /** Files in the output folder. */
  written: number;
  /** Of those, the files this build rendered (the rest were unchanged). */
  rendered: number;
  times: StageTimes;
  total: number;
}

/** Below this many files a build is quick enough to need no progress. */
const QUIET_BELOW = 200;
const WIDTH = 30;

/** A bar redrawn in place on a terminal; in a CI log, a plain line every quarter. */
export function progressBar(label: string, stream: NodeJS.WriteStream): Progress {
  let lastQuarter = 0;
  return (done, total) => {
    if (total < QUIET_BELOW) return;
    if (stream.isTTY) {
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${done}/${total} files`);
      if (done === total) stream.write("\n");
      return;
    }
    const quarter = Math.floor((done / total) * 4);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      stream.write(`${label}: ${done}/${total} files\n`);
    }
  };
}

const seconds = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;

export function writeReport(stream: NodeJS.WritableStream, report: BuildReport): void {
  const skipped = report.results.filter((r) => r.status === "skipped");
  const errors = report.results.filter((r) => r.status === "error");
  const warnings = report.results.filter((r) => r.status === "ok").reduce((n, r) => n + r.problems.filter((p) => p.severity === "warning").length, 0);
  const { read, archive, render, search, index, swap } = report.times;
  const lines = [
    `sillok build: ${report.content} -> ${report.out}/`,
    `  files read   ${report.results.length} (${report.parsed} parsed, ${report.results.length - report.parsed} from the cache)`,
    `  articles     ${report.articles} (${report.stories} stories, ${report.articles - report.stories} duplicates)`,
    `  skipped      ${skipped.length}`,
    ...skipped.map((r) => `    ${r.path}: ${r.problems[0]?.message ?? "skipped"}`),
    `  errors       ${errors.length}${errors.length ? " (not published)" : ""}`,
    ...errors.map((r) => `    ${r.path}: ${r.problems.find((p) => p.severity === "error")?.message ?? "error"}`),
    `  warnings     ${warnings}${warnings ? " (listed above)" : ""}`,
    `  written      ${report.written} files (${report.rendered === report.written ? "all" : report.rendered} rendered${report.rendered === report.written ? "" : ", the rest unchanged"})`,
    `  time         read+parse ${seconds(read)} · archive ${seconds(archive)} · render ${seconds(render)} · search index ${seconds(index)} (beside the render${(search ?? 0) >= 5 ? `, ${seconds(search)} more after it` : ""}) · swap ${seconds(swap)} · total ${seconds(report.total)}`,
  ];
  stream.write(`${lines.join("\n")}\n`);
}
