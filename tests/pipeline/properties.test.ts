/** Property-based: the pipeline never throws and never emits unsafe HTML, whatever the bytes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { runText } from "../helpers.ts";

/** Real tags and attributes only: escaped text (`&#x3C;script>`) is harmless and must stay literal. */
const UNSAFE = /<(?:script|style|iframe|object|embed|svg|math|form)\b|<[a-z][^>]*\s(?:on\w+|style|srcdoc|formaction)\s*=|<[a-z][^>]*\s(?:href|src)\s*=\s*"?\s*(?:javascript|data|vbscript):/i;

const hostileHtml = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<svg onload="alert(1)"><circle/></svg>',
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '<p style="color:red" onclick="x()">스타일</p>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<form action="https://x"><button formaction="javascript:alert(1)">b</button></form>',
    '<object data="x.swf"></object>',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
    "<!-- <script>alert(1)</script> -->",
    "<scr<script>ipt>alert(1)</script>",
    '<table><tr><td onmouseover="x()">셀</td></tr>',
    "{{ 7*7 }} {% include 'x' %}",
  ),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

const body = fc.array(fc.oneof(hostileHtml, fc.constantFrom("\n", "\n\n", "## 제목\n", "- 목록\n", "본문 문장입니다. ", "출처: ", "👉 ", "ⓒ ")), { maxLength: 30 }).map((parts) => parts.join(""));

test("pipeline properties", async (t) => {
  await t.test("should never throw on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("a.md", "a.txt", "a.html", "a.bin"), (bytes, name) => {
        const result = runText(name, bytes);
        assert.ok(["ok", "skipped", "error"].includes(result.status));
      }),
      { numRuns: 300 },
    );
  });

  await t.test("should never throw on arbitrary text and never emit unsafe HTML", () => {
    fc.assert(
      fc.property(body, fc.boolean(), (text, withFrontMatter) => {
        const source = withFrontMatter ? `---\ntitle: 제목\n---\n${text}` : text;
        for (const name of ["post.md", "dump.txt"]) {
          const result = runText(name, source);
          if (result.article) assert.doesNotMatch(result.article.html, UNSAFE, result.article.html);
        }
      }),
      { numRuns: 300 },
    );
  });

  await t.test("should never throw on arbitrary front matter", () => {
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("[x", "'a' 'b'", "{", ": :", "|", ">", "- a\n- b", "!!js/function 'function(){}'", "*anchor", "&a x"));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("title", "date", "categories", "slug", "permalink", "excerpt", "image"), value), (fields) => {
        const fm = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n");
        const result = runText("2024-07-24-1.md", `---\n${fm}\n---\n본문 문장입니다.\n`);
        assert.ok(result.status === "ok" || result.status === "error");
        if (result.article) {
          assert.match(result.article.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          assert.equal(result.article.date, "2024-07-24", "a broken front matter date falls back to the file name");
        }
      }),
      { numRuns: 300 },
    );
  });

  await t.test("should keep template syntax as literal text", () => {
    const result = runText("x.md", "---\ntitle: '{{ 7*7 }} 제목'\n---\n<p>{% include \"x\" %} 그리고 {{ 7*7 }} 문장입니다.</p>\n");
    assert.equal(result.article!.title, "{{ 7*7 }} 제목");
    assert.ok(result.article!.text.includes('{% include "x" %} 그리고 {{ 7*7 }} 문장입니다.'));
  });

  await t.test("should refuse JavaScript front matter instead of running it", () => {
    const result = runText("x.md", "---js\n{ title: (globalThis.pwned = 1, 'x') }\n---\n본문 문장입니다.\n");
    assert.equal((globalThis as { pwned?: number }).pwned, undefined);
    assert.ok(result.status === "ok" || result.status === "error");
  });
});

test("slugs", async (t) => {
  await t.test("should not throw on titles that name Object.prototype members", () => {
    for (const title of ["valueOf", "constructor", "__proto__", "toString 핵심광물"]) {
      const result = runText("x.txt", `${title}\n`);
      assert.equal(result.status, "ok", title);
      assert.match(result.article!.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
