/**
 * Stable doc numbers for the search index: a story keeps its number from build to build, a new
 * story takes a free one, a deleted story's number is freed. So adding one article changes the
 * shards its words hash to and one doc file, not the whole index. When a quarter of the numbers
 * are free, they are dealt out afresh. Kept in the cache (`search-numbers.json`, with what the
 * index held of each doc); without it, numbers are dealt out afresh, which is always correct.
 */
import { readFileSync } from "node:fs";
import { writeWhole } from "../write-whole.ts";
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

/**
 * What the last build's index was made of: the search code's version and, per doc number, the
 * story and the key of what the index holds of it (build-index.ts `docKey`). A build whose code
 * is the same updates that index instead of making it again.
 */
export interface IndexRecord {
  code: string;
  /** The record entry of the index's meta.json in the site it was written to: ties the record to that site. */
  meta: string;
  docs: ({ id: string; key: string } | null)[];
}

export function loadIndexRecord(cache: string | null): IndexRecord | null {
  if (!cache) return null;
  try {
    const record = JSON.parse(readFileSync(join(cache, FILE), "utf8")) as IndexRecord;
    const valid = typeof record.code === "string" && typeof record.meta === "string" && Array.isArray(record.docs) && record.docs.every((d) => d === null || (typeof d.id === "string" && typeof d.key === "string"));
    return valid ? record : null;
  } catch {
    return null;
  }
}

export function saveIndexRecord(cache: string | null, record: IndexRecord): void {
  if (!cache) return;
  writeWhole(join(cache, FILE), JSON.stringify(record));
}
