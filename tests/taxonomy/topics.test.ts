import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { YAMLParseError } from "yaml";
import { ZodError } from "zod";
import {
  defaultTaxonomyPath,
  findTopics,
  loadTaxonomy,
  MAX_TOPICS,
  MIN_SCORE_ONE_SIGNAL,
  scoreTopics,
  TITLE_WEIGHT,
  type Taxonomy,
  type Topic,
} from "../../src/taxonomy/topics.ts";
import { tempDir } from "../temp.ts";

const SHIPPED = fileURLToPath(new URL("../../config/topics.yaml", import.meta.url));
const CONTENT = fileURLToPath(new URL("../../content/", import.meta.url));
const CORPUS = resolve("../shared/corpus/real");

/** A taxonomy built in memory, as a test needs it. */
function taxonomyOf(...topics: Topic[]): Taxonomy {
  return { topics, version: "test", path: "test.yaml" };
}

const minerals: Topic = { id: "critical-minerals", label: "핵심광물", keywords: ["핵심 광물", "광물", "리튬", "희토류"] };
const energy: Topic = { id: "energy", label: "에너지", keywords: ["에너지", "가스", "전력망"] };
const climate: Topic = { id: "climate-environment", label: "기후·환경", keywords: ["온실가스", "탄소중립"] };
const trade: Topic = { id: "trade-investment", label: "교역·투자", keywords: ["수출", "공급망", "FTA"] };
const digital: Topic = { id: "digital", label: "디지털", keywords: ["AI", "5G 서비스", "R&D(연구)", "디지털"] };

