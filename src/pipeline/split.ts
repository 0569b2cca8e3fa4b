/**
 * split: text -> front matter + body. gray-matter reads the YAML; when YAML rejects it,
 * the lenient reader keeps the article and a warning names the line and what to change.
 */
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { Problem } from "../model/article.ts";
import { explainValue, readLenientFrontMatter } from "./lenient-front-matter.ts";

export type FrontMatter = Record<string, unknown>;

export interface Split {
  frontMatter: FrontMatter;
  hasFrontMatter: boolean;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  problems: Problem[];
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function refuseEngine(language: string) {
  return () => {
    throw new Error(`front matter language "${language}" is not supported (only YAML is read; code in front matter is never run)`);
  };
}

/** gray-matter would eval `---js` front matter: only YAML is allowed. */
const MATTER_OPTIONS = {
  language: "yaml",
  engines: { js: refuseEngine("js"), javascript: refuseEngine("javascript"), coffee: refuseEngine("coffee") },
} as unknown as Parameters<typeof matter>[1];

interface YamlError {
  reason?: string;
  mark?: { line?: number };
}

function isValidYaml(source: string): boolean {
  try {
    parseYaml(source);
    return true;
  } catch {
    return false;
  }
}

export function split(text: string): Split {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: {}, hasFrontMatter: false, body: text, bodyLine: 1, problems: [] };
  const closing = CLOSING.exec(text.slice(opening[0].length - 1));
  if (!closing) {
    return {
      frontMatter: {},
      hasFrontMatter: false,
      body: text,
      bodyLine: 1,
      problems: [{ severity: "warning", line: 1, message: 'front matter opens with "---" on line 1 but never closes; the whole file was read as the body. Add a closing "---" line.' }],
    };
  }
  const source = text.slice(opening[0].length, opening[0].length - 1 + closing.index);
  const bodyStart = opening[0].length - 1 + closing.index + closing[0].length;
  const body = text.slice(bodyStart);
  const bodyLine = text.slice(0, bodyStart).split("\n").length;

  try {
    const parsed = matter(text, MATTER_OPTIONS);
    const data = parsed.data && typeof parsed.data === "object" ? (parsed.data as FrontMatter) : {};
    return { frontMatter: data, hasFrontMatter: true, body, bodyLine, problems: [] };
  } catch (error) {
    const { data, lines, raw } = readLenientFrontMatter(source, 2);
    const key = Object.keys(raw).find((k) => !isValidYaml(raw[k]!));
    const line = key ? lines[key]! : 2 + ((error as YamlError).mark?.line ?? 0);
    const [first = "", ...rest] = key ? raw[key]!.split("\n") : [];
    const continued = rest.some((l) => !/^\s+\S|^\s*$/.test(l));
    const hint = key
      ? explainValue(key, first.replace(/^[^:]*:\s*/, ""), continued)
      : `YAML says: ${(error as YamlError).reason ?? String(error)}`;
    const problem: Problem = {
      severity: "warning",
      line,
      message: `front matter line ${line}: ${hint}; the article was kept with the fields read as plain text.`,
    };
    if (key) problem.field = key;
    return { frontMatter: data, hasFrontMatter: true, body, bodyLine, problems: [problem] };
  }
}
