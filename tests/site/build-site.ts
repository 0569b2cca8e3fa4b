/** Builds a site the way a keeper does (`sillok build` in a child process) for the site tests. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { tempDir } from "../temp.ts";

export interface Built {
  out: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary content folder holding the shipped samples plus `extra` files (name -> text). */
export function sampleContent(extra: Record<string, string> = {}): string {
  const content = join(tempDir("sillok-site-"), "content");
  mkdirSync(content);
  for (const name of readdirSync("content")) writeFileSync(join(content, name), readFileSync(join("content", name)));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(content, name), text);
  return content;
}

/** Builds `content` into `out` with its cache beside it (`<out>/../cache`), never in the repo. */
export function buildSite(content: string, args: string[] = [], out = join(tempDir("sillok-out-"), "site")): Built {
  const cache = join(dirname(out), "cache");
  const run = spawnSync(process.execPath, ["bin/sillok.js", "build", "--content", content, "--out", out, "--cache", cache, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  return { out, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** An article holding template syntax in its title and body: it must show literally. */
export const TEMPLATE_ARTICLE = '---\ntitle: "{{ 7*7 }} 제목 {% include \\"x\\" %}"\ndate: 2024-07-24\n---\n<p>{% include "x" %} 그리고 {{ 7*7 }} 그대로 보여야 합니다. 카자흐스탄 핵심광물 협력.</p>\n';
