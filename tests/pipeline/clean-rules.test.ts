/**
 * The clean rules, one fixture folder per rule: tests/fixtures/clean/<rule>/<case>/ holds
 * input.md or input.txt (the raw file), expected.txt (the Article's text exactly) and
 * optionally expected.json (title, publisher, sourceUrl, date, fired, notFired, images; only the keys
 * listed are checked), and optionally todo.txt (a known rule bug: the case runs as a todo).
 * Adding a case is adding a folder; a rule without a folder fails the test.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { test } from "node:test";
import { lineRules, textRules, trimRules } from "../../src/pipeline/clean/rules/index.ts";
import { here, runText } from "../helpers.ts";

const ROOT = resolve(here, "fixtures/clean");
const ENGINE_RULES = ["banner-image", "spacer", "duplicate-caption", "page-head", "page-tail"];

interface Expected {
  title?: string;
  publisher?: string | null;
  sourceUrl?: string | null;
  date?: string | null;
  /** Rules that must be among result.fired. */
  fired?: string[];
  /** Rules that must not be among result.fired. */
  notFired?: string[];
  /** The Article's images, exactly. */
  images?: string[];
}

interface Case {
  rule: string;
  name: string;
  dir: string;
}

function subdirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function cases(): Case[] {
  return subdirectories(ROOT).flatMap((rule) => subdirectories(join(ROOT, rule)).map((name) => ({ rule, name, dir: join(ROOT, rule, name) })));
}

/** `drops-copyright-line-and-takes-publisher` -> `should drop copyright line and take publisher`. */
function behaviour(folder: string): string {
  const words = folder.split("-");
  const verb = (word: string) => word.replace(/s$/, "");
  return ["should", ...words.map((word, i) => (i === 0 || words[i - 1] === "and" ? verb(word) : word))].join(" ");
}

function inputOf(dir: string): string {
  const inputs = readdirSync(dir).filter((f) => /^input\.(?:md|txt)$/.test(f));
  assert.equal(inputs.length, 1, `${relative(ROOT, dir)}: expected exactly one input.md or input.txt, found ${inputs.length}`);
  return inputs[0]!;
}

test("clean rules", async (t) => {
  await t.test("should have a fixture folder for every rule", () => {
    const rules = [...lineRules, ...textRules, ...trimRules].map((r) => r.name).concat(ENGINE_RULES);
    const folders = new Set(subdirectories(ROOT));
    const missing = rules.filter((name) => !folders.has(name));
    assert.deepEqual(missing, [], `rules without fixtures under tests/fixtures/clean/: ${missing.join(", ")}`);
    const unknown = [...folders].filter((name) => !rules.includes(name));
    assert.deepEqual(unknown, [], `fixture folders that name no rule: ${unknown.join(", ")}`);
    for (const rule of folders) assert.ok(subdirectories(join(ROOT, rule)).length >= 2, `${rule}: fewer than two cases`);
  });

  for (const c of cases()) {
    const todoPath = join(c.dir, "todo.txt");
    const todo = existsSync(todoPath) ? readFileSync(todoPath, "utf8").trim() : undefined;
    await t.test(`${behaviour(c.name)} [${c.rule}]`, todo === undefined ? {} : { todo }, () => {
      const input = inputOf(c.dir);
      // The path keeps the extension (it decides how the body is read) and holds no date.
      const result = runText(`${c.rule}/${c.name}/${input}`, readFileSync(join(c.dir, input)));
      assert.ok(result.article, `${c.rule}/${c.name}: no article (${result.status}: ${result.problems.map((p) => p.message).join("; ")})`);
      const expectedText = readFileSync(join(c.dir, "expected.txt"), "utf8").trim();
      assert.equal(result.article.text, expectedText);

      const jsonPath = join(c.dir, "expected.json");
      if (!existsSync(jsonPath)) return;
      const expected = JSON.parse(readFileSync(jsonPath, "utf8")) as Expected;
      if ("title" in expected) assert.equal(result.article.title, expected.title, "title");
      if ("publisher" in expected) assert.equal(result.article.publisher, expected.publisher, "publisher");
      if ("sourceUrl" in expected) assert.equal(result.article.sourceUrl, expected.sourceUrl, "sourceUrl");
      if ("date" in expected) assert.equal(result.article.date, expected.date, "date");
      if (expected.images) assert.deepEqual(result.article.images, expected.images, "images");
      for (const rule of expected.fired ?? []) assert.ok(result.fired.includes(rule), `${rule} did not fire (fired: ${result.fired.join(", ")})`);
      for (const rule of expected.notFired ?? []) assert.ok(!result.fired.includes(rule), `${rule} fired`);
    });
  }
});
