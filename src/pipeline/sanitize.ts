/**
 * sanitize: the last step on the tree. An allow-list (rehype-sanitize's schema format): the
 * elements an article needs, no scripts, styles, frames, forms, event handlers, inline styles or
 * non-http(s) URLs. Links to other sites get rel="nofollow noopener noreferrer".
 *
 * A page's URLs must work on the archive, far from the site they were scraped from: a bare
 * domain (`www.korea.kr`) or a protocol-relative URL becomes https; any other relative URL (a
 * path on the source site, a placeholder such as `링크주소`, a `#fragment`) cannot be resolved, so
 * the link is unwrapped to its text and the image dropped.
 */
import type { Element, ElementContent, Root } from "hast";
import { sanitize as sanitizeTree, type Schema } from "hast-util-sanitize";
import { eachElement } from "./walk.ts";

const HEADINGS = ["h2", "h3", "h4", "h5", "h6"];

export const articleSchema: Schema = {
  tagNames: [
    "p", "br", "hr", "blockquote", "q", "cite", "pre", "code",
    ...HEADINGS,
    "a", "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "figure", "figcaption", "img",
  ],
  attributes: {
    a: ["href", "title", ["rel", "nofollow", "noopener", "noreferrer"]],
    img: ["src", "alt", "title", "width", "height"],
    td: ["colSpan", "rowSpan"],
    th: ["colSpan", "rowSpan", "scope"],
    ol: ["start", "reversed"],
    li: ["value"],
    abbr: ["title"],
    code: [["className", /^language-[\w-]+$/]],
    "*": ["lang", "dir"],
  },
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  ancestors: { tbody: ["table"], thead: ["table"], tfoot: ["table"], tr: ["table"], td: ["table"], th: ["table"], caption: ["table"], li: ["ul", "ol"], dt: ["dl"], dd: ["dl"], figcaption: ["figure"] },
  strip: ["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "button", "form", "head", "title"],
  clobberPrefix: "",
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** The page's own `<h1>` is the title: an `<h1>` in a body becomes `<h2>`. */
function prepare(tree: Root): void {
  eachElement(tree, (node) => {
    if (node.tagName === "h1") node.tagName = "h2";
    if (node.tagName === "a") node.properties.rel = ["nofollow", "noopener", "noreferrer"];
  });
}

export function sanitize(tree: Root): Root {
  prepare(tree);
  const clean = sanitizeTree(tree, articleSchema) as Root;
  absolutizeUrls(clean);
  return clean;
}

const ABSOLUTE = /^(?:https?:\/\/|mailto:)/i;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#:]|$)/i;

/** `www.korea.kr` -> `https://www.korea.kr`; `//x.kr/a` -> `https://x.kr/a`; a URL that cannot be resolved -> null. */
export function absoluteUrl(url: string): string | null {
  const value = url.trim();
  if (ABSOLUTE.test(value)) return value;
  if (value.startsWith("//")) return `https:${value}`;
  if (BARE_DOMAIN.test(value)) return `https://${value}`;
  return null;
}

function absolutizeUrls(tree: Root): void {
  eachElement(tree, (node, index, parent) => {
    const name = node.tagName === "a" ? "href" : node.tagName === "img" ? "src" : null;
    if (!name) return;
    const value = node.properties[name];
    const url = typeof value === "string" ? absoluteUrl(value) : null;
    if (url) {
      node.properties[name] = url;
      return;
    }
    if (node.tagName === "a" && value === undefined) return;
    const replacement: ElementContent[] = node.tagName === "a" ? (node as Element).children : [];
    parent.children.splice(index, 1, ...replacement);
    return index;
  });
}
