/**
 * sanitize: the last step on the tree. An allow-list (rehype-sanitize's schema format): the
 * elements an article needs, no scripts, styles, frames, forms, event handlers, inline styles or
 * non-http(s) URLs. Links to other sites get rel="nofollow noopener noreferrer".
 */
import type { Root } from "hast";
import { sanitize as sanitizeTree, type Schema } from "hast-util-sanitize";
import { visit } from "unist-util-visit";

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
  visit(tree, "element", (node) => {
    if (node.tagName === "h1") node.tagName = "h2";
    if (node.tagName === "a") node.properties.rel = ["nofollow", "noopener", "noreferrer"];
  });
}

export function sanitize(tree: Root): Root {
  prepare(tree);
  return sanitizeTree(tree, articleSchema) as Root;
}
