/**
 * The keeper's taxonomy file (`config/topics.yaml`): its schema, where it lives, and how it is
 * read. Every problem in the file is reported as `<file>: <field>: <what is wrong>`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-"'),
  label: z.string().min(1, "must not be empty"),
  keywords: z.array(z.string().min(1, "must not be empty")).min(1, "must list at least one keyword"),
  description: z.string().optional(),
});
export type Topic = z.infer<typeof topicSchema>;

export interface Taxonomy {
  topics: Topic[];
  /** sha256 hex of the file's bytes, so caches can be invalidated when the keeper edits it */
  version: string;
  /** The file it was read from, made absolute. */
  path: string;
}

const taxonomyFileSchema = z
  .object({ topics: z.array(topicSchema) }, 'must be a mapping with a "topics" list')
  .superRefine((file, ctx) => {
    const firstIndex = new Map<string, number>();
    file.topics.forEach((topic, i) => {
      const first = firstIndex.get(topic.id);
      if (first === undefined) firstIndex.set(topic.id, i);
      else ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `duplicate id, already used by topics[${first}]` });
      topic.keywords.forEach((keyword, k) => {
        // Substring matching makes a one-character keyword hit everywhere ("금" is in "지금").
        if ([...keyword.trim()].length < 2) {
          ctx.addIssue({ code: "custom", path: ["topics", i, "keywords", k], message: "too short for substring matching; use a longer form" });
        }
      });
    });
  });

/** Reads and validates a taxonomy YAML file; see the top comment of `config/topics.yaml`. */
export function loadTaxonomy(path: string): Taxonomy {
  const name = displayName(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${name}: cannot read the taxonomy file (${errorText(error)})`, { cause: error });
  }
  let data: unknown;
  try {
    data = parse(bytes.toString("utf8"));
  } catch (error) {
    throw new Error(`${name}: not valid YAML: ${errorText(error)}`, { cause: error });
  }
  const result = taxonomyFileSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${name}: ${fieldName(issue.path)}: ${describe(issue, valueAt(data, issue.path))}`);
    throw new Error(lines.join("\n"), { cause: result.error });
  }
  const version = createHash("sha256").update(bytes).digest("hex");
  return { topics: result.data.topics, version, path: resolve(path) };
}

/** `config/topics.yaml` in the working folder, else the one shipped with sillok. */
export function defaultTaxonomyPath(): string {
  const local = resolve(process.cwd(), "config/topics.yaml");
  return existsSync(local) ? local : fileURLToPath(new URL("../../config/topics.yaml", import.meta.url));
}

/** The path as the keeper would type it: relative to the working folder when inside it. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

const KINDS: Record<string, string> = { array: "a list", string: "text", object: "a mapping" };

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
