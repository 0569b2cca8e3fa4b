/** Escaping for the render functions: article text is data, never markup or a template. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** 2024-07-24 -> 2024년 7월 24일; null -> 날짜 미상. */
export function koreanDate(date: string | null): string {
  if (!date) return "날짜 미상";
  const [y, m, d] = date.split("-").map(Number);
  return `${y}년 ${m}월 ${d}일`;
}
