/**
 * Eleventy plugin: puts the path prefix (`--pathprefix /archive/`) in front of every
 * root-relative URL of every HTML page, so the site works when hosted under a sub-path.
 *
 * Eleventy's HtmlBasePlugin does the same through its `url` filter, which leaves a URL equal to
 * the prefix alone (it takes `/archive/` for the prefixed root): under `--pathprefix /archive/`
 * the months overview `/archive/` would link home. Here every root-relative URL is prefixed
 * exactly once, with nothing to guess. Feeds, the sitemap and JSON-LD carry absolute URLs that
 * the templates prefix themselves (src/site/urls.ts).
 */

interface HtmlTransformer {
  addUrlTransform(extensions: string, callback: (url: string) => string, options: { priority: number; enabled: () => boolean }): void;
}

export interface PrefixConfig {
  pathPrefix: string;
  htmlTransformer: HtmlTransformer;
}

export function pathPrefixPlugin(config: PrefixConfig): void {
  config.htmlTransformer.addUrlTransform("html", (url) => withPrefix(url, config.pathPrefix), {
    priority: -2,
    enabled: () => config.pathPrefix !== "/",
  });
}

/** `/topics/` -> `/archive/topics/`; absolute, protocol-relative, relative and fragment URLs stay. */
export function withPrefix(url: string, prefix: string): string {
  const trimmed = url.trim();
  if (!trimmed.startsWith("/") || trimmed.startsWith("//")) return url;
  return `${prefix.replace(/\/+$/, "")}${trimmed}`;
}
