/** Text helpers shared by the extractors. */

export function collapse(text: string): string {
  // The same as replacing every run of white space (\s has U+00A0 and U+3000) with one space,
  // but a single space, the common case, is not a match to replace.
  return text.replace(SPACE_TO_SQUASH, " ").trim();
}

/** A run of two or more white-space characters, or one that is not a plain space. */
const SPACE_TO_SQUASH = /\s{2,}|[^\S ]/g;

/** Cuts at a word boundary before `max` characters and adds "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,·:;(\[-]+$/, "")}…`;
}

/** A front-matter value as a string, or null when it is missing or not text. */
export function stringField(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  return null;
}

export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(stringField).filter((v): v is string => v !== null);
  const single = stringField(value);
  return single ? single.split(/\s*,\s*/).filter(Boolean) : [];
}
