/**
 * Reading a keeper's YAML settings file (`config/site.yaml`, `config/topics.yaml`) against a zod
 * schema. Every problem is reported as `<file>: <field>: <what is wrong>`, one per line.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";

export interface YamlFile<T> {
  data: T;
  /** The file's bytes, for a version hash. */
  bytes: Buffer;
}

/** Reads `path`, parses it as YAML and validates it; `what` names the file in a read error. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, what: string): YamlFile<z.output<S>> {
  const name = displayName(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${name}: cannot read the ${what} (${errorText(error)})`, { cause: error });
  }
  let data: unknown;
  try {
    data = parse(bytes.toString("utf8"));
  } catch (error) {
    throw new Error(`${name}: not valid YAML: ${errorText(error)}`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => `${name}: ${fieldName([...issue.path, key])}: not a known field (a typo?); it was not used`)
        : [`${name}: ${fieldName(issue.path)}: ${describe(issue, valueAt(data, issue.path))}`],
    );
    throw new Error(lines.join("\n"), { cause: result.error });
  }
  return { data: result.data, bytes };
}

/** The path as the keeper would type it: relative to the working folder when inside it. */
export function displayName(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

const KINDS: Record<string, string> = { array: "a list", string: "text", object: "a mapping", number: "a number" };

/** What is wrong with a value, in the keeper's words, and the value itself when it is short. */
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === "invalid_type" && value === undefined) return "is missing";
  const message =
    issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
      ? `must be ${KINDS[issue.expected] ?? issue.expected}`
      : issue.message;
  if (value === undefined || typeof value === "object") return message;
  const shown = JSON.stringify(value);
  return `${message} (got ${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown})`;
}

/** `["topics", 3, "id"]` -> `topics[3].id`. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "top level";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The first line of an error's message: the yaml parser follows it with a code frame. */
function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? text).replace(/:$/, "");
}
