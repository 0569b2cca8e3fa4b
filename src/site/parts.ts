/** Pieces that several pages share: story lists, term chips, page numbers. */
import type { Term } from "../archive/indexes.ts";
import type { Story } from "../model/article.ts";
import type { ListPage } from "./data.ts";
import { escapeHtml, koreanDate } from "./html.ts";
import { termUrl } from "./urls.ts";

export interface StoryListOptions {
  /** Heading level of each story's title: 2 right under the page's h1, 3 under an h2. */
  level?: 2 | 3;
  excerpt?: boolean;
  /** Other copies of each story (by story id), linked under it. */
  copies?: Map<string, Story[]>;
}

/** Stories as a list of linked titles with date, publisher and (optionally) an excerpt. */
export function storyList(stories: Story[], { level = 2, excerpt = true, copies }: StoryListOptions = {}): string {
  if (stories.length === 0) return `<p class="meta">아직 기사가 없습니다.</p>`;
  const items = stories.map((story) => {
    const summary = excerpt && story.excerpt ? `\n<p class="excerpt">${escapeHtml(story.excerpt)}</p>` : "";
    const others = copies?.get(story.id) ?? [];
    const copyLinks = others.length
      ? `\n<p class="meta">같은 기사의 다른 사본: ${others.map((c, i) => `<a href="${c.url}">${escapeHtml(c.publisher ?? `사본 ${i + 1}`)}</a>`).join(", ")}</p>`
      : "";
    return `<li><h${level}><a href="${story.url}">${escapeHtml(story.title)}</a></h${level}>
<p class="meta">${dateline(story)}</p>${summary}${copyLinks}</li>`;
  });
  return `<ol class="stories">\n${items.join("\n")}\n</ol>`;
}

/** `<time>2024년 7월 24일</time> · 뉴스다오` */
export function dateline(story: Story): string {
  const time = story.date ? `<time datetime="${story.date}">${koreanDate(story.date)}</time>` : koreanDate(null);
  return story.publisher ? `${time} · ${escapeHtml(story.publisher)}` : time;
}

/** Terms as chips with their story counts. */
export function termChips(terms: Term[], label: string): string {
  const items = terms.map((t) => `<li><a href="${termUrl(t)}">${escapeHtml(t.label)}<span class="n">${t.stories.length}</span></a></li>`);
  return `<ul class="terms" aria-label="${escapeHtml(label)}">${items.join("")}</ul>`;
}

/** Previous/next and every page number, so any page is one click from the first. */
export function pageNav(page: ListPage): string {
  const count = page.pageUrls.length;
  if (count < 2) return "";
  const prev = page.pageNumber > 1 ? `<a rel="prev" href="${page.pageUrls[page.pageNumber - 2]}">← 이전</a>` : "<span></span>";
  const next = page.pageNumber < count ? `<a rel="next" href="${page.pageUrls[page.pageNumber]}">다음 →</a>` : "<span></span>";
  const numbers = page.pageUrls.map((url, i) => `<li><a href="${url}"${i + 1 === page.pageNumber ? ' aria-current="page"' : ""} aria-label="${i + 1}쪽">${i + 1}</a></li>`);
  return `<nav class="pages" aria-label="쪽 이동">
<div class="step">${prev}${next}</div>
<ol>${numbers.join("")}</ol>
</nav>`;
}
