/**
 * One content file through the pipeline, as the build keeps it: the cache entry (Story, problems,
 * fingerprint) plus the body, appended to a pack. The same code runs in the build's worker
 * threads and, for small builds, in the main thread.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toStory } from "../model/article.ts";
import { toArticle, type PipelineOptions } from "../pipeline/index.ts";
import { minHash } from "./dedupe.ts";
import type { PackWriter } from "./body-store.ts";
import { contentHash, type CacheEntry, type FileStat } from "./cache.ts";

export interface ParsedFile {
  path: string;
  entry: CacheEntry;
}

export function signatureToBase64(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64");
}

export function signatureFromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Reads, parses and packs one file (the body goes to the pack, the rest comes back); `bytes` may be given when the caller has read it already. */
export function parseFile(dir: string, path: string, stat: FileStat, options: PipelineOptions, pack: PackWriter, bytes?: Uint8Array): ParsedFile {
  const data = bytes ?? readFileSync(join(dir, path));
  const hash = contentHash(data);
  const { article, status, problems, fired } = toArticle({ path, bytes: data }, options);
  const entry: CacheEntry = { size: stat.size, mtimeMs: stat.mtimeMs, hash, taxonomy: options.taxonomy.version, status, problems, fired, story: null, body: null, signature: null };
  if (article) {
    entry.story = toStory(article, hash);
    entry.body = pack.append({ html: article.html, text: article.text });
    entry.signature = signatureToBase64(minHash(article.text));
  }
  return { path, entry };
}
