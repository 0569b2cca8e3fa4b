import assert from "node:assert/strict";
import { test } from "node:test";
import { decode } from "../../src/pipeline/decode.ts";
import { runText } from "../helpers.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

test("decode", async (t) => {
  await t.test("should read UTF-8 with a BOM and CRLF line ends", () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("가나\r\n다\r라")]));
    assert.deepEqual(d.ok && [d.text, d.encoding], ["가나\n다\n라", "utf-8"]);
  });

  await t.test("should read CP949/EUC-KR", () => {
    const d = decode(new Uint8Array([0xc7, 0xd1, 0xb1, 0xdb, 0x20, 0xb4, 0xba, 0xbd, 0xba])); // 한글 뉴스
    assert.deepEqual(d.ok && [d.text, d.encoding], ["한글 뉴스", "cp949"]);
  });

  await t.test("should skip binary files", () => {
    const d = decode(new Uint8Array([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0]));
    assert.equal(d.ok, false);
  });

  await t.test("should replace invalid UTF-8 in the middle and warn with the line", () => {
    const d = decode(new Uint8Array([...utf8("첫 줄\n둘째 줄 "), 0xff, 0xfe, ...utf8(" 계속\n")]));
    assert.ok(d.ok);
    assert.ok(d.text.startsWith("첫 줄\n둘째 줄 "));
    assert.equal(d.problems[0]?.line, 2);
  });

  await t.test("should drop zero-width spaces and compose decomposed Hangul", () => {
    const d = decode(utf8("한\u200b국 \u1112\u1161\u11ab"));
    assert.deepEqual(d.ok && d.text, "한국 한");
  });

  await t.test("should skip an empty file with a reason", () => {
    const r = runText("empty.md", "");
    assert.equal(r.status, "skipped");
    assert.match(r.problems[0]!.message, /empty/);
  });
});
