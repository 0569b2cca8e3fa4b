/** `sillok check [DIR]`: one line per file with a problem, a summary; exit 1 on errors. */
import { loadFolder } from "../archive/load.ts";
import type { PipelineOptions } from "../pipeline/index.ts";

export async function check(dir: string, options: PipelineOptions): Promise<number> {
  const { results, articles } = await loadFolder(dir, options);
  const prefix = dir.replace(/\/+$/, "");
  let warnings = 0, errors = 0, skipped = 0;
  for (const r of results) {
    if (r.status === "skipped") skipped++;
    for (const p of r.problems) {
      if (p.severity === "error") errors++;
      else if (r.status !== "skipped") warnings++;
      const where = p.line ? `:${p.line}` : "";
      const field = p.field && !p.message.includes(p.field) ? `${p.field}: ` : "";
      process.stdout.write(`${prefix}/${r.path}${where}: ${r.status === "skipped" ? "skipped" : p.severity}: ${field}${p.message}\n`);
    }
  }
  const duplicates = articles.filter((a) => a.duplicateOf).length;
  const ok = results.filter((r) => r.status === "ok").length;
  process.stdout.write(
    `\n${results.length} files: ${ok} articles (${duplicates} duplicates of another story), ${skipped} skipped, ${warnings} warnings, ${errors} errors\n`,
  );
  return errors > 0 ? 1 : 0;
}
