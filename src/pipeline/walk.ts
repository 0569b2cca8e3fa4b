/**
 * Walking a hast tree, for the stages that do it per node on every file. unist-util-visit is
 * general (tests, parent stacks, reverse order) and costs more than the work done at each node;
 * these two loops are all the pipeline needs.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";

type Parent = Root | Element;

/** What a visitor returns: nothing (go into the children), `SKIP` (not into them), or the index to go on at after it changed the parent's children. */
export const SKIP = "skip";
export type Step = void | typeof SKIP | number;

/** Every element below `parent`, in document order; the visitor may remove or replace the node it is at. */
export function eachElement(parent: Parent, visitor: (node: Element, index: number, parent: Parent) => Step): void {
  const children = parent.children as (RootContent | ElementContent)[];
  for (let i = 0; i < children.length; ) {
    const node = children[i]!;
    if (node.type !== "element") {
      i++;
      continue;
    }
    const step = visitor(node, i, parent);
    if (typeof step === "number") {
      i = step;
      continue;
    }
    if (step !== SKIP) eachElement(node, visitor);
    i++;
  }
}

/** Every text node below `parent`, with its parent, in document order. */
export function eachText(parent: Parent, visitor: (node: Text, parent: Parent) => void, skip?: (element: Element) => boolean): void {
  for (const node of parent.children as (RootContent | ElementContent)[]) {
    if (node.type === "text") visitor(node, parent);
    else if (node.type === "element" && !skip?.(node)) eachText(node, visitor, skip);
  }
}
