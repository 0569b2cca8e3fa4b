/** `sillok inspect [--json] PATH...`: what each file becomes. */
import { inspectResultSchema, type InspectResult } from "../model/article.ts";
import { loadPaths } from "../archive/load.ts";
import type { PipelineOptions } from "../pipeline/index.ts";

function describe(result: InspectResult): string {
  const lines = [`${result.path}: ${result.status}`];
  const a = result.article;
  if (a) {
    lines.push(
      `  title      ${a.title}`,
      `  date       ${a.date ?? "—"}${a.dateSource ? ` (from ${a.dateSource})` : ""}`,
      `  publisher  ${a.publisher ?? "—"}`,
      `  source     ${a.sourceUrl ?? "—"}`,
      `  countries  ${a.countries.join(" ") || "—"}${a.regions.length ? `  regions: ${a.regions.join(" ")}` : ""}`,
      `  topics     ${a.topics.join(" ") || "—"}`,
      `  url        ${a.url}`,
      `  excerpt    ${a.excerpt}`,
      `  text       ${a.text.length} characters, ${a.text.split("\n").length} paragraphs, ${a.images.length} image(s)`,
    );
    if (a.duplicateOf) lines.push(`  duplicate  of article ${a.duplicateOf}`);
    if (a.duplicates.length) lines.push(`  copies     ${a.duplicates.join(", ")}`);
  }
  for (const p of result.problems) lines.push(`  ${p.severity}: ${p.line ? `line ${p.line}: ` : ""}${p.message}`);
  return lines.join("\n");
}

export async function inspect(paths: string[], json: boolean, options: PipelineOptions): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write("sillok inspect: name at least one file or folder, e.g. `sillok inspect content/001.txt`\n");
    return 2;
  }
  const { results } = await loadPaths(paths, options);
  const contract: InspectResult[] = results.map(({ fired: _fired, ...result }) => inspectResultSchema.parse(result));
  process.stdout.write(json ? `${JSON.stringify(contract, null, 2)}\n` : `${contract.map(describe).join("\n\n")}\n`);
  return contract.some((r) => r.status === "error") ? 1 : 0;
}