/** Writes `text` to a fresh file and returns its path; the folder is removed after the test. */
function tempFile(t: { after: (fn: () => void) => void }, text: string | Uint8Array, name = "topics.yaml"): string {
  const dir = tempDir("sillok-topics-");
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Loads `yaml` and returns the error it throws. */
function loadError(t: { after: (fn: () => void) => void }, yaml: string): { path: string; error: Error } {
  const path = tempFile(t, yaml);
  try {
    loadTaxonomy(path);
  } catch (error) {
    assert.ok(error instanceof Error);
    return { path, error };
  }
  assert.fail(`loadTaxonomy accepted ${JSON.stringify(yaml)}`);
}

/** A crude article reader for raw post files: front matter title, tags out, the site's news list cut. */
function readPost(path: string): { title?: string; text: string } {
  let raw = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  let title: string | undefined;
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (frontMatter) {
    title = /^title:\s*(.*)$/m.exec(frontMatter[1] ?? "")?.[1]?.replace(/^(['"])(.*)\1$/, "$2");
    raw = raw.slice(frontMatter[0].length);
  }
  const newsList = raw.indexOf("번호 제목 글쓴이 날짜");
  if (newsList >= 0) raw = raw.slice(0, newsList);
  const text = raw.replace(/<[^>]*>/g, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(/&nbsp;/g, " ");
  return title === undefined ? { text } : { title, text };
}

test("loadTaxonomy", async (t) => {
  await t.test("should load the shipped taxonomy: the twelve starting topics, in order", () => {
    const taxonomy = loadTaxonomy(SHIPPED);
    assert.deepEqual(
      taxonomy.topics.map((topic) => `${topic.id} ${topic.label}`),
      [
        "critical-minerals 핵심광물",
        "energy 에너지",
        "infrastructure 인프라",
        "trade-investment 교역·투자",
        "finance 금융",
        "security-diplomacy 안보·외교",
        "ev-batteries 전기차·배터리",
        "climate-environment 기후·환경",
        "smes-startups 중소·벤처기업",
        "digital 디지털",
        "health 보건·의료",
        "agriculture 농업",
      ],
    );
    assert.equal(taxonomy.path, SHIPPED);
  });

  await t.test("should ship 15 to 40 keywords per topic, none repeated within a topic", () => {
    for (const topic of loadTaxonomy(SHIPPED).topics) {
      assert.ok(topic.keywords.length >= 15 && topic.keywords.length <= 40, `${topic.id} has ${topic.keywords.length} keywords`);
      const forms = topic.keywords.map((keyword) => keyword.toLowerCase().replace(/\s+/g, ""));
      assert.equal(new Set(forms).size, forms.length, `${topic.id} repeats a keyword`);
    }
  });

  await t.test("should version the taxonomy by the sha256 of the file's bytes", (t) => {
    const yaml = "topics:\n  - id: energy\n    label: 에너지\n    keywords: [에너지, 전력망]\n";
    const first = loadTaxonomy(tempFile(t, yaml));
    assert.equal(first.version, createHash("sha256").update(yaml).digest("hex"));
    const edited = loadTaxonomy(tempFile(t, yaml.replace("전력망", "발전소")));
    assert.notEqual(edited.version, first.version);
    assert.deepEqual(edited.topics, [{ id: "energy", label: "에너지", keywords: ["에너지", "발전소"] }]);
  });

  await t.test("should keep an optional description", (t) => {
    const path = tempFile(t, "topics:\n  - id: energy\n    label: 에너지\n    keywords: [에너지]\n    description: 전력과 가스\n");
    assert.equal(loadTaxonomy(path).topics[0]?.description, "전력과 가스");
  });

  await t.test("should name the file and the field of a bad id, with the value and the zod error as cause", (t) => {
    const { path, error } = loadError(t, "topics:\n  - id: energy\n    label: 에너지\n    keywords: [에너지]\n  - id: Energy Policy\n    label: 정책\n    keywords: [정책]\n");
    assert.equal(error.message, `${path}: topics[1].id: must be lowercase ASCII words joined by "-" (got "Energy Policy")`);
    assert.ok(error.cause instanceof ZodError);
  });

  await t.test("should reject a duplicate id, naming the first use", (t) => {
    const { path, error } = loadError(t, "topics:\n  - id: energy\n    label: 에너지\n    keywords: [에너지]\n  - id: energy\n    label: 전력\n    keywords: [전력망]\n");
    assert.equal(error.message, `${path}: topics[1].id: duplicate id, already used by topics[0] (got "energy")`);
  });

  await t.test("should name the field when the keywords are missing or empty", (t) => {
    const missing = loadError(t, "topics:\n  - id: energy\n    label: 에너지\n");
    assert.equal(missing.error.message, `${missing.path}: topics[0].keywords: is missing`);
    const empty = loadError(t, "topics:\n  - id: energy\n    label: 에너지\n    keywords: []\n");
    assert.equal(empty.error.message, `${empty.path}: topics[0].keywords: must list at least one keyword`);
  });

  await t.test("should reject a one-character keyword, which substring matching would find everywhere", (t) => {
    const { path, error } = loadError(t, "topics:\n  - id: finance\n    label: 금융\n    keywords: [금융, 금]\n");
    assert.equal(error.message, `${path}: topics[0].keywords[1]: too short for substring matching; use a longer form (got "금")`);
  });

  await t.test("should list every problem, one line each", (t) => {
    const { path, error } = loadError(t, "topics:\n  - id: Energy\n    label: ''\n    keywords: [에너지]\n  - label: 금융\n    keywords: 금융\n");
    assert.deepEqual(error.message.split("\n"), [
      `${path}: topics[0].id: must be lowercase ASCII words joined by "-" (got "Energy")`,
      `${path}: topics[0].label: must not be empty (got "")`,
      `${path}: topics[1].id: is missing`,
      `${path}: topics[1].keywords: must be a list (got "금융")`,
    ]);
  });

  await t.test("should say when the file is not YAML, keeping the parser's error as cause", (t) => {
    const { path, error } = loadError(t, "topics:\n  - id: energy\n    keywords: [에너지, 전력망\n");
    assert.match(error.message, new RegExp(`^${escapeRegExp(path)}: not valid YAML: .+ at line 4, column 1$`));
    assert.ok(error.cause instanceof YAMLParseError);
  });

  await t.test("should say when the top level is not a mapping with a topics list", (t) => {
    const { path, error } = loadError(t, "- id: energy\n  label: 에너지\n  keywords: [에너지]\n");
    assert.equal(error.message, `${path}: top level: must be a mapping with a "topics" list`);
  });

  await t.test("should say when the file cannot be read", () => {
    const path = join(tmpdir(), "sillok-no-such-dir", "topics.yaml");
    assert.throws(() => loadTaxonomy(path), (error: Error) => {
      assert.match(error.message, new RegExp(`^${escapeRegExp(path)}: cannot read the taxonomy file \\(ENOENT`));
      assert.ok(error.cause instanceof Error);
      return true;
    });
  });

  await t.test("should name the file relative to the working folder when it is inside it", () => {
    assert.throws(() => loadTaxonomy(resolve("config/no-such-topics.yaml")), { message: /^config\/no-such-topics\.yaml: cannot read/ });
  });
});

test("defaultTaxonomyPath", async (t) => {
  await t.test("should use config/topics.yaml in the working folder when there is one", () => {
    assert.equal(defaultTaxonomyPath(), resolve("config/topics.yaml"));
  });

  await t.test("should fall back to the file shipped with sillok", (t) => {
    const dir = tempDir("sillok-cwd-");
    const cwd = process.cwd();
    t.after(() => {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    });
    process.chdir(dir);
    assert.equal(defaultTaxonomyPath(), SHIPPED);
  });
});

test("scoreTopics", async (t) => {
  await t.test("should count a place once, for the longest keyword there", () => {
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), "핵심광물을 확보한다"), [{ id: "critical-minerals", score: 1, distinct: 1 }]);
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), "핵심광물과 광물 자원"), [{ id: "critical-minerals", score: 2, distinct: 2 }]);
  });

  await t.test("should let the longest keyword win across topics", () => {
    assert.deepEqual(scoreTopics(taxonomyOf(energy, climate), "온실가스를 줄인다"), [{ id: "climate-environment", score: 1, distinct: 1 }]);
    assert.deepEqual(scoreTopics(taxonomyOf(energy, climate), "가스 요금"), [{ id: "energy", score: 1, distinct: 1 }]);
  });

  await t.test("should count a keyword listed under two topics for both", () => {
    const supply: Topic = { ...minerals, keywords: [...minerals.keywords, "공급망"] };
    assert.deepEqual(scoreTopics(taxonomyOf(supply, trade), "공급망"), [
      { id: "critical-minerals", score: 1, distinct: 1 },
      { id: "trade-investment", score: 1, distinct: 1 },
    ]);
  });

  await t.test(`should weigh a title hit ${TITLE_WEIGHT} and count the title's keywords apart from the text's`, () => {
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), "리튬 리튬", "리튬 협력"), [
      { id: "critical-minerals", score: 2 + TITLE_WEIGHT, distinct: 2 },
    ]);
  });

  await t.test("should match a spaced keyword with any spacing or none", () => {
    const text = "핵심 광물, 핵심광물, 핵심\n광물";
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), text), [{ id: "critical-minerals", score: 3, distinct: 1 }]);
  });

  await t.test("should match Latin keywords in any case, only on ASCII word boundaries", () => {
    const hits = (text: string): number => scoreTopics(taxonomyOf(digital), text)[0]?.score ?? 0;
    assert.equal(hits("AI가 바꾼다. ai 반도체, (AI) 기반"), 3);
    assert.equal(hits("MAIN SAID AIR KAIST AI2"), 0);
    assert.equal(hits("5G 서비스 지역, 5g서비스"), 2);
    assert.equal(hits("설탕 15G 서비스"), 0);
  });

  await t.test("should take regex metacharacters in a keyword literally", () => {
    assert.deepEqual(scoreTopics(taxonomyOf(digital), "R&D(연구) 예산"), [{ id: "digital", score: 1, distinct: 1 }]);
    assert.deepEqual(scoreTopics(taxonomyOf(digital), "R&D연구 예산, RD(연구)"), []);
  });

  await t.test("should match decomposed (NFD) Hangul", () => {
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), "희토류 수입".normalize("NFD")), [{ id: "critical-minerals", score: 1, distinct: 1 }]);
  });

  await t.test("should rank by score, then distinct keywords, then the order of the file", () => {
    const scores = scoreTopics(taxonomyOf(minerals, energy, trade), "수출 수출 에너지 전력망 리튬 희토류 수출");
    assert.deepEqual(scores, [
      { id: "trade-investment", score: 3, distinct: 1 },
      { id: "critical-minerals", score: 2, distinct: 2 },
      { id: "energy", score: 2, distinct: 2 },
    ]);
  });

  await t.test("should compile each taxonomy on its own", () => {
    const before = taxonomyOf({ ...energy, keywords: ["에너지"] });
    const after = taxonomyOf({ ...energy, keywords: ["발전소"] });
    assert.equal(scoreTopics(before, "발전소").length, 0);
    assert.equal(scoreTopics(after, "발전소").length, 1);
    assert.equal(scoreTopics(before, "발전소").length, 0);
  });

  await t.test("should return nothing for a text without keywords or a taxonomy without topics", () => {
    assert.deepEqual(scoreTopics(taxonomyOf(minerals), "오늘의 날씨"), []);
    assert.deepEqual(scoreTopics(taxonomyOf(), "핵심광물"), []);
  });
});

