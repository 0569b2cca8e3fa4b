/** Korean emphasis in Markdown: CJK-friendly `**…**`, and asterisks that mask a name or mark a footnote stay as they are. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { toArticle } from "../../src/pipeline/index.ts";
import { taxonomy } from "../helpers.ts";

function article(line: string) {
  const md = `---\ntitle: 강조 시험 기사\n---\n카자흐스탄 정부가 새 계획을 발표했다.\n\n${line}\n`;
  const result = toArticle({ path: "emphasis.md", bytes: new TextEncoder().encode(md) }, { taxonomy });
  assert.ok(result.article, JSON.stringify(result.problems));
  return { text: result.article.text.split("\n").at(-1), html: result.article.html };
}

test("emphasis in Korean Markdown", async (t) => {
  await t.test("should make **…(…)**를 bold, the particle outside", () => {
    const a = article("필리핀과는 **자유무역협정(FTA)**에 서명했다.");
    assert.equal(a.text, "필리핀과는 자유무역협정(FTA)에 서명했다.");
    assert.match(a.html, /<strong>자유무역협정\(FTA\)<\/strong>에/);
  });

  await t.test("should keep the asterisks of masked names", () => {
    assert.equal(article("김**(52)씨와 박**(41)씨가 다쳤다.").text, "김**(52)씨와 박**(41)씨가 다쳤다.");
    assert.equal(article("이**, 최** 씨가 참석했다.").text, "이**, 최** 씨가 참석했다.");
  });

  await t.test("should still read bold that ends in a one-syllable word", () => {
    assert.match(article("올해 대비 **6000억 원** 감축했다.").html, /<strong>6000억 원<\/strong> 감축/);
  });

  await t.test("should keep masked names as they are inside an HTML block (no backslash shows)", () => {
    const a = article("<p>경찰은 대표 김**(52)씨를 입건했다.</p>");
    assert.equal(a.text, "경찰은 대표 김**(52)씨를 입건했다.");
    assert.doesNotMatch(a.html, /\\/);
  });

  await t.test("should keep footnote stars, which have no star open to close, and stars between digits", () => {
    assert.equal(article('제조업이 "반도체*"와 "이차전지*" 중심으로 늘었다.').text, '제조업이 "반도체*"와 "이차전지*" 중심으로 늘었다.');
    assert.equal(article("신고액(잠정)*은 7.5% 늘었고, 도착액(잠정)*은 188억 달러였다.").text, "신고액(잠정)*은 7.5% 늘었고, 도착액(잠정)*은 188억 달러였다.");
    assert.equal(article("비중이 0.4, 증가율이 5%라면 0.4*5=2, 연율은 1.005*1.005*1.005*1.005-1이다.").text, "비중이 0.4, 증가율이 5%라면 0.4*5=2, 연율은 1.005*1.005*1.005*1.005-1이다.");
  });

  await t.test("should still read single-star emphasis that opens after a space, and leave code and bullets alone", () => {
    assert.match(article("유학생들은 *'숨통이 트였다'*는 반응이다.").html, /<em>'숨통이 트였다'<\/em>는/);
    assert.match(article("GDP*와 *성장률*을 봤다.").html, /GDP\*와 <em>성장률<\/em>을/);
    assert.match(article("식은 `a*b*c`로 쓴다.").html, /<code>a\*b\*c<\/code>/);
    assert.match(article("* 수출은 12% 늘었다.\n* 수입은 3% 줄었다.").html, /<li>수출은 12% 늘었다.<\/li>/);
  });
});
