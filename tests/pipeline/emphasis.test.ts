/** Korean emphasis in Markdown: CJK-friendly `**…**`, and asterisks that mask a name stay as they are. */
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
});
