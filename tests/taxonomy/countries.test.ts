/** The country finder: names, aliases, joined forms, regions, common words that need context, ranking, the real corpus. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { countryName, findCountries, regionName, type CountryMatch } from "../../src/taxonomy/countries.ts";

const countriesOf = (text: string, title?: string): string[] => findCountries(text, title).countries;
/** Asserts the countries found in each text, in order. */
function expectCountries(cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) assert.deepEqual(countriesOf(text), expected, text);
}

test("findCountries", async (t) => {
  await t.test("should find package names inside words, before particles", () => {
    expectCountries([
      ["윤석열 대통령은 카자흐스탄을 국빈 방문했다", ["KZ"]],
      ["한국과 베트남이 협력한다", ["KR", "VN"]],
      ["우즈베키스탄과의 협력", ["UZ"]],
      ["도미니카공화국에서", ["DO"]],
    ]);
  });

  await t.test("should let the longest name win", () => {
    expectCountries([
      ["인도네시아 자카르타에서", ["ID"]],
      ["소말리아 해역", ["SO"]],
      ["남수단 정부는", ["SS"]],
      ["파푸아뉴기니에", ["PG"]],
      ["도미니카 공화국에", ["DO"]],
      ["볼리비아의 리튬", ["BO"]],
    ]);
  });

  await t.test("should count the press's forms of country names", () => {
    const cases: Array<[string, string]> = [
      ["한국", "KR"], ["대한민국", "KR"], ["우리나라", "KR"], ["남한", "KR"],
      ["북한", "KP"], ["북조선", "KP"], ["조선민주주의인민공화국", "KP"],
      ["미국", "US"], ["영국", "GB"], ["중국", "CN"], ["일본", "JP"], ["베트남", "VN"], ["러시아", "RU"],
      ["대만", "TW"], ["타이완", "TW"], ["호주", "AU"], ["독일", "DE"], ["프랑스", "FR"], ["체코", "CZ"],
      ["카자흐", "KZ"], ["우즈벡", "UZ"], ["투르크", "TM"], ["투르크메니스탄", "TM"], ["키르기스", "KG"],
      ["타지크", "TJ"], ["튀르키예", "TR"], ["터키", "TR"], ["UAE", "AE"], ["아랍에미리트", "AE"],
      ["사우디", "SA"], ["사우디아라비아", "SA"], ["남아공", "ZA"], ["몽골", "MN"],
    ];
    for (const [name, code] of cases) assert.deepEqual(countriesOf(`${name}의 발표`), [code], name);
  });

  await t.test("should not read 조선 as North Korea", () => {
    expectCountries([
      ["조선비즈", []],
      ["조선일보 기자", []],
      ["조선 시대의 외교", []],
      ["북한 매체 조선중앙통신", ["KP"]],
    ]);
  });

  await t.test("should count standalone Hanja abbreviations", () => {
    expectCountries([
      ["“韓, 카자흐 제조 발전 전략의 핵심 파트너”", ["KR", "KZ"]],
      ["美 대선", ["US"]],
      ["北 미사일 발사", ["KP"]],
      ["英 총리, 佛 대통령, 獨 총리, 露 외무장관", ["GB", "FR", "DE", "RU"]],
      ["中·日 정상", ["CN", "JP"]],
      ["韓美 동맹", ["KR", "US"]],
      ["日대만 제치고", ["JP", "TW"]],
    ]);
  });

  await t.test("should ignore Hanja inside Hanja words and dates", () => {
    expectCountries([
      ["中企 지원", []],
      ["美術 전시", []],
      ["3月 5日 발표", []],
      ["関心이集中되고", []],
    ]);
  });

  await t.test("should count every side of a joined form", () => {
    expectCountries([
      ["한-카자흐 협력", ["KR", "KZ"]],
      ["한-카자흐협력", ["KR", "KZ"]],
      ["한·베 정상회담", ["KR", "VN"]],
      ["한ㆍ베트남 교역", ["KR", "VN"]],
      ["한베트남 공동연구", ["KR", "VN"]],
      ["한UAE 협약", ["KR", "AE"]],
      ["한미 동맹", ["KR", "US"]],
      ["한중 관계", ["KR", "CN"]],
      ["한일 정상", ["KR", "JP"]],
      ["미·중 갈등", ["US", "CN"]],
      ["한·미·일 공조", ["KR", "US", "JP"]],
      ["러·북 군사협력", ["RU", "KP"]],
      ["한·중관계", ["KR", "CN"]],
      ["한-인도 CEPA", ["KR", "IN"]],
    ]);
    assert.deepEqual(findCountries("한-중앙아 K실크로드"), { countries: ["KR"], regions: ["central-asia"] });
  });

  await t.test("should not count one-syllable forms outside joined forms", () => {
    expectCountries([
      ["그중 하나", []],
      ["일·생활 균형", []],
      ["영·호남 화합", []],
      ["대·중소기업 상생", []],
      ["초·중·고 학생", []],
      ["K-미술 전시", []],
      ["경북·전북", []],
      ["동북·중부", []],
    ]);
  });

  await t.test("should not read company and place names as countries", () => {
    expectCountries([
      ["한미약품 주가", []],
      ["한일시멘트 실적", []],
      ["북한산 등산로", []],
      ["남한강 자전거길", []],
      ["대만족입니다", []],
      ["호주머니 속", []],
      ["그리스도의 사랑", []],
      ["페이스페인팅 체험", []],
    ]);
  });

  await t.test("should not read a person's given name as a country", () => {
    expectCountries([
      ["박영국 기자", []],
      ["김태국 씨", []],
      ["주영국 대사관", ["GB"]],
    ]);
  });

  await t.test("should put regions in regions and add no country", () => {
    const cases: Array<[string, string]> = [
      ["중앙아시아", "central-asia"], ["중앙아 순방", "central-asia"], ["동남아", "southeast-asia"],
      ["동남아시아", "southeast-asia"], ["아세안", "southeast-asia"], ["ASEAN", "southeast-asia"],
      ["중동", "middle-east"], ["유럽", "europe"], ["EU", "europe"], ["아프리카", "africa"], ["중남미", "latin-america"],
    ];
    for (const [name, id] of cases) assert.deepEqual(findCountries(`${name} 지역과의 협력`), { countries: [], regions: [id] }, name);
  });

  await t.test("should not read other words as regions", () => {
    for (const text of ["중앙아파트 분양", "아프리카돼지열병 확산", "2026 북중미 월드컵", "중동부 유럽", "EUV 장비"]) {
      const { regions } = findCountries(text);
      assert.ok(!regions.includes("central-asia") && !regions.includes("africa") && !regions.includes("middle-east"), text);
    }
    assert.deepEqual(findCountries("EUV 장비").regions, []);
  });

  await t.test("should not count common words that are also country names", () => {
    expectCountries([
      ["정책 수단을 통해", []],
      ["교통 수단 시장", []],
      ["한국 선수단", ["KR"]],
      ["인도적 지원", []],
      ["물품을 인도하다", []],
      ["인도주의 원칙", []],
      ["차량이 인도로 돌진", []],
      ["인도·태평양 전략", []],
      ["한국과 인도·태평양 국가", ["KR"]],
      ["오만한 태도", []],
      ["오만 원", []],
      ["협력이란 무엇인가", []],
      ["이란성 쌍둥이", []],
      ["가나다라", []],
      ["논란에 휘말리며", []],
      ["싸움을 말리는 사람", []],
      ["피지컬 훈련", []],
      ["LPG부탄 세율", []],
      ["현대차 조지아주 공장", []],
      ["미국 조지아 주", ["US"]],
      ["휘닉스 아일랜드 호텔", []],
      ["베트남. 인도는 덥다", ["VN"]],
    ]);
  });

  await t.test("should count those words as countries with context", () => {
    expectCountries([
      ["인도 정부는", ["IN"]],
      ["인도의 수출", ["IN"]],
      ["이란 핵 협상", ["IR"]],
      ["인도와 베트남", ["IN", "VN"]],
      ["베트남, 인도", ["VN", "IN"]],
      ["미국 및 이란", ["US", "IR"]],
      ["오만 정부", ["OM"]],
      ["가나 대통령", ["GH"]],
      ["수단 내전", ["SD"]],
      ["푸살라 신두(인도)는", ["IN"]],
      ["인도산 쌀", ["IN"]],
      ["주인도 대사관", ["IN"]],
      ["조지아 정부", ["GE"]],
    ]);
  });

  await t.test("should count a word's other mentions once one has context", () => {
    assert.deepEqual(countriesOf("베트남 시장. 인도 정부는 발표했다. 인도에서는 인도를"), ["IN", "VN"]);
    assert.deepEqual(countriesOf("베트남 시장. 인도에서는 인도를"), ["VN"]);
    assert.deepEqual(countriesOf("인도에서는 인도를", "한-인도 수교"), ["IN", "KR"]);
  });

  await t.test("should rank by mentions, a title mention counting three", () => {
    assert.deepEqual(countriesOf("미국 미국 일본"), ["US", "JP"]);
    assert.deepEqual(countriesOf("미국 미국 일본", "일본"), ["JP", "US"]);
    assert.deepEqual(countriesOf("일본 미국"), ["JP", "US"]);
    assert.deepEqual(countriesOf("미국 일본"), ["US", "JP"]);
    assert.deepEqual(countriesOf("미국 미국 미국", "일본"), ["JP", "US"], "a tie goes to the title");
  });

  await t.test("should rank Korea like any other country", () => {
    assert.deepEqual(countriesOf("한국과 카자흐스탄은 카자흐스탄에서"), ["KZ", "KR"]);
    assert.deepEqual(countriesOf("한국은 한국에서 카자흐스탄과"), ["KR", "KZ"]);
  });

  await t.test("should match English names as whole capitalised words only", () => {
    expectCountries([
      ["Korea and Kazakhstan", ["KR", "KZ"]],
      ["North Korea", ["KP"]],
      ["USAID 지원", []],
      ["Korean food", []],
      ["us and them", []],
      ["Georgia, Jordan, Chad, Turkey", []],
    ]);
  });

  await t.test("should find names in decomposed Hangul", () => {
    assert.deepEqual(countriesOf("카자흐스탄".normalize("NFD")), ["KZ"]);
  });

  await t.test("should give the bundled samples their countries", () => {
    const read = (file: string): { text: string; title: string | undefined } => {
      const raw = readFileSync(join("content", file), "utf8");
      return { text: raw, title: /^title: (.*)$/m.exec(raw)?.[1] };
    };
    const found = (file: string): CountryMatch => {
      const { text, title } = read(file);
      return findCountries(text, title);
    };
    const s000 = found("000_466457913685eacd.txt");
    assert.equal(s000.countries[0], "KZ");
    assert.ok(s000.countries.includes("KR") && s000.countries.includes("KP"));
    const s001 = read("001_22f0ed1ac3ef2e6f.txt");
    const article001 = s001.text.slice(0, s001.text.indexOf("번호 제목")); // up to the site's news list
    assert.deepEqual(findCountries(article001), { countries: ["KZ", "KR"], regions: ["central-asia"] });
    const s002 = found("002_2b12c9455bb1ebb8.txt");
    for (const code of ["TM", "KZ", "UZ", "KR"]) assert.ok(s002.countries.includes(code), code);
    assert.ok(s002.regions.includes("central-asia"));
    assert.deepEqual(found("003_475dd9e98a73ed4f.txt").countries, ["KZ", "KR"]);
    assert.deepEqual(found("004_e2f57113b159d3a7.txt").countries, ["VN", "KR"]);
  });

  await t.test("should take well under a millisecond for 10 KB of text", () => {
    const sample = readFileSync(join("content", "004_e2f57113b159d3a7.txt"), "utf8");
    const text = sample.repeat(Math.ceil(10_000 / sample.length)).slice(0, 10_000);
    const runs = 100;
    let best = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      const start = performance.now();
      for (let i = 0; i < runs; i++) findCountries(text, "핵심광물 협력 한베트남 공동연구 협약 체결!");
      best = Math.min(best, (performance.now() - start) / runs);
    }
    assert.ok(best < 1, `${best.toFixed(3)} ms per call`);
  });
});

