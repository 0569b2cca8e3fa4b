/** 404.html: hosts serve it for any missing path, at any depth, so every link is root-relative (the base plugin adds the prefix). */
import type { SiteData } from "../src/site/data.ts";
import { page } from "../src/site/layout.ts";
import { storyList } from "../src/site/parts.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(d: SiteData): string {
  return page({
    site: d.site,
    url: "/404.html",
    title: "페이지를 찾을 수 없습니다",
    body: `<h1>페이지를 찾을 수 없습니다</h1>
<p>주소가 바뀌었거나 없는 페이지입니다. <a href="/">첫 화면</a>, <a href="/topics/">주제</a>, <a href="/countries/">나라</a>, <a href="/archive/">날짜별 기사</a>에서 찾아보세요.</p>
<h2>최신 기사</h2>
${storyList(d.archive.stories.slice(0, 5), { level: 3, excerpt: false })}`,
  });
}
