/** An ordered list's numbers are part of what a reader reads: the article's text keeps them, the HTML keeps its `<ol>`. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { toArticle } from "../../src/pipeline/index.ts";
import { taxonomy } from "../helpers.ts";

function article(body: string) {
  const md = `---\ntitle: 목록이 있는 기사\ndate: 2024-01-02\n---\n카자흐스탄 정부가 새 계획을 발표했다. 세부 내용은 다음과 같다.\n\n${body}\n\n한국 기업들도 이 계획에 참여한다.\n`;
  const result = toArticle({ path: "list.md", bytes: new TextEncoder().encode(md) }, { taxonomy });
  assert.ok(result.article, JSON.stringify(result.problems));
  return result.article;
}

const lines = (text: string) => text.split("\n").slice(1, -1);

test("ordered lists in an article's text", async (t) => {
  await t.test("should number a Markdown list's items as the page shows them", () => {
    const a = article("1. 첫째 항목\n2. 둘째 항목\n3. 셋째 항목");
    assert.deepEqual(lines(a.text), ["1. 첫째 항목", "2. 둘째 항목", "3. 셋째 항목"]);
    assert.match(a.html, /<ol>\s*<li>첫째 항목<\/li>/, "the HTML's items are not numbered by hand");
  });

  await t.test("should put a loose list's numbers on its items' lines", () => {
    assert.deepEqual(lines(article("1. 첫째 항목입니다\n\n2. 둘째 항목입니다").text), ["1. 첫째 항목입니다", "2. 둘째 항목입니다"]);
  });

  await t.test("should count from the list's start, and down when it is reversed", () => {
    assert.deepEqual(lines(article('<ol start="4"><li>넷째</li><li>다섯째</li></ol>').text), ["4. 넷째", "5. 다섯째"]);
    assert.deepEqual(lines(article("<ol reversed><li>셋</li><li>둘</li><li>하나</li></ol>").text), ["3. 셋", "2. 둘", "1. 하나"]);
  });

  await t.test("should keep a page's own numbers where they break the sequence (a numbered heading over its steps)", () => {
    const page = "체류 등록 제도가 바뀌어 다음 달부터 시행된다고 정부가 발표하였습니다.\n2. 신고 방법\n1. 전자정부 포털에 접속\n2. 여권 정보 입력\n3. 유의 사항\n출국할 때 등록 확인서를 반드시 지참하시기 바랍니다.\n";
    const result = toArticle({ path: "notice.txt", bytes: new TextEncoder().encode(page) }, { taxonomy });
    assert.deepEqual(lines(result.article!.text), ["2. 신고 방법", "1. 전자정부 포털에 접속", "2. 여권 정보 입력", "3. 유의 사항"]);
  });

  await t.test("should number a list inside another, and leave bullet lists alone", () => {
    const a = article("<ul><li>가<ol><li>안쪽 하나</li><li>안쪽 둘</li></ol></li><li>나</li></ul>");
    assert.deepEqual(lines(a.text), ["가", "1. 안쪽 하나", "2. 안쪽 둘", "나"]);
  });
});
