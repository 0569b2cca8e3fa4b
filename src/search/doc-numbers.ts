/**
 * Stable doc numbers for the search index: a story keeps its number from build to build, a new
 * story takes a free one, a deleted story's number is freed. So adding one article changes the
 * shards its words hash to and one doc file, not the whole index. When a quarter of the numbers
 * are free, they are dealt out afresh. Kept in the cache (`search-numbers.json`); without it,
 * numbers are dealt out afresh, which is always correct.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILE = "search-numbers.json";

/** Doc number -> story id (null: free), for `ids` in their order. */
export function assignNumbers(previous: (string | null)[], ids: string[]): (string | null)[] {
  const wanted = new Set(ids);
  const table = previous.map((id) => (id !== null && wanted.has(id) ? id : null));
  const placed = new Set(table.filter((id): id is string => id !== null));
  const free: number[] = [];
  table.forEach((id, no) => {
    if (id === null) free.push(no);
  });
  for (const id of ids) {
    if (placed.has(id)) continue;
    const no = free.shift();
    if (no === undefined) table.push(id);
    else table[no] = id;
  }
  while (table.length > 0 && table.at(-1) === null) table.pop();
  const holes = table.filter((id) => id === null).length;
  return holes > table.length / 4 ? [...ids] : table;
}

export function loadNumbers(cache: string | null): (string | null)[] {
  if (!cache) return [];
  try {
    const table = JSON.parse(readFileSync(join(cache, FILE), "utf8")) as unknown;
    return Array.isArray(table) && table.every((id) => id === null || typeof id === "string") ? (table as (string | null)[]) : [];
  } catch {
    return [];
  }
}

export function saveNumbers(cache: string | null, table: (string | null)[]): void {
  if (!cache) return;
  const temp = join(cache, `${FILE}.${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify(table));
  renameSync(temp, join(cache, FILE));
}
