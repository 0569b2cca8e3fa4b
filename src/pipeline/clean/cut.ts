/** Cutting a block's content at a character offset of its text. */
import type { Element, ElementContent } from "hast";

/** Keeps the first `at` characters of the element's text (and what lies before them); drops the rest. */
export function cutAt(element: Element, at: number): void {
  let seen = 0;
  let done = false;
  const walk = (parent: Element): void => {
    const kept: ElementContent[] = [];
    for (const child of parent.children) {
      if (done) continue;
      if (child.type === "text") {
        if (seen + child.value.length >= at) {
          child.value = child.value.slice(0, at - seen).replace(/\s+$/, "");
          done = true;
        }
        seen += child.value.length;
        kept.push(child);
      } else if (child.type === "element") {
        walk(child);
        kept.push(child);
      } else kept.push(child);
    }
    parent.children = kept;
  };
  if (at <= 0) element.children = [];
  else walk(element);
}
