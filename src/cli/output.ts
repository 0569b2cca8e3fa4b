/**
 * Atomic output: a build writes into a fresh folder beside the output and swaps it in at the
 * end, so a build that fails or is killed leaves the previous site whole.
 *
 *   _site/                      the site being served
 *   ._site.building-<pid>/      this build's pages (left behind only by a killed build; removed by the next)
 *   ._site.old-<pid>/           the previous site, during the swap only
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /** Puts the new site in place of the old one. */
  commit(): void;
  /** Drops this build's pages; the old site stays. */
  abandon(): void;
}

export function stageOutput(out: string): Staging {
  const target = resolve(out);
  const parent = dirname(target);
  const name = basename(target);
  mkdirSync(parent, { recursive: true });
  recover(parent, name, target);
  const dir = join(parent, `.${name}.building-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return {
    dir,
    commit() {
      const old = join(parent, `.${name}.old-${process.pid}`);
      const hadSite = existsSync(target);
      if (hadSite) renameSync(target, old);
      renameSync(dir, target);
      if (hadSite) rmSync(old, { recursive: true, force: true });
    },
    abandon() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Cleans up after killed builds: stale staging folders go; a site caught mid-swap is put back. */
function recover(parent: string, name: string, target: string): void {
  for (const entry of readdirSync(parent)) {
    const match = entry.match(/^\.(.+)\.(building|old)-(\d+)$/);
    if (!match || match[1] !== name || isRunning(Number(match[3]))) continue;
    const path = join(parent, entry);
    if (match[2] === "old" && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
