/** What a boilerplate rule sees and what it may report. */
import type { Element } from "hast";

export interface Link {
  href: string;
  text: string;
}

/** One line of the body: a block, or one `<br>`-separated line of a paragraph. */
export interface Line {
  /** Text with white space collapsed and trimmed. */
  text: string;
  links: Link[];
  images: Element[];
  element: Element;
}

/** Metadata a rule found on a line of chrome before it was dropped. */
export interface Clue {
  publisher?: { name: string; weight: number };
  sourceUrl?: { url: string; weight: number };
  date?: string;
}

export interface RuleContext {
  /** Whether the line is being read in the scan from the head or the tail (not in the middle). */
  atEdge: boolean;
  /** In the scan from the bottom, the lines just dropped under this one, nearest first (a box of lines reads as one). */
  below?: Line[];
  /** In the scan from the bottom, the blocks above this line (a dozen), nearest first; anywhere, the block just above. */
  above?: Line[];
  /** In the scan from the bottom of a whole page (a dump, a clip): a heading there may be a box's (`### 기사 공유`), not the post's. */
  wholePage?: boolean;
  /** For the trim rules: the block is a block quote or right inside one, what the post quotes. */
  quoted?: boolean;
  report(clue: Clue): void;
}

/**
 * - head / tail: only while scanning from the top down / the bottom up, stopping at the first
 *   line of article text;
 * - edge: both scans;
 * - anywhere: every line of the body (such rules must be unmistakable);
 * - tail-section: a heading near the bottom that starts a list to drop with everything after it.
 */
export type RuleScope = "head" | "tail" | "edge" | "anywhere" | "tail-section";

export interface CleanRule {
  name: string;
  description: string;
  scope: RuleScope;
  /** Whether the line is chrome; a rule may report clues through `ctx`. */
  match(line: Line, ctx: RuleContext): boolean;
}

/** A rule that edits text in place (a prefix or a token), rather than dropping a line. */
export interface TextRule {
  name: string;
  description: string;
  /** Applied to the first line only (`head`) or to every text node (`anywhere`). */
  scope: "head" | "anywhere";
  /** The new text, or null when the rule does not apply. */
  rewrite(text: string, ctx: RuleContext): string | null;
}

/**
 * A rule that cuts chrome off the end of a line (`…다. 출처: 뉴스다오`, a licence notice run
 * onto the last sentence). `cut` gets the line's raw text and returns where the chrome starts.
 */
export interface TrimRule {
  name: string;
  description: string;
  cut(text: string, ctx: RuleContext): number | null;
}