test("countryName", async (t) => {
  await t.test("should give the Korean name of a code, in either case", () => {
    assert.equal(countryName("KZ"), "카자흐스탄");
    assert.equal(countryName("kz"), "카자흐스탄");
    assert.equal(countryName("KR"), "한국");
    assert.equal(countryName("IN"), "인도");
  });

  await t.test("should fix the package's names where a Korean reader expects another", () => {
    assert.equal(countryName("KP"), "북한");
    assert.equal(countryName("TR"), "튀르키예");
    assert.equal(countryName("DO"), "도미니카 공화국");
    assert.equal(countryName("DM"), "도미니카 연방");
  });

  await t.test("should fall back to the code", () => {
    assert.equal(countryName("XX"), "XX");
  });
});

test("regionName", async (t) => {
  await t.test("should give the Korean name of a region", () => {
    assert.equal(regionName("central-asia"), "중앙아시아");
    assert.equal(regionName("southeast-asia"), "동남아시아");
  });

  await t.test("should fall back to the id", () => {
    assert.equal(regionName("atlantis"), "atlantis");
  });
});

test("findCountries on the real corpus", async (t) => {
  const root = resolve(process.cwd(), "../shared/corpus/real");
  if (!existsSync(root)) {
    t.skip("../shared/corpus/real is absent (it is not redistributable); CI has it");
    return;
  }
  const files = readdirSync(root, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) => readdirSync(join(root, dir.name)).filter((f) => f.endsWith(".md")).map((f) => join(root, dir.name, f)))
    .map((path) => {
      const raw = readFileSync(path, "utf8");
      const title = /^title:\s*(.*)$/m.exec(raw)?.[1]?.replace(/^['"]|['"]$/g, "");
      const text = raw.replace(/<[^>]*>/g, " ");
      return { path, raw, title, text, found: findCountries(text, title) };
    });

  await t.test("should read the whole corpus", () => {
    assert.ok(files.length > 1000, `${files.length} files`);
  });

  await t.test("should give no file more than 15 countries, and few files more than 5", () => {
    for (const file of files) assert.ok(file.found.countries.length <= 15, `${file.path}: ${file.found.countries.join(" ")}`);
    const many = files.filter((file) => file.found.countries.length > 5).length;
    assert.ok(many <= files.length * 0.02, `${many} files with more than 5 countries`);
  });

  await t.test("should find a country in a good part of the files, Korea most often", () => {
    const withCountry = files.filter((file) => file.found.countries.length > 0);
    assert.ok(withCountry.length >= files.length * 0.3, `${withCountry.length} of ${files.length}`);
    const counts = new Map<string, number>();
    for (const file of files) for (const code of file.found.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    assert.equal(ranked[0], "KR");
    assert.deepEqual(new Set(ranked.slice(1, 4)), new Set(["US", "JP", "CN"]));
  });

  await t.test("should return only known upper-case codes and known regions", () => {
    for (const file of files) {
      for (const code of file.found.countries) assert.ok(/^[A-Z]{2}$/.test(code) && countryName(code) !== code, `${file.path}: ${code}`);
      for (const id of file.found.regions) assert.notEqual(regionName(id), id, `${file.path}: ${id}`);
    }
  });

  await t.test("should give files titled after a country that country", () => {
    const titled: Array<[RegExp, string]> = [[/카자흐/, "KZ"], [/베트남/, "VN"], [/UAE|아랍에미리트/, "AE"], [/쿠바/, "CU"]];
    for (const [pattern, code] of titled) {
      const hits = files.filter((file) => pattern.test(file.title ?? ""));
      assert.ok(hits.length > 0, `no title matches ${pattern}`);
      for (const file of hits) assert.ok(file.found.countries.includes(code), `${file.path}: ${file.title}`);
    }
  });

  await t.test("should never find North Korea in 조선비즈 or 조선일보", () => {
    const lines = files.flatMap((file) => file.text.split("\n")).filter((line) => /조선(비즈|일보)/.test(line));
    assert.ok(lines.length > 0);
    for (const line of lines.filter((l) => !/북한|북조선|조선민주주의|北|북[-·ㆍ]|[-·ㆍ]북/.test(l))) {
      assert.ok(!countriesOf(line).includes("KP"), line);
    }
  });

  await t.test("should find no country in the corpus's common words (수단, 오만, 말리, 부탄, 피지, 조지아주, 휘닉스 아일랜드)", () => {
    for (const code of ["SD", "OM", "ML", "BT", "FJ", "GE", "IE"]) {
      const hits = files.filter((file) => file.found.countries.includes(code));
      assert.deepEqual(hits.map((file) => file.path), [], code);
    }
  });

  await t.test("should not find India where 인도 is only 인도적", () => {
    const humanitarian = files.filter((file) => {
      const uses = [...file.text.matchAll(/인도(?!네시아)(.)/g)].map((m) => m[1]);
      return uses.length > 0 && uses.every((next) => next === "적");
    });
    assert.ok(humanitarian.length > 0);
    for (const file of humanitarian) assert.ok(!file.found.countries.includes("IN"), file.path);
  });
});
