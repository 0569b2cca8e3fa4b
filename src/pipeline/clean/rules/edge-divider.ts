import type { CleanRule } from "../types.ts";

/** A divider (`<hr>`, `---`, `***`, `===`) with no article on one side of it. */
export const edgeDivider: CleanRule = {
  name: "edge-divider",
  description: "Dividers with nothing of the article beyond them: <hr>, ----, ****, ====.",
  scope: "edge",
  match: (line) => line.element.tagName === "hr" || /^[-=*_~·•]{3,}$/.test(line.text),
};
