/**
 * The keeper's taxonomy file (`config/topics.yaml`): its schema, where it lives, and how it is
 * read. Every problem in the file is reported as `<file>: <field>: <what is wrong>`.
 */
import { inPackage } from "../package-root.ts";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { readYamlFile } from "../config/yaml-file.ts";

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
  const { data, bytes } = readYamlFile(path, taxonomyFileSchema, "taxonomy file");
  const version = createHash("sha256").update(bytes).digest("hex");
  return { topics: data.topics, version, path: resolve(path) };
}

/** `config/topics.yaml` in the working folder, else the one shipped with sillok. */
export function defaultTaxonomyPath(): string {
  const local = resolve(process.cwd(), "config/topics.yaml");
  return existsSync(local) ? local : inPackage("config", "topics.yaml");
}