test("findTopics", async (t) => {
  const taxonomy = taxonomyOf(minerals, energy, climate, trade, digital);

  await t.test("should not assign a topic for a passing mention", () => {
    assert.deepEqual(findTopics(taxonomy, "정상은 리튬을 언급했다. 관광 협력도 논의했다."), []);
    assert.deepEqual(findTopics(taxonomy, "리튬 이야기. 또 리튬 이야기."), []);
    assert.deepEqual(findTopics(taxonomy, "정상들은 리튬과 희토류도 언급했다."), []);
  });

  await t.test("should assign a topic at three hits from two different keywords", () => {
    assert.deepEqual(findTopics(taxonomy, "리튬 광산에서 리튬과 희토류를 캔다"), ["critical-minerals"]);
  });

  await t.test("should count overlapping keywords once", () => {
    // 핵심광물 ×2 is one keyword; the 광물 inside it does not make a second.
    assert.deepEqual(findTopics(taxonomy, "핵심광물 협력, 핵심광물 개발"), []);
    assert.deepEqual(findTopics(taxonomy, "핵심광물 협력, 핵심광물 개발, 광물 탐사"), ["critical-minerals"]);
  });

  await t.test("should assign a topic whose title keyword the text takes up", () => {
    assert.deepEqual(findTopics(taxonomy, "양국은 희토류 공동 탐사에 합의했다.", "희토류 협력"), ["critical-minerals"]);
    assert.deepEqual(findTopics(taxonomy, "양국은 공동 탐사에 합의했다.", "희토류 협력"), []);
  });

  await t.test(`should assign a topic on one keyword only from ${MIN_SCORE_ONE_SIGNAL} points`, () => {
    const times = (n: number): string => Array.from({ length: n }, () => "수출이 늘었다.").join(" ");
    assert.deepEqual(findTopics(taxonomy, times(5)), []);
    assert.deepEqual(findTopics(taxonomy, times(MIN_SCORE_ONE_SIGNAL - 1)), []);
    assert.deepEqual(findTopics(taxonomy, times(MIN_SCORE_ONE_SIGNAL)), ["trade-investment"]);
  });

  await t.test("should drop a topic under a tenth of the best topic's score", () => {
    const text = `${"리튬 희토류 광물 ".repeat(11)} 수출과 FTA, 수출`;
    assert.deepEqual(findTopics(taxonomy, text), ["critical-minerals"]);
    assert.deepEqual(findTopics(taxonomy, `${"리튬 희토류 광물 ".repeat(9)} 수출과 FTA, 수출`), ["critical-minerals", "trade-investment"]);
  });

  await t.test(`should return at most ${MAX_TOPICS} topics, best first`, () => {
    // digital 5; critical-minerals 4 and trade 4 (file order); energy 3 from 3 keywords beats climate 3 from 2.
    const text = "리튬 희토류 광물 리튬 에너지 전력망 가스 온실가스 탄소중립 온실가스 수출 FTA 공급망 수출 AI 디지털 AI AI AI";
    assert.equal(scoreTopics(taxonomy, text).length, 5);
    assert.deepEqual(findTopics(taxonomy, text), ["digital", "critical-minerals", "trade-investment", "energy"]);
  });
});

