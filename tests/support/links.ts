/**
 * Link checker for a built static site folder: every internal URL in every HTML page must
 * name a file of the site, every `#fragment` an id on its target page; and how many clicks
 * each page is from the home page.
 *
 * URLs are resolved as the browser would, against the page's URL under `pathPrefix` (the
 * site's deploy path, e.g. "/archive/"). External URLs (other origins, mailto:, data:, tel:,
 * javascript:...) are ignored. Only HTML pages are read, with htmlparser2's streaming parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { normalizePrefix } from "./serve.ts";

export interface LinkReport {
  /** HTML files read. */
  pages: number;
  /** Internal URLs whose target (file, or id for a #fragment) does not exist; `from` is the page's site path. */
  broken: { from: string; href: string }[];
  /** Page site path (e.g. "/articles/2024/07/x/") -> clicks from home ("/" = 0), over <a href> between pages. */
  depth: Map<string, number>;
  /** HTML pages (other than 404.html) not reachable from home by clicking; empty when home is missing too. */
  orphans: string[];
}

/** Attributes holding one URL, by element. `srcset` is handled separately. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  iframe: ["src"],
  embed: ["src"],
  track: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  object: ["data"],
  form: ["action"],
};

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const BASE = "http://site.invalid";

/** "a/index.html" -> "/a/", "index.html" -> "/", "b.html" -> "/b.html". */
function pagePath(file: string): string {
  return "/" + (file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file);
}

/** All files under `root`, as "/"-separated paths relative to it (dotfiles skipped, like the server). */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk("");
  return out;
}

interface ParsedPage {
  ids: Set<string>;
  /** [raw value, is it a clickable link (a/area href)] */
  urls: [string, boolean][];
  base: string | undefined;
}

function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), urls: [], base: undefined };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (attribs.id !== undefined) page.ids.add(attribs.id);
        if (name === "a" && attribs.name !== undefined) page.ids.add(attribs.name);
        if (name === "base" && attribs.href !== undefined && page.base === undefined) page.base = attribs.href;
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attribs[attribute];
          if (value !== undefined) page.urls.push([value.trim(), attribute === "href" && (name === "a" || name === "area")]);
        }
        const srcset = attribs.srcset;
        if (srcset !== undefined) {
          for (const candidate of srcset.split(",")) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) page.urls.push([url, false]);
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return page;
}

export async function checkLinks(dir: string, pathPrefix = "/"): Promise<LinkReport> {
  const prefix = normalizePrefix(pathPrefix);
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const htmlFiles = files.filter((f) => f.endsWith(".html"));

  /** Site file a site-relative path (decoded, starting "/") names, or undefined. */
  const targetFile = (path: string): string | undefined => {
    const rel = path.slice(1);
    if (rel === "" || rel.endsWith("/")) return fileSet.has(rel + "index.html") ? rel + "index.html" : undefined;
    if (fileSet.has(rel)) return rel;
    const last = rel.slice(rel.lastIndexOf("/") + 1);
    return !last.includes(".") && fileSet.has(rel + "/index.html") ? rel + "/index.html" : undefined;
  };

  const broken: LinkReport["broken"] = [];
  const idsByFile = new Map<string, Set<string>>();
  const fragmentChecks: { from: string; href: string; file: string; id: string }[] = [];
  const clicks = new Map<string, Set<string>>(); // page file -> page files it links to

  for (const file of htmlFiles) {
    const from = pagePath(file);
    const page = parsePage(readFileSync(join(dir, file), "utf8"));
    idsByFile.set(file, page.ids);
    const pageUrl = new URL(prefix.slice(0, -1) + from, BASE);
    const baseUrl = page.base === undefined ? pageUrl : new URL(page.base, pageUrl);
    const out = new Set<string>();
    clicks.set(file, out);
    const seen = new Set<string>();

    for (const [href, isClick] of page.urls) {
      const key = (isClick ? "a " : "- ") + href;
      if (seen.has(key)) continue;
      seen.add(key);
      if (SCHEME.test(href)) {
        // Absolute URL: internal only if it names our own (fake) origin, which a built site never does.
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, baseUrl);
      } catch {
        broken.push({ from, href });
        continue;
      }
      if (url.origin !== BASE) continue; // protocol-relative "//host/..."

      let pathname = url.pathname;
      try {
        pathname = decodeURIComponent(pathname);
      } catch {
        /* keep it encoded; it will not match a file */
      }
      if (pathname === prefix.slice(0, -1)) pathname = prefix;
      const target = pathname.startsWith(prefix) ? targetFile(pathname.slice(prefix.length - 1)) : undefined;
      if (target === undefined) {
        broken.push({ from, href });
        continue;
      }
      if (isClick && target.endsWith(".html")) out.add(target);

      const fragment = url.hash.slice(1);
      if (fragment !== "" && target.endsWith(".html")) {
        let id = fragment;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          /* compare as written */
        }
        // "#top" scrolls to the top even without such an id (HTML spec).
        if (id.toLowerCase() !== "top") fragmentChecks.push({ from, href, file: target, id });
      }
    }
  }

  for (const check of fragmentChecks) {
    if (!idsByFile.get(check.file)?.has(check.id)) broken.push({ from: check.from, href: check.href });
  }

  // Breadth-first search from the home page; 404.html pages are neither visited nor counted.
  const isNotFoundPage = (file: string) => file === "404.html" || file.endsWith("/404.html");
  const depth = new Map<string, number>();
  const visited = new Set<string>();
  if (fileSet.has("index.html")) {
    let frontier = ["index.html"];
    visited.add("index.html");
    for (let level = 0; frontier.length > 0; level++) {
      const next: string[] = [];
      for (const file of frontier) {
        depth.set(pagePath(file), level);
        for (const target of clicks.get(file) ?? []) {
          if (visited.has(target) || isNotFoundPage(target)) continue;
          visited.add(target);
          next.push(target);
        }
      }
      frontier = next;
    }
  }
  const orphans = htmlFiles.filter((f) => !visited.has(f) && !isNotFoundPage(f)).map(pagePath);

  return { pages: htmlFiles.length, broken, depth, orphans };
}
