import type { TextRule } from "../types.ts";

/** Length notes a text generator left in the output: `(150자)`, `(300자 내외)`, `(약 200자)`. */
/** Only where it stands apart (`…입니다. (150자)`); `자기소개서(1000자 이내)` is a real limit. */
const ARTEFACT = /(?:^|(?<=[\s.!?]))\s*[(\[]\s*(?:약\s*)?\d{2,4}\s*자\s*(?:내외|이내|정도|분량)?\s*[)\]](?=\s|$)/g;

/** What ARTEFACT cannot match without. */
const LENGTH = /\d\s*자/;

export const generatorArtefact: TextRule = {
  name: "generator-artefact",
  description: "Text-generator artefacts inside sentences: (150자), (300자 내외).",
  scope: "anywhere",
  rewrite(text) {
    if (!LENGTH.test(text)) return null; // a quick look spares most texts the full pattern
    ARTEFACT.lastIndex = 0;
    if (!ARTEFACT.test(text)) return null;
    return text.replace(ARTEFACT, "");
  },
};