test("findTopics on the sample articles", async (t) => {
  const taxonomy = loadTaxonomy(SHIPPED);
  /** The topics of a sample, in taxonomy order: which topics, not their ranking, is what these assert. */
  const topicsOf = (file: string): string[] => {
    const { text, title } = readPost(join(CONTENT, file));
    const found = findTopics(taxonomy, text, title);
    return taxonomy.topics.map((topic) => topic.id).filter((id) => found.includes(id));
  };

  await t.test("should file the Kazakhstan visit under minerals, energy, finance and security", () => {
    // Four MOUs, a section each: critical minerals, power, financing, North Korea and security.
    assert.deepEqual(topicsOf("000_466457913685eacd.txt"), ["critical-minerals", "energy", "finance", "security-diplomacy"]);
    const { text, title } = readPost(join(CONTENT, "000_466457913685eacd.txt"));
    assert.equal(findTopics(taxonomy, text, title)[0], "critical-minerals");
  });

  await t.test("should file the business forum under minerals, infrastructure and trade", () => {
    // Trade and investment lead; the minerals supply chain and the infrastructure offer get a paragraph each.
    assert.deepEqual(topicsOf("001_22f0ed1ac3ef2e6f.txt"), ["critical-minerals", "infrastructure", "trade-investment"]);
  });

  await t.test("should file the Central Asia tour under minerals, energy, infrastructure and trade", () => {
    assert.deepEqual(topicsOf("002_2b12c9455bb1ebb8.txt"), ["critical-minerals", "energy", "infrastructure", "trade-investment"]);
  });

  await t.test("should file Tokayev's visit under rare earths, trade, batteries and SMEs, not health", () => {
    // 보건 and 의료 come up only in lists of fields (교통·인프라·건설, ICT, 보건, 환경 …).
    assert.deepEqual(topicsOf("003_475dd9e98a73ed4f.txt"), ["critical-minerals", "trade-investment", "ev-batteries", "smes-startups"]);
  });

  await t.test("should file the Korea–Vietnam meeting under minerals, energy, trade and climate", () => {
    assert.deepEqual(topicsOf("004_e2f57113b159d3a7.txt"), ["critical-minerals", "energy", "trade-investment", "climate-environment"]);
  });
});

