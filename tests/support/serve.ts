/**
 * Serve a built static site (e.g. `_site/`) over HTTP for browser tests.
 *
 * Behaves like a plain static host deployed under `pathPrefix`:
 *  - only URLs under the prefix are served; anything else is a bare 404;
 *  - `/prefix` (no trailing slash) and `/prefix/folder` redirect (301) to the slash form,
 *    as GitHub Pages / Netlify do, so relative links resolve as they will in production;
 *  - unknown paths get the site's own `404.html` with status 404 (bare 404 if it has none).
 * Files are listed once at start (sirv's production mode): build the site before serving it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import sirv from "sirv";

export interface ServedSite {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash, no prefix). */
  origin: string;
  /** Absolute URL of a site-relative path: `url("/topics/")` -> origin + prefix + "topics/". */
  url: (path: string) => string;
  close(): Promise<void>;
}

/** "archive" / "/archive" / "/archive/" -> "/archive/"; "" or "/" -> "/". */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function serveSite(dir: string, pathPrefix = "/"): Promise<ServedSite> {
  const root = resolve(dir);
  const prefix = normalizePrefix(pathPrefix);
  const notFoundPage = join(root, "404.html");

  const send404 = (_req: IncomingMessage, res: ServerResponse): void => {
    res.statusCode = 404;
    if (existsSync(notFoundPage)) {
      res.setHeader("Content-Type", "text/html;charset=utf-8");
      res.end(readFileSync(notFoundPage));
    } else {
      res.setHeader("Content-Type", "text/plain;charset=utf-8");
      res.end("Not Found");
    }
  };

  const files = sirv(root, { dev: false, etag: false, dotfiles: false, extensions: ["html"], onNoMatch: send404 });

  const redirect = (res: ServerResponse, location: string): void => {
    res.writeHead(301, { Location: location });
    res.end();
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? "/";
    const queryAt = raw.indexOf("?");
    const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const query = queryAt < 0 ? "" : raw.slice(queryAt);

    if (prefix !== "/" && pathname === prefix.slice(0, -1)) return redirect(res, prefix + query);
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { "Content-Type": "text/plain;charset=utf-8" });
      res.end(`Not Found (outside ${prefix})`);
      return;
    }

    // Site-relative path, always starting with "/".
    const sitePath = pathname.slice(prefix.length - 1);

    // A folder requested without its slash: redirect like a real static host would.
    if (!sitePath.endsWith("/")) {
      let decoded = sitePath;
      try {
        decoded = decodeURIComponent(sitePath);
      } catch {
        /* malformed: let sirv answer 404 */
      }
      const onDisk = join(root, decoded);
      if (onDisk.startsWith(root) && !isFile(onDisk) && isFile(join(onDisk, "index.html"))) {
        return redirect(res, pathname + "/" + query);
      }
    }

    req.url = sitePath + query;
    files(req, res);
  });

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path: string) => origin + prefix + path.replace(/^\/+/, ""),
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Browsers keep connections alive; drop them so close() resolves promptly.
        server.closeAllConnections();
      }),
  };
}
