/**
 * The bad-input archive: the real corpus (or, where it is absent, the samples) plus every kind
 * of broken file a keeper meets. Every readable article is published, every skipped file is
 * named with its reason, nothing escapes the output folder, and no script runs in a browser.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { CORPUS } from "../helpers.ts";
import { browserSkip, launchBrowser, watchConsole } from "../support/browser.ts";
import { serveSite } from "../support/serve.ts";
import { buildSite, listFiles, sampleContent } from "./build-site.ts";

const XSS = `<script>alert("x")</script><img src=x onerror=alert("x")>`;
const BAD_FILES: Record<string, string | Buffer> = {
  "empty.md": "",
  "binary.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0, 0]),
  "huge.txt": Buffer.alloc(50 * 1024 * 1024, "카자흐스탄 핵심광물 협력 기사 한 줄입니다.\n"),
  "2024-07-01-invalid-utf8.md": Buffer.concat([Buffer.from("---\ntitle: 깨진 바이트\n---\n<p>앞부분은 멀쩡합니다. 카자흐스탄 소식.</p>\n<p>중간에 "), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(" 깨진 바이트가 있습니다.</p>\n")]),
  "2024-07-02-fm-unclosed.md": "---\ntitle: 닫히지 않은 머리말\n<p>본문이 바로 이어집니다. 우즈베키스탄 소식입니다.</p>\n",
  "2024-07-03-fm-bracket.md": "---\ntitle: [단독] 대괄호로 시작하는 제목\n---\n<p>대괄호 제목 기사 본문입니다.</p>\n",
  "2024-07-04-fm-colons.md": "---\ntitle: 제목: 콜론: 여러 개\n\tcategories: [a\n---\n<p>콜론과 탭이 섞인 머리말의 기사입니다.</p>\n",
  "2024-07-05-fm-js.md": '---js\n{ title: (function(){ require("fs").writeFileSync("/tmp/sillok-pwned", "x"); return "js"; })() }\n---\n<p>자바스크립트 머리말은 실행되지 않아야 합니다.</p>\n',
  "2024-07-06-fm-list.md": "---\n- 목록\n- 머리말\n---\n<p>머리말이 목록인 기사입니다.</p>\n",
  "2024-07-07-permalink.md": "---\ntitle: 퍼머링크 탈출\npermalink: ../../etc/passwd\n---\n<p>퍼머링크로 밖에 쓰려는 기사입니다.</p>\n",
  "2024-07-08-slug.md": "---\ntitle: 슬러그 탈출\nslug: ../../x\n---\n<p>슬러그로 밖에 쓰려는 기사입니다.</p>\n",
  "2024-07-09-same-a.md": "---\ntitle: 같은 제목의 기사\n---\n<p>첫 번째 기사입니다. 베트남 하노이 소식.</p>\n",
  "2024-07-09-same-b.md": "---\ntitle: 같은 제목의 기사\n---\n<p>두 번째 기사는 전혀 다른 내용입니다. 몽골 울란바토르 소식.</p>\n",
  "2024-07-10 공백과 한글 이름.md": "---\ntitle: 공백과 한글 파일 이름\n---\n<p>파일 이름에 공백과 한글이 있습니다.</p>\n",
  "2024-07-11-xss.md": `---\ntitle: '${XSS} 제목'\nexcerpt: '"><img src=x onerror=alert("e")> 요약'\nimage: 'javascript:alert("i")'\nauthor: '${XSS}'\n---\n<p>본문 ${XSS} 그리고 <a href="javascript:alert('a')">링크</a> <svg onload="alert('s')"></svg> <iframe src="javascript:alert('f')"></iframe></p>\n<p><img src="javascript:alert('img')" alt="x"> <img src="https://example.org/a.jpg" onerror="alert('o')" alt="y"></p>\n`,
  "2024-07-12-template.md": `---\ntitle: '{{ 7*7 }} 제목 {% raw %}'\nexcerpt: '{{ excerpt }} 요약'\ncategories: ['{{ cat }}', '{% for %}']\nslug: '{{ slug }}'\nauthor: '{{ author }}'\n---\n<p>{{ 7*7 }} 본문 {% include "x" %} 그리고 {{{ raw }}} \${ 1+1 }</p>\n`,
};
const SKIPPED = ["empty.md", "binary.md", "huge.txt"];

test("the bad-input archive", async (t) => {
  const content = sampleContent();
  if (existsSync(CORPUS)) cpSync(CORPUS, join(content, "corpus"), { recursive: true });
  for (const [name, data] of Object.entries(BAD_FILES)) writeFileSync(join(content, name), data);
  const built = buildSite(content);
  const pages = listFiles(built.out).filter((f) => f.startsWith("articles/"));
  const read = (path: string) => readFileSync(join(built.out, path), "utf8");

  await t.test("should build, naming every skipped file with its reason", () => {
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /\n {4}empty\.md: empty file: skipped/);
    assert.match(built.stdout, /\n {4}binary\.md: binary file \(not text\): skipped/);
    assert.match(built.stdout, /\n {4}huge\.txt: file too large \(50\.0 MB; the limit is 10\.0 MB\): skipped/);
    assert.match(built.stdout, /\n {2}errors {7}0/);
  });

  await t.test("should publish every readable article", () => {
    const articles = Number(built.stdout.match(/\n {2}articles {5}(\d+)/)![1]);
    const skipped = Number(built.stdout.match(/\n {2}skipped {6}(\d+)/)![1]);
    const read = Number(built.stdout.match(/files read {3}(\d+)/)![1]);
    assert.equal(articles, read - skipped);
    assert.equal(pages.length, articles);
    for (const name of Object.keys(BAD_FILES).filter((n) => !SKIPPED.includes(n))) {
      assert.ok(!new RegExp(`\\n {4}${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:`).test(built.stdout), `${name} was skipped`);
    }
  });

  await t.test("should warn about broken front matter and bytes with the file and line", () => {
    assert.match(built.stderr, /2024-07-01-invalid-utf8\.md:5: warning: 3 byte sequence\(s\) are not valid UTF-8/);
    assert.match(built.stderr, /2024-07-03-fm-bracket\.md:2: warning: front matter line 2: title starts with "\["/);
    assert.match(built.stderr, /2024-07-07-permalink\.md: warning: permalink is ignored/);
    assert.ok(!existsSync("/tmp/sillok-pwned"), "---js front matter ran");
  });

  await t.test("should keep every file inside the output folder", () => {
    assert.ok(pages.every((f) => /^articles\/(?:\d{4}\/\d{2}|undated)\/[a-z0-9-]+\/index\.html$/.test(f)));
    assert.ok(pages.includes("articles/2024/07/x/index.html"), "slug ../../x becomes x");
    assert.deepEqual(listFiles(dirname(built.out)).filter((f) => !f.startsWith("site/") && !f.startsWith("cache/")), []);
    const same = pages.filter((f) => f.startsWith("articles/2024/07/gateun-jemogui-gisa"));
    assert.equal(same.length, 2, "two articles with the same title get two URLs");
  });

  await t.test("should render no script, handler or javascript: URL from content", () => {
    for (const page of pages) {
      const found: string[] = [];
      const parser = new Parser({
        onopentag(name, attributes) {
          if (name === "script" && attributes.type !== "application/ld+json") found.push("a script");
          if (["iframe", "svg", "object", "embed", "form"].includes(name)) found.push(`<${name}>`);
          for (const [key, value] of Object.entries(attributes)) {
            if (/^on/i.test(key)) found.push(`${key}=`);
            if (/^\s*javascript:/i.test(value)) found.push(`${key}="javascript:…"`);
          }
        },
      });
      parser.end(read(page));
      assert.deepEqual(found, [], page);
    }
  });

  await t.test("should show template syntax literally in every field", () => {
    const page = read(pages.find((f) => read(f).includes("본문 {% include"))!);
    assert.match(page, /<h1>\{\{ 7\*7 \}\} 제목 \{% raw %\}<\/h1>/);
    assert.ok(page.includes("{{ 7*7 }} 본문 {% include &quot;x&quot; %} 그리고 {{{ raw }}} ${ 1+1 }") || page.includes('{{ 7*7 }} 본문 {% include "x" %} 그리고 {{{ raw }}} ${ 1+1 }'));
  });

  await t.test("should run no script when a browser opens the XSS article", { skip: browserSkip() }, async () => {
    const xss = pages.filter((f) => read(f).includes("본문 ") && read(f).includes("alert("));
    assert.ok(xss.length >= 1);
    const browser = await launchBrowser();
    const site = await serveSite(built.out);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const console = watchConsole(page, [/^https:\/\/example\.org\//]);
      for (const path of xss) {
        await page.goto(site.url(`/${path.replace(/index\.html$/, "")}`));
        await page.waitForTimeout(300);
      }
      assert.deepEqual(dialogs, []);
      assert.deepEqual(console.errors, []);
    } finally {
      await site.close();
      await browser.close();
    }
  });
});
