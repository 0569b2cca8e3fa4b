import type { TextRule } from "../types.ts";

/** Length notes a text generator left in the output: `(150자)`, `(300자 내외)`, `(약 200자)`. */
/** Only where it stands apart (`…입니다. (150자)`); `자기소개서(1000자 이내)` is a real limit. */
const ARTEFACT = /(?:^|(?<=[\s.!?]))\s*[(\[]\s*(?:약\s*)?\d{2,4}\s*자\s*(?:내외|이내|정도|분량)?\s*[)\]](?=\s|$)/g;

/** What ARTEFACT cannot match without. */
const LENGTH = /\d\s*자/;

/** One attribute of a kramdown attribute list: `.class`, `#id`, `key="value"` (not `{:.2f}`, `{:id=>1}`). */
const ATTRIBUTE = String.raw`(?:[.#][A-Za-z][\w-]+|[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*'|[^\s}>][^\s}]*))`;
/**
 * A kramdown attribute list a Jekyll theme's Markdown carries into the text when it is not parsed
 * (`{: .prompt-info }`, `{: w="700" h="400" }`): only on a line of its own.
 */
const IAL = new RegExp(String.raw`(?:^|\n)[ \t]*\{:\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}[ \t]*(?=\n|$)`, "g");

/**
 * A Hugo shortcode left unrendered, alone on its line: `{{< notice info >}}`, `{{< /notice >}}`,
 * `{{% related-posts %}}` (Hugo's own delimiters; a Liquid or Nunjucks `{{ … }}` in the text stays).
 */
const SHORTCODE = /(?:^|\n)[ \t]*\{\{([<%])\s*(\/?)\s*([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w-]*)*)\s*[>%]\}\}[ \t]*(?=\n|$)/g;

/**
 * The text without its unrendered shortcodes: one with no arguments (`{{< related-posts >}}`), or
 * a pair around text (`{{< notice info >}}` … `{{< /notice >}}`). One with quoted arguments
 * (`{{< figure caption="…" >}}`), or an example shown alone, stays.
 */
function withoutShortcodes(text: string): string {
  const found = [...text.matchAll(SHORTCODE)];
  const closed = new Set(found.filter((m) => m[2] === "/").map((m) => m[3]));
  const drop = found.filter((m) => m[2] === "/" ? found.some((o) => o[2] === "" && o[3] === m[3]) : m[4] === "" || closed.has(m[3]));
  let out = text;
  for (const m of drop.reverse()) out = out.slice(0, m.index) + out.slice(m.index! + m[0].length);
  return out;
}

export const generatorArtefact: TextRule = {
  name: "generator-artefact",
  description: "Generator artefacts inside sentences: (150자), (300자 내외), a kramdown attribute list such as {: .prompt-info }, a Hugo shortcode such as {{< notice info >}} alone on its line.",
  scope: "anywhere",
  rewrite(text) {
    // Quick looks spare most texts the full patterns.
    let out = text.includes("{:") ? text.replace(IAL, "") : text;
    if (out.includes("{{<") || out.includes("{{%")) out = withoutShortcodes(out);
    if (LENGTH.test(out)) {
      ARTEFACT.lastIndex = 0;
      if (ARTEFACT.test(out)) out = out.replace(ARTEFACT, "");
    }
    return out === text ? null : out;
  },
};
