/** The five sample articles of content/: the whole expected Article, every sentence kept, every piece of chrome gone. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runFile, sampleDir, squash, visibleLines } from "../helpers.ts";

interface Expected {
  file: string;
  title: string;
  publisher: string | null;
  sourceUrl: string | null;
  countries: string[];
  regions: string[];
  topics: string[];
  /** Lines of the raw file that are chrome (matched as substrings of the visible line). */
  chrome: string[];
}

const SAMPLES: Expected[] = [
  {
    file: "000_466457913685eacd.txt",
    title: "한-카자흐스탄, 핵심광물 탐사 협력 강화",
    publisher: "뉴스다오",
    sourceUrl: "https://newsdao.kr/4208",
    countries: ["KZ", "KR", "KP"],
    regions: [],
    topics: ["critical-minerals", "security-diplomacy", "energy", "finance"],
    chrome: ["출처:", "공공누리", "신속 뉴스 바로가기"],
  },
  {
    file: "001_22f0ed1ac3ef2e6f.txt",
    title: "“상호 보완적 산업구조 갖춰”",
    publisher: "조선비즈",
    sourceUrl: null,
    countries: ["KZ", "KR"],
    regions: ["central-asia"],
    topics: ["trade-investment", "critical-minerals", "infrastructure"],
    chrome: ["메뉴 건너뛰기", "조선비즈", "번호 제목 글쓴이 날짜", "랭크뉴스 2024.07.24"],
  },
  {
    file: "002_2b12c9455bb1ebb8.txt",
    title: "중앙아, 에너지, 인프라, 광물 K실크로드와의 첫발 협력",
    publisher: "firstkoreanews",
    sourceUrl: null,
    // Korea first: 한-투르크, 한-카자흐, 한-우즈베키스탄 and 한국 name it more often than any one partner.
    countries: ["KR", "UZ", "TM", "KZ"],
    regions: ["central-asia", "europe"],
    topics: ["trade-investment", "critical-minerals", "infrastructure", "energy"],
    chrome: [],
  },
  {
    file: "003_475dd9e98a73ed4f.txt",
    title: "양국 대통령 정상회담을 통해 배터리 생산의 필수 물질인 ‘희토류’ 협력에 기대감",
    publisher: "K글로벌타임스",
    sourceUrl: null,
    countries: ["KZ", "KR"],
    regions: [],
    topics: ["smes-startups", "ev-batteries", "trade-investment", "critical-minerals"],
    chrome: ["저작권자 © K글로벌타임스 무단전재 및 재배포 금지"],
  },
  {
    file: "004_e2f57113b159d3a7.txt",
    title: "핵심광물 협력 한베트남 공동연구 협약 체결!",
    publisher: "뉴스다오",
    sourceUrl: "https://newsdao.kr/2766",
    countries: ["VN", "KR"],
    regions: [],
    topics: ["trade-investment", "critical-minerals", "energy", "climate-environment"],
    chrome: ["출처:", "자료 출처: 정책브리핑", "기사 작성: 관리자", "저자:", "링크", "원하는 뉴스 찾아보기"],
  },
];

const EVERYWHERE_CHROME = ["메뉴 건너뛰기", "무단전재", "무단 전재", "바로가기 👉", "찾아보기 👉", "공공누리", "newsdao_breakingnews", "속보", "랭크뉴스"];

test("sample articles", async (t) => {
  for (const expected of SAMPLES) {
    await t.test(`should read ${expected.file} into the expected Article`, () => {
      const result = runFile(join(sampleDir(), expected.file));
      assert.equal(result.status, "ok", JSON.stringify(result.problems));
      const a = result.article!;
      assert.deepEqual(
        { title: a.title, date: a.date, dateSource: a.dateSource, publisher: a.publisher, sourceUrl: a.sourceUrl, countries: a.countries, regions: a.regions, topics: a.topics },
        { title: expected.title, date: null, dateSource: null, publisher: expected.publisher, sourceUrl: expected.sourceUrl, countries: expected.countries, regions: expected.regions, topics: expected.topics },
      );
      assert.match(a.url, /^\/articles\/undated\/[a-z0-9-]+\/$/);
    });

    await t.test(`should keep every article line of ${expected.file} in text`, () => {
      const raw = readFileSync(join(sampleDir(), expected.file), "utf8");
      const text = squash(runFile(join(sampleDir(), expected.file)).article!.text);
      const newsList = raw.indexOf("번호 제목 글쓴이 날짜");
      const body = newsList === -1 ? raw : raw.slice(0, newsList);
      for (const line of visibleLines(body)) {
        if (expected.chrome.some((c) => line.includes(c)) || /^(?:-{3}|\*{3}|<hr>)$/.test(line) || line === "```") continue;
        if (/^- /.test(line)) assert.ok(text.includes(line.slice(2)), `missing lede bullet: ${line}`);
        else assert.ok(text.includes(line), `missing article line: ${line}`);
      }
    });

    await t.test(`should drop every piece of chrome of ${expected.file}`, () => {
      const a = runFile(join(sampleDir(), expected.file)).article!;
      for (const chrome of [...expected.chrome.filter((c) => c !== "링크"), ...EVERYWHERE_CHROME]) {
        assert.ok(!a.text.includes(chrome), `chrome left in text: ${chrome}`);
        assert.ok(!a.html.includes(chrome), `chrome left in html: ${chrome}`);
      }
      assert.ok(!/<img[^>]*(?:속보|breakingnews)/.test(a.html), "banner image left");
      assert.ok(!a.images.some((src) => /breakingnews/.test(src)), "banner image listed in images");
    });
  }

  await t.test("should drop all twenty footer headlines of 001", () => {
    const raw = readFileSync(join(sampleDir(), "001_22f0ed1ac3ef2e6f.txt"), "utf8");
    const rows = raw.slice(raw.indexOf("번호 제목 글쓴이 날짜")).split("\n").slice(1).filter(Boolean);
    assert.equal(rows.length, 20);
    const a = runFile(join(sampleDir(), "001_22f0ed1ac3ef2e6f.txt")).article!;
    for (const row of rows) {
      const headline = row.replace(/^\d+\s+/, "").replace(/\s+랭크뉴스\s+\S+$/, "");
      assert.ok(!a.text.includes(headline), `footer headline left: ${headline}`);
    }
  });

  await t.test("should keep one copy of each repeated caption of 003", () => {
    const text = runFile(join(sampleDir(), "003_475dd9e98a73ed4f.txt")).article!.text;
    const count = (s: string) => text.split(s).length - 1;
    assert.equal(count("(좌)카심-조마르트 토카예프 카자흐스탄 대통령 (우)문재인 대통령 (사진 = 청와대)"), 1);
    assert.equal(count("(사진 = 한국무역협회)"), 1);
    assert.equal(count("(사진 = 중소벤처기업진흥공단)"), 1);
    assert.ok(text.includes("* CIS(Commonwealth of Independent States) : 소련 해체 후 구성된 독립국가연합"), "footnote kept");
  });

  await t.test("should keep the pull quotes of 001 in order at the top", () => {
    const text = runFile(join(sampleDir(), "001_22f0ed1ac3ef2e6f.txt")).article!.text;
    assert.ok(text.startsWith("“상호 보완적 산업구조 갖춰”\n“핵심광물 공급망 협력 강화해야”\n“韓, 카자흐 제조 발전 전략의 핵심 파트너 \"\n"), text.slice(0, 120));
  });
});
