/** Escaping for the render functions: article text is data, never markup or a template. */
import { withoutSiteName } from "../pipeline/extract/title.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x22;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

/**
 * The body without a first paragraph or heading that only repeats the title (a saved page's
 * headline, which became the title, perhaps with the site's name after it): the page shows it once, as its <h1>.
 */
export function withoutRepeatedTitle(html: string, title: string): string {
  const first = /^\s*<(p|h[1-6])>([^<]*)<\/\1>\s*/.exec(html);
  if (!first) return html;
  const text = first[2]!.replace(/&(?:amp|lt|gt|quot|nbsp|#x22|#39|#x27);/g, (e) => ENTITIES[e]!).replace(/\s+/g, " ").trim();
  const wanted = title.replace(/\s+/g, " ").trim();
  return text === wanted || withoutSiteName(text).text === wanted ? html.slice(first[0].length) : html;
}

/** 2024-07-24 -> 2024년 7월 24일; null -> 날짜 미상. */
export function koreanDate(date: string | null): string {
  if (!date) return "날짜 미상";
  const [y, m, d] = date.split("-").map(Number);
  return `${y}년 ${m}월 ${d}일`;
}
