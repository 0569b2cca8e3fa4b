/** Text helpers shared by the extractors. */

export function collapse(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/g, " ").trim();
}

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
