/** Metadata of pages saved by clippers and scrapers: the site's name after a title, a clipper's `source:` and excerpt box, credits that name no publisher. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { withoutRepeatedTitle } from "../../src/site/html.ts";
import { articleOf as article } from "../helpers.ts";

const BODY = [
  "인도 정부가 한국산 자동차 부품에 매기던 관세를 단계적으로 낮추기로 했다. 두 나라는 협정 개선 협상을 사실상 마무리했다.",
  "정부는 남은 법률 검토를 거쳐 올해 안에 정식 서명을 목표로 하고 있다고 밝혔다.",
  "업계는 현지 공장을 둔 부품사들의 원가 부담이 줄어들 것으로 보고 있다.",
].join("\n\n");


test("metadata of clipped and scraped pages", async (t) => {
  await t.test("should drop the site's name after a title, in front matter or in the body's heading", () => {
    assert.equal(article("a.md", `---\ntitle: "한·인도 협정 개선 타결 눈앞 - 연합뉴스 : 네이버 뉴스"\n---\n${BODY}\n`).title, "한·인도 협정 개선 타결 눈앞");
    assert.equal(article("b.md", `---\ncreated: 2025-07-04\n---\n# 한·인도 협정 개선 타결 눈앞 | 한국경제\n\n${BODY}\n`).title, "한·인도 협정 개선 타결 눈앞");
    assert.equal(article("c.md", `---\ntitle: "북한 - 러시아 밀착"\n---\n${BODY}\n`).title, "북한 - 러시아 밀착");
  });

  await t.test("should take a clipper's source: whose path is dated like a story's, or a .do page's story id", () => {
    const url = "https://www.chosun.com/economy/industry-companies/2025/06/10/3KQZ7XWPLRGH5NBV2MTA6YDCEU/";
    assert.equal(article("d.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: ${url}\n---\n${BODY}\n`).sourceUrl, url);
    assert.equal(article("e.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: https://example.org/photos/2025/06/10/x.jpg\n---\n${BODY}\n`).sourceUrl, null);
    const sbs = "https://news.sbs.co.kr/news/endPage.do?news_id=N1007912345";
    assert.equal(article("e2.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: ${sbs}\n---\n${BODY}\n`).sourceUrl, sbs);
    assert.equal(article("e3.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: https://www.example.or.kr/kor/article/ATCL3f49a5a8c/bbsView.do?bbs_seq_n=169123\n---\n${BODY}\n`).sourceUrl, null);
  });

  await t.test("should take a clipper's source: on a listed ministry's or outlet's site when it names a page by its id", () => {
    const release = "https://www.motie.go.kr/kor/article/ATCL3f49a5a8c/bbsView.do?bbs_seq_n=169123";
    assert.equal(article("e4.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: ${release}\n---\n${BODY}\n`).sourceUrl, release);
    assert.equal(article("e5.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: https://www.hani.co.kr/arti/photo/2025/1130001.jpg\n---\n${BODY}\n`).sourceUrl, null);
    assert.equal(article("e6.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: https://www.motie.go.kr/kor/bbs/list.do?page=1234\n---\n${BODY}\n`).sourceUrl, null);
  });

  await t.test("should drop a site's sections between a clipped title and the site's name, not a headline's own last word", () => {
    assert.equal(article("n1.md", `---\ntitle: "공공의대 설립법, 상임위 문턱 넘어 : 정치일반 : 정치 : 뉴스 : 한겨레"\n---\n${BODY}\n`).title, "공공의대 설립법, 상임위 문턱 넘어");
    assert.equal(article("n2.md", `---\ntitle: "연안여객선 안전점검 강화 | 보도자료 | 해양수산부"\n---\n${BODY}\n`).title, "연안여객선 안전점검 강화");
    assert.equal(article("n2b.md", `---\ntitle: "SKT 과징금 1348억원 < 통신 < 뉴스 < 기사본문 - 디지털데일리"\n---\n${BODY}\n`).title, "SKT 과징금 1348억원");
    assert.equal(article("n2c.md", `---\ntitle: "서울 › 부산 KTX 요금 10년 만에 오른다 - 연합뉴스"\n---\n${BODY}\n`).title, "서울 › 부산 KTX 요금 10년 만에 오른다");
    assert.equal(article("n3.md", `---\ntitle: "올해 가장 많이 오른 것 : 경제"\n---\n${BODY}\n`).title, "올해 가장 많이 오른 것 : 경제");
    // A ministry closes only its own board's title; after a story's headline it is whom the headline quotes.
    const quoted = article("n4.md", `---\ntitle: "\\"올여름 역대급 더위 온다\\" - 기상청"\nsource: https://www.yna.co.kr/view/AKR20250601000100001\n---\n${BODY}\n`);
    assert.equal(quoted.title, "\"올여름 역대급 더위 온다\" - 기상청");
    assert.equal(quoted.publisher, "연합뉴스");
  });

  await t.test("should not take a photo's 출처= credit for the publisher over the copyright line", () => {
    const page = `한·인도 협정 개선 타결 눈앞\n\n▲ 두 나라 대표가 악수하고 있다. 출처=산업통상자원부\n\n${BODY}\n\n저작권자 © 이코노믹리뷰 무단전재 및 재배포 금지\n`;
    assert.equal(article("f.txt", page).publisher, "이코노믹리뷰");
  });

  await t.test("should read a copyright line that asks for credit (출처를 밝히고 …)", () => {
    const page = `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\n< 저작권자 ⓒ 국방일보, 출처를 밝히고 사용하시기 바랍니다 >\n`;
    const a = article("g.txt", page);
    assert.equal(a.publisher, "국방일보");
    assert.doesNotMatch(a.text, /저작권자/);
  });

  await t.test("should take the outlet after a clipped title for the publisher, under a copyright line's", () => {
    const caption = "▲ 두 나라 대표가 악수하고 있다. 사진=연합뉴스";
    assert.equal(article("h.md", `---\ntitle: "한·인도 협정 개선 타결 눈앞 | 한국경제"\n---\n${caption}\n\n${BODY}\n`).publisher, "한국경제");
    assert.equal(article("i.md", `---\ncreated: 2025-07-04\n---\n# 한·인도 협정 개선 타결 눈앞 - 매일경제 : 네이버 뉴스\n\n${BODY}\n`).publisher, "매일경제");
    assert.equal(article("j.md", `---\ntitle: "한·인도 협정 개선 타결 눈앞 - 매일경제"\n---\n${BODY}\n\nCopyright ⓒ 연합뉴스. 무단전재 및 재배포 금지\n`).publisher, "연합뉴스");
    assert.equal(article("k.md", `---\ntitle: "북한 - 러시아 밀착"\n---\n${BODY}\n`).publisher, null);
  });

  await t.test("should drop MarkDownload's excerpt box and its rule, not a quote of the story's", () => {
    const clip = `---\ncreated: 2025-07-04T09:12:33 (UTC +09:00)\ntags: []\nsource: https://www.mk.co.kr/news/economy/11290011\n---\n\n# 한·인도 협정 개선 타결 눈앞 - 매일경제\n\n> ## Excerpt\n> 인도 정부가 한국산 자동차 부품 관세를 낮춘다.\n\n---\n${BODY}\n`;
    const clipped = article("l.md", clip);
    assert.doesNotMatch(clipped.text, /Excerpt|관세를 낮춘다\./);
    assert.match(clipped.text, /^한·인도 협정 개선 타결 눈앞 - 매일경제\n인도 정부가/);
    const quoted = article("m.md", `---\ntitle: 협정문 발췌\n---\n> ## 협정문 제3조\n> 양국은 관세를 단계적으로 철폐한다.\n\n${BODY}\n`);
    assert.match(quoted.text, /협정문 제3조\n양국은 관세를/);
  });

  await t.test("should show a clipped page's headline once, with or without the site's name after it", () => {
    assert.equal(withoutRepeatedTitle("<h1>한·인도 협정 개선 타결 눈앞 - 매일경제</h1><p>본문</p>", "한·인도 협정 개선 타결 눈앞"), "<p>본문</p>");
    assert.equal(withoutRepeatedTitle("<p>북한 - 러시아 밀착</p><p>본문</p>", "북한"), "<p>북한 - 러시아 밀착</p><p>본문</p>");
  });

  await t.test("should read a clipper's date of publication and an outlet named as its author", () => {
    const obsidian = article("n.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nauthor:\n  - "[[머니투데이]]"\npublished: 2025-04-24\ncreated: 2025-04-26\n---\n${BODY}\n`);
    assert.equal(obsidian.date, "2025-04-24");
    assert.equal(obsidian.publisher, "머니투데이");
    const omnivore = article("o.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nauthor: 연합뉴스\ndate_published: 2025-04-22T09:00:00+09:00\n---\n${BODY}\n`);
    assert.equal(omnivore.date, "2025-04-22");
    assert.equal(omnivore.publisher, "연합뉴스");
    const reporter = article("p.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nauthor: "[[김현수]]"\ncreated: 2025-04-26\n---\n${BODY}\n`);
    assert.equal(reporter.publisher, null);
    assert.equal(reporter.date, null);
  });

  await t.test("should take the story addresses of more sites from url: and source:", () => {
    for (const [key, url] of [
      ["url", "https://www.yna.co.kr/view/AKR20250417051200005"],
      ["source", "https://www.sedaily.com/NewsView/2GQ8ABCD12"],
      ["source", "https://www.hani.co.kr/arti/international/asiapacific/1193001.html"],
    ]) assert.equal(article(`${key}.md`, `---\ntitle: 한·인도 협정 개선 타결 눈앞\n${key}: ${url}\n---\n${BODY}\n`).sourceUrl, url);
    assert.equal(article("gallery.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nurl: https://blog.example.com/view/gallery\n---\n${BODY}\n`).sourceUrl, null);
  });

  await t.test("should read the publisher from a copyright line with the site's address, not take it for a promotion", () => {
    const a = article("q.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nⓒ경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 및 재배포 금지\n`);
    assert.equal(a.publisher, "경향신문");
    assert.doesNotMatch(a.text, /경향닷컴/);
  });

  await t.test("should drop a Notion page's properties and read its URL:, and the site's header under the title", () => {
    const page = `# 한·인도 협정 개선 타결 눈앞\n\nCreated: 2025년 7월 4일 오전 8:12\nURL: https://www.hankyung.com/article/2025070398761\nTags: 통상, 인도\nStatus: 읽음\n\n입력2025.07.03 18:05 수정2025.07.03 18:40\n\n${BODY}\n`;
    const a = article("r.md", page);
    assert.equal(a.sourceUrl, "https://www.hankyung.com/article/2025070398761");
    assert.equal(a.date, "2025-07-03", "the story's stamp, not the day it was clipped");
    assert.match(a.text, /^한·인도 협정 개선 타결 눈앞\n인도 정부가/);
  });

  await t.test("should drop Omnivore's tag, links and highlights, and read the original's address", () => {
    const page = `---\ntitle: 한·인도 협정 개선 타결 눈앞\nauthor: 연합뉴스\ndate_published: 2025-07-03 07:00:00\n---\n\n# 한·인도 협정 개선 타결 눈앞\n#Omnivore\n\n[Read on Omnivore](https://omnivore.app/me/x-196f1a2b3c4)\n[Read Original](https://www.yna.co.kr/view/AKR20250703151900009)\n\n${BODY}\n\n## Highlights\n\n> 두 나라는 협정 개선 협상을 사실상 마무리했다. [⤴️](https://omnivore.app/me/x#a1)\n`;
    const a = article("s.md", page);
    assert.equal(a.sourceUrl, "https://www.yna.co.kr/view/AKR20250703151900009");
    assert.doesNotMatch(a.text, /Omnivore|Highlights|Read Original/);
    assert.match(a.text, /원가 부담이 줄어들 것으로 보고 있다\.$/);
  });

  await t.test("should keep a story's own lines that look like properties, and its highlights with prose under them", () => {
    const story = article("t.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\n---\n상태: 협상 막바지\n\n${BODY}\n`);
    assert.match(story.text, /^상태: 협상 막바지/);
    const review = article("u.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\n---\n${BODY}\n\n## Highlights\n\n> 관세 인하\n\n협정의 핵심은 부품 관세다.\n`);
    assert.match(review.text, /Highlights\n관세 인하\n협정의 핵심은/);
  });

  await t.test("should name the outlet a clipped story's address belongs to when nothing else names one", () => {
    const clip = (url: string) => article("h.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsource: ${url}\n---\n${BODY}\n`).publisher;
    assert.equal(clip("https://www.hani.co.kr/arti/economy/economy_general/1183210.html"), "한겨레");
    assert.equal(clip("https://biz.chosun.com/industry/2025/06/10/3KQZ7XWPLRGH5NBV2MTA6YDCEU/"), "조선비즈");
    assert.equal(clip("https://www.chosun.com/economy/2025/06/10/3KQZ7XWPLRGH5NBV2MTA6YDCEU/"), "조선일보");
    assert.equal(clip("https://en.yna.co.kr/view/AEN20250610000300320"), "Yonhap News Agency");
    assert.equal(clip("https://www.example-news.kr/news/articleView.html?idxno=12345"), null);
    // A sub-brand's own host is not its parent's (스포츠조선 is not 조선일보).
    assert.equal(clip("https://sports.chosun.com/news/2025/06/10/2025061001000612345.htm"), null);
    // Naver News files each outlet's stories under its office number.
    assert.equal(clip("https://n.news.naver.com/article/003/0012345678"), "뉴시스");
    assert.equal(clip("https://n.news.naver.com/mnews/article/028/0002731234?sid=101"), "한겨레");
    assert.equal(clip("https://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1=101&oid=001&aid=0014512345"), "연합뉴스");
    assert.equal(clip("https://n.news.naver.com/article/999/0000000001"), null);
    assert.equal(clip("https://blog.naver.com/someone/223456789012"), null);
    // A name the page gives comes first.
    const named = article("i.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\n저작권자 © 이코노믹리뷰 무단전재 및 재배포 금지\n\n출처: https://www.hani.co.kr/arti/economy/1183210.html\n`);
    assert.equal(named.publisher, "이코노믹리뷰");
  });

  await t.test("should prefer the front matter's publisher and the story's address to a photo's credit", () => {
    const captioned = `▲ 두 나라 대표가 악수하고 있다. 출처=산업통상자원부\n\n${BODY}\n`;
    const clip = (fields: string) => article("m.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\n${fields}---\n${captioned}`).publisher;
    assert.equal(clip("source: https://www.hani.co.kr/arti/economy/economy_general/1183210.html\n"), "한겨레");
    assert.equal(clip("publisher: 에너지데일리\n"), "에너지데일리");
    assert.equal(clip(""), "산업통상자원부"); // nothing else names one
  });

  await t.test("should give an outlet's brand in Latin letters or its site's name as its Korean name", () => {
    assert.equal(article("j.txt", `NEWSIS\n\n한·인도 협정 개선 타결 눈앞\n\n${BODY}\n`).publisher, "뉴시스");
    assert.equal(article("k.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright ⓒ 한경닷컴. All rights reserved.\n`).publisher, "한국경제");
    assert.equal(article("l.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nauthor: dongA.com\n---\n${BODY}\n`).publisher, "동아일보");
    assert.equal(article("n.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright © Ministry of Foreign Affairs. All rights reserved.\n`).publisher, "외교부");
    assert.equal(article("n2.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright © Ministry of Oceans and Fisheries. All rights reserved.\n`).publisher, "해양수산부");
    assert.equal(article("n3.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\n저작권자 © CBS 노컷뉴스 무단전재 및 재배포 금지\n`).publisher, "노컷뉴스");
    // An outlet named as its company is the outlet.
    assert.equal(article("n5.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright ⓒ 부산일보사. All rights reserved.\n`).publisher, "부산일보");
    assert.equal(article("n6.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright © 한겨레신문사 All rights reserved.\n`).publisher, "한겨레");
    assert.equal(article("n7.txt", `한·인도 협정 개선 타결 눈앞\n\n${BODY}\n\nCopyright by 중앙일보\n`).publisher, "중앙일보");
    assert.equal(article("o.md", `---\ntitle: 한·인도 협정 개선 타결 눈앞\nsite_name: SBS NEWS\n---\n${BODY}\n`).publisher, "SBS");
  });
});
