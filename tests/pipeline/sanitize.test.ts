/** sanitize: body URLs must work on the archive, far from the site they were scraped from. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { runText } from "../helpers.ts";

test("sanitize", async (t) => {
  const article = runText("urls.html", '<p>가 <a href="www.korea.kr">정책브리핑</a> 나 <a href="링크주소">예약</a> 다 <a href="//x.kr/a">x</a> <img src="/a.jpg" alt="x"> <img src="https://a.kr/b.jpg" alt="y"></p>').article!;

  await t.test("should make a bare domain or protocol-relative link https", () => {
    assert.match(article.html, /<a href="https:\/\/www.korea.kr" rel="nofollow noopener noreferrer">정책브리핑<\/a>/);
    assert.match(article.html, /<a href="https:\/\/x.kr\/a"/);
  });

  await t.test("should unwrap a link that cannot be resolved and keep its text", () => {
    assert.ok(!article.html.includes("링크주소"));
    assert.match(article.text, /나 예약 다/);
  });

  await t.test("should drop an image with a relative src", () => {
    assert.ok(!article.html.includes("/a.jpg"));
    assert.deepEqual(article.images, ["https://a.kr/b.jpg"]);
  });
});
