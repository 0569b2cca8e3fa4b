/**
 * A forgiving reader for front matter that YAML rejects: titles that start with "[",
 * titles made of several quoted fragments, titles running onto several lines.
 * It reads top-level `key: value` pairs, `- item` lists and `>`/`|` block scalars,
 * and never throws.
 */

export type LenientValue = string | string[];

interface Entry {
  key: string;
  line: number;
  first: string;
  rest: string[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:\s+(.*)|\s*)$/;
const LIST_ITEM = /^\s*-\s+(.*)$/;

function unquote(value: string): string {
  const v = value.trim();
  const fragments = v.match(/^(?:'[^']*'\s*|"[^"]*"\s*)+$/) ? v.match(/'[^']*'|"[^"]*"/g) : null;
  if (fragments && fragments.length > 1) return fragments.map((f) => f.slice(1, -1)).join(" ");
  if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(v)) return v.slice(1, -1).replace(/\\"/g, '"');
  return v;
}

function entryValue(entry: Entry): LenientValue {
  const first = entry.first.trim();
  const rest = entry.rest;
  if (/^[>|][+-]?$/.test(first)) {
    const lines = rest.map((l) => l.trim());
    return first.startsWith(">") ? lines.join(" ").replace(/\s+/g, " ").trim() : lines.join("\n").trim();
  }
  const items = rest.map((l) => LIST_ITEM.exec(l)?.[1]).filter((x): x is string => x !== undefined);
  if (first === "" && items.length > 0 && items.length === rest.filter((l) => l.trim()).length) {
    return items.map(unquote);
  }
  if (/^\[.*\]$/.test(first) && rest.length === 0 && /,/.test(first)) {
    return first.slice(1, -1).split(",").map(unquote).filter(Boolean);
  }
  const lines = [first, ...rest.map((l) => l.trim())].filter(Boolean);
  return lines.map(unquote).join("\n");
}

/** Reads what it can; the `lines` map says on which line (1-based, in the file) each key starts. */
export function readLenientFrontMatter(
  source: string,
  firstLine: number,
): { data: Record<string, LenientValue>; lines: Record<string, number>; raw: Record<string, string> } {
  const entries: Entry[] = [];
  source.split("\n").forEach((raw, i) => {
    const match = KEY_LINE.exec(raw);
    if (match) {
      entries.push({ key: match[1]!, line: firstLine + i, first: match[2] ?? "", rest: [] });
    } else if (entries.length > 0 && raw.trim() !== "") {
      entries.at(-1)!.rest.push(raw);
    }
  });
  const data: Record<string, LenientValue> = {};
  const lines: Record<string, number> = {};
  const raw: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.key in data) continue;
    data[entry.key] = entryValue(entry);
    lines[entry.key] = entry.line;
    raw[entry.key] = [`${entry.key}: ${entry.first}`, ...entry.rest].join("\n");
  }
  return { data, lines, raw };
}

/** A hint a keeper can act on, for the value that most likely made YAML fail. */
export function explainValue(key: string, first: string, continued: boolean): string {
  const v = first.trim();
  if (/^[[{]/.test(v)) return `${key} starts with "${v[0]}" — quote it`;
  if (/^(['"]).*\1\s*\S/.test(v) && /^(?:'[^']*'\s*)+$|^(?:"[^"]*"\s*)+$/.test(v))
    return `${key} is several quoted fragments — quote the whole ${key} once`;
  if (/^['"]/.test(v)) return `${key} starts with a quoted word and goes on after it — quote the whole ${key}`;
  if (continued) return `${key} runs onto the next line — put it on one line, or write "${key}: >" and indent the lines`;
  return `${key} is not valid YAML — quote it`;
}
