import type { CleanRule } from "../types.ts";

/** A divider (`<hr>`, `---`, `***`, `===`) or the end mark `(끝)` with no article on one side of it. */
export const edgeDivider: CleanRule = {
  name: "edge-divider",
  description: "Dividers with nothing of the article beyond them: <hr>, ----, ****, ====, and the end mark (끝).",
  scope: "edge",
  match: (line) => line.element.tagName === "hr" || /^(?:[-=*_~·•]{3,}|[(<\[]끝[)>\]])$/.test(line.text),
};
