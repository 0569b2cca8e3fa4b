/** Whole saved web pages (Save page as, SingleFile, Evernote): the head's facts and the story's box. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readDocument } from "../../src/pipeline/document.ts";
import { articleOf as article } from "../helpers.ts";

const STORY = [
  "<p>칠레 정부가 리튬 산업을 사실상 국유화한 지 1년이 지나면서 한국 배터리 소재 기업들의 현지 합작 사업이 속도를 내고 있다.</p>",
  "<p>칠레 국영 광업회사 코델코는 22일(현지시간) 포스코홀딩스와 리튬 가공 공장 합작 계약의 세부 조건에 합의했다고 밝혔다.</p>",
  "<p>업계는 첫 생산이 2027년께 이뤄질 것으로 본다.</p>",
].join("\n");

const MENU = `<header><nav><ul><li><a href="/">홈</a></li><li><a href="/economy">경제</a></li><li><a href="/world">국제</a></li></ul></nav></header>`;
const FOOTER = `<footer><p>사업자등록번호 104-81-57364 · 대표전화 02-724-2114</p><p>Copyright © Hankookilbo 신문사</p></footer>`;


test("whole saved pages", async (t) => {
  await t.test("should read the head's headline, day, site and address, and the story from its <article>", () => {
    const page = `<!DOCTYPE html><html lang="ko"><!--\n Page saved with SingleFile \n url: https://www.hankookilbo.com/News/Read/A2025052309120001 \n--><head>
<title>칠레, 리튬 국유화 1년 | 한국일보</title>
<meta property="og:site_name" content="한국일보"><meta property="og:title" content="칠레, 리튬 국유화 1년…韓 소재사 합작 '속도'">
<meta property="article:published_time" content="2025-05-23T07:12:00+09:00">
<link rel="canonical" href="https://www.hankookilbo.com/News/Read/A2025052309120001">
<style>body{margin:0}</style><script>window.ads = [];</script></head>
<body>${MENU}<article><h1 class="title">칠레, 리튬 국유화 1년…韓 소재사 합작 '속도'</h1>${STORY}</article>${FOOTER}<script>track()</script></body></html>`;
    const a = article("saved.html", page);
    assert.equal(a.title, "칠레, 리튬 국유화 1년…韓 소재사 합작 '속도'");
    assert.equal(a.date, "2025-05-23");
    assert.equal(a.publisher, "한국일보");
    assert.equal(a.sourceUrl, "https://www.hankookilbo.com/News/Read/A2025052309120001");
    assert.match(a.text, /^칠레, 리튬 국유화 1년…韓 소재사 합작 '속도'\n칠레 정부가/);
    assert.match(a.text, /2027년께 이뤄질 것으로 본다\.$/);
    assert.doesNotMatch(a.text, /사업자등록번호|window\.ads|margin|track\(\)|홈\n경제/);
  });

  await t.test("should read JSON-LD when the page has no Open Graph, and a box named for the story", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "x" }, { "@type": "NewsArticle", headline: "칠레, 리튬 국유화 1년", datePublished: "2025-05-23T07:12:00+09:00", publisher: { "@type": "Organization", name: "글로벌이코노믹" }, mainEntityOfPage: { "@id": "https://www.g-enews.com/article/Global-Biz/2025/05/202505230712001234" } }] };
    const page = `<!doctype html><html><head><script type="application/ld+json">{ not json</script><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><div class="gnb">전체기사 글로벌비즈 금융 산업 국제 오피니언</div><div id="articleBody" class="article_body">${STORY}</div><div class="ranking"><p>많이 본 뉴스</p></div></body></html>`;
    const a = article("ld.html", page);
    assert.equal(a.title, "칠레, 리튬 국유화 1년");
    assert.equal(a.date, "2025-05-23");
    assert.equal(a.publisher, "글로벌이코노믹");
    assert.equal(a.sourceUrl, "https://www.g-enews.com/article/Global-Biz/2025/05/202505230712001234");
    assert.doesNotMatch(a.text, /전체기사|많이 본 뉴스/);
  });

  await t.test("should drop an Evernote export's table and take its address; the title's site names the publisher", () => {
    const page = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta name="created" content="2025-05-24 00:12:44 +0000"/><title>칠레, 리튬 국유화 1년 - 파이낸셜뉴스</title></head>
<body><div><table><tr><td><b>만든 날짜:</b></td><td><i>2025-05-24 오전 9:12</i></td></tr><tr><td><b>원본 URL:</b></td><td><a href="https://www.fnnews.com/news/202505230712001234">https://www.fnnews.com/news/202505230712001234</a></td></tr></table></div><br/>
<div>${STORY}</div></body></html>`;
    const a = article("clip.html", page);
    assert.equal(a.title, "칠레, 리튬 국유화 1년");
    assert.equal(a.publisher, "파이낸셜뉴스");
    assert.equal(a.sourceUrl, "https://www.fnnews.com/news/202505230712001234");
    assert.equal(a.date, null, "the day it was clipped is not the day it came out");
    assert.doesNotMatch(a.text, /만든 날짜|원본 URL/);
  });

  await t.test("should keep the whole body when the only <article> is a teaser, and leave fragments and posts alone", () => {
    const page = `<!DOCTYPE html><html><head><title>칠레, 리튬 국유화 1년</title></head><body><main>${STORY}</main><aside><article><p>다른 기사 한 줄</p></article></aside></body></html>`;
    assert.match(article("teaser.html", page).text, /^칠레 정부가/);
    assert.equal(readDocument(`<div class="post">${STORY}</div>`), null);
    assert.equal(readDocument(`# 제목\n\n<html> 태그는 문서의 뿌리다.`), null);
  });

  await t.test("should keep the headline's deck over the story's box, and a second <article> beside the first, but not the box's foot", () => {
    const page = `<!DOCTYPE html><html><head><meta property="og:title" content="칠레, 리튬 국유화 1년"></head><body>${MENU}
<main><div class="top"><h1>칠레, 리튬 국유화 1년</h1><div class="sub">합작 공장 첫 삽…2027년 첫 생산</div><p class="date">입력 2025-05-23 09:41</p></div>
<div id="wrap"><article class="story">${STORY}</article><article class="box"><h3>[Q&A] 리튬 국유화란?</h3><p>Q. 무엇이 바뀌나? A. 국영기업 코델코가 민간 합작사의 지분 과반을 갖는다.</p></article><article class="next"><h2>다음 기사: 페루 구리 광산 파업 장기화</h2><p>페루 남부 최대 구리 광산의 파업이 한 달째 이어지고 있다. 광산 측은 임금 협상이 결렬됐다고 밝혔다. 업계는 공급 차질을 우려한다.</p></article></div>
<div class="foot"><p class="tit">관련 이슈태그</p><p>#리튬 #칠레</p></div></main>${FOOTER}</body></html>`;
    const a = article("deck.html", page);
    assert.match(a.text, /^칠레, 리튬 국유화 1년\n합작 공장 첫 삽…2027년 첫 생산\n칠레 정부가/);
    assert.match(a.text, /\[Q&A\] 리튬 국유화란\?\nQ\. 무엇이 바뀌나\? A\. 국영기업 코델코가 민간 합작사의 지분 과반을 갖는다\.\n/);
    assert.doesNotMatch(a.text, /입력 2025|이슈태그|#리튬/);
    assert.equal(a.date, "2025-05-23");
  });
});

