/** Reading a hast block as lines of text. */
import type { Element, ElementContent, Root } from "hast";
import { toText } from "hast-util-to-text";
import { collapse } from "../extract/text.ts";
import type { Line, Link } from "./types.ts";

export { collapse };

function walk(node: ElementContent, links: Link[], images: Element[]): void {
  if (node.type !== "element") return;
  if (node.tagName === "a" && typeof node.properties.href === "string") {
    links.push({ href: node.properties.href, text: collapse(toText(node)) });
  }
  if (node.tagName === "img") images.push(node);
  for (const child of node.children) walk(child, links, images);
}

export function toLine(element: Element): Line {
  const links: Link[] = [];
  const images: Element[] = [];
  walk(element, links, images);
  return { text: collapse(toText(element, { whitespace: "pre" })), links, images, element };
}

export function isBr(node: ElementContent): boolean {
  return node.type === "element" && node.tagName === "br";
}

/** Splits a paragraph at its `<br>`s into one paragraph per line. */
export function splitAtBreaks(p: Element): Element[] {
  const groups: ElementContent[][] = [[]];
  for (const child of p.children) {
    if (isBr(child)) groups.push([]);
    else groups.at(-1)!.push(child);
  }
  return groups.map((children) => ({ type: "element", tagName: "p", properties: {}, children }));
}

const MEDIA = new Set(["img", "picture", "video", "audio", "iframe", "svg", "table", "hr"]);

/** Whether a block holds neither text nor media (an `&nbsp;` spacer, an emptied paragraph). */
export function isBlank(node: ElementContent | Root): boolean {
  if (node.type === "text") return node.value.replace(/[\s\u00A0\u3000]/g, "") === "";
  if (node.type === "comment") return true;
  if (node.type !== "element" && node.type !== "root") return true;
  if (node.type === "element" && MEDIA.has(node.tagName)) return false;
  return node.children.every((child) => isBlank(child as ElementContent));
}
