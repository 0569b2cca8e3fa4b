/** Runs a built site's search from Node: sillok's engine over the files on disk, and stock Pagefind over the same pages. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SearchEngine, type Filters } from "../../src/search/engine.ts";
import { tempDir } from "../temp.ts";

/** sillok's engine reading `site`; `bytes` counts what it fetched. */
export function fileEngine(site: string): { engine: SearchEngine; bytes: () => number; reset: () => void } {
  let fetched = 0;
  const engine = new SearchEngine(async (path) => {
    const data = readFileSync(join(site, path));
    fetched += data.byteLength;
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  });
  return { engine, bytes: () => fetched, reset: () => (fetched = 0) };
}

/** The URLs of the first `limit` hits. */
export async function sillokTop(engine: SearchEngine, query: string, limit = 10, filters: Filters = {}): Promise<string[]> {
  return (await engine.search(query, filters, limit)).hits.map((h) => h.url);
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/**
 * Stock Pagefind (its Node API indexes each article page's <article>; its browser script searches,
 * with `fetch` reading the files): the reference sillok's search must beat.
 */
export async function stockPagefind(site: string): Promise<{ top(query: string, limit?: number): Promise<string[]>; close(): Promise<void> }> {
  const pagefind = await import("pagefind");
  const out = tempDir("sillok-pagefind-");
  const { index } = await pagefind.createIndex({ rootSelector: "article.story" });
  await index!.addDirectory({ path: site, glob: "articles/**/*.html" });
  await index!.writeFiles({ outputPath: join(out, "pagefind") });
  await pagefind.close();
  const realFetch = globalThis.fetch;
  const fileFetch = async (url: string | URL | Request) => new Response(readFileSync(join(out, decodeURI(new URL(String(url), "http://local/").pathname))));
  const api = (await import(pathToFileURL(join(out, "pagefind", "pagefind.js")).href)) as PagefindApi;
  const withFiles = async <T>(run: () => Promise<T>): Promise<T> => {
    globalThis.fetch = fileFetch as typeof fetch;
    try {
      return await run();
    } finally {
      globalThis.fetch = realFetch;
    }
  };
  await withFiles(() => api.options({ basePath: "/pagefind/" }));
  return {
    top: (query, limit = 10) => withFiles(async () => Promise.all((await api.search(query)).results.slice(0, limit).map(async (r) => (await r.data()).url))),
    close: async () => {},
  };
}