test("findTopics on the real corpus", async (t) => {
  if (!existsSync(CORPUS)) {
    t.skip("../shared/corpus/real is absent (it is not redistributable); CI has it");
    return;
  }
  const taxonomy = loadTaxonomy(SHIPPED);
  const posts = readdirSync(CORPUS)
    .map((dir) => join(CORPUS, dir))
    .filter((dir) => statSync(dir).isDirectory())
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => join(dir, name)))
    .map((path) => {
      const raw = readFileSync(path, "utf8");
      const category = /^categories:\s*\n\s*-\s*(.+)$/m.exec(raw)?.[1]?.trim() ?? "";
      const { text, title } = readPost(path);
      return { path, category, topics: findTopics(taxonomy, text, title) };
    });
  const inCategory = (...categories: string[]) => posts.filter((post) => categories.includes(post.category));
  const share = (list: typeof posts, predicate: (post: (typeof posts)[number]) => boolean): number =>
    list.filter(predicate).length / list.length;

  await t.test("should read the whole corpus", () => {
    assert.ok(posts.length > 1000, `${posts.length} posts`);
  });

  await t.test("should give a topic to between a third and two thirds of the posts", () => {
    const tagged = share(posts, (post) => post.topics.length > 0);
    assert.ok(tagged > 0.33 && tagged < 0.67, `${(tagged * 100).toFixed(0)}% tagged`);
  });

  await t.test(`should never give a post more than ${MAX_TOPICS} topics`, () => {
    assert.deepEqual(posts.filter((post) => post.topics.length > MAX_TOPICS), []);
  });

  await t.test("should leave hotel reviews, sports and entertainment almost untouched", () => {
    assert.ok(share(inCategory("Hotel"), (post) => post.topics.length > 0) <= 0.05);
    assert.ok(share(inCategory("스포츠", "연예인", "음악", "영화", "가요"), (post) => post.topics.length > 0) <= 0.1);
  });

  await t.test("should agree with the posts' own categories where they name a topic", () => {
    const agreement: [string[], string, number][] = [
      [["의학", "질병", "보건"], "health", 0.9],
      [["금융", "대출", "암호화폐", "증권"], "finance", 0.9],
      [["자동차"], "ev-batteries", 0.6],
      [["IT"], "digital", 0.7],
      [["환경"], "climate-environment", 0.6],
      [["국방"], "security-diplomacy", 0.35],
    ];
    for (const [categories, topic, atLeast] of agreement) {
      const agreed = share(inCategory(...categories), (post) => post.topics.includes(topic));
      assert.ok(agreed >= atLeast, `${categories.join("/")}: ${(agreed * 100).toFixed(0)}% ${topic}`);
    }
  });

  await t.test("should give every topic some posts and no topic more than a sixth of them", () => {
    for (const { id } of taxonomy.topics) {
      const tagged = share(posts, (post) => post.topics.includes(id));
      assert.ok(tagged > 0 && tagged < 1 / 6, `${id}: ${(tagged * 100).toFixed(1)}%`);
    }
  });

  await t.test("should file the Kazakhstan lithium story under critical minerals", () => {
    const story = posts.find((post) => post.path.endsWith(join("frowth-official__frowth-official.github.io", "2024-06-13-1.md")));
    assert.ok(story, "the story is in the corpus");
    assert.equal(story.topics[0], "critical-minerals");
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
