/** `sillok build` writes the whole site of DESIGN.md, "The site", reproducibly. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { buildSite, listFiles, sampleContent, TEMPLATE_ARTICLE } from "./build-site.ts";

const SAMPLE_000 = "articles/undated/han-kajaheuseutan-haeksimgwangmul-tamsa-hyeomnyeok-ganghwa/index.html";

test("sillok build", async (t) => {
  const content = sampleContent({ "2024-07-24-template.md": TEMPLATE_ARTICLE });
  const built = buildSite(content);
  const read = (path: string) => readFileSync(join(built.out, path), "utf8");

  await t.test("should build the content folder and say what it wrote", () => {
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /files read   6 \(6 parsed, 0 from the cache\)\n  articles     6 \(6 stories, 0 duplicates\)/);
  });

  await t.test("should write every page and file of the design's URL table", () => {
    const files = new Set(listFiles(built.out));
    for (const path of [
      "index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", ".nojekyll",
      "topics/index.html", "topics/critical-minerals/index.html", "topics/critical-minerals/feed.xml",
      "countries/index.html", "countries/kz/index.html", "countries/kz/feed.xml",
      "publishers/index.html", "publishers/nyuseudao/index.html",
      "archive/index.html", "archive/2024/07/index.html", "archive/undated/index.html",
      SAMPLE_000,
    ]) assert.ok(files.has(path), `${path} is missing`);
  });

  await t.test("should show newest stories, topics and countries with counts on home", () => {
    const home = read("index.html");
    assert.match(home, /<html lang="ko">/);
    assert.equal(home.match(/<li><h3>/g)?.length, 6);
    assert.match(home, /href="\/topics\/critical-minerals\/">핵심광물<span class="n">5<\/span>/);
    assert.match(home, /href="\/countries\/kz\/">카자흐스탄<span class="n">5<\/span>/);
    assert.ok(!home.includes('href="/countries/kr/">'), "the home country is not among home's countries");
  });

  await t.test("should give an article its date, publisher, source, terms, related stories and metadata", () => {
    const page = read(SAMPLE_000);
    assert.match(page, /<h1>한-카자흐스탄, 핵심광물 탐사 협력 강화<\/h1>/);
    assert.match(page, /날짜 미상 · 뉴스다오/);
    assert.match(page, /href="https:\/\/newsdao.kr\/4208"/);
    assert.match(page, /<a href="\/topics\/critical-minerals\/">핵심광물<\/a>/);
    assert.match(page, /<a href="\/countries\/kz\/">카자흐스탄<\/a>.*<a href="\/countries\/kr\/">한국<\/a>/s);
    assert.match(page, /<h2 id="related">관련 기사<\/h2>/);
    assert.match(page, /<meta property="og:title" content="한-카자흐스탄, 핵심광물 탐사 협력 강화">/);
    const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    assert.equal(jsonLd["@type"], "NewsArticle");
    assert.equal(jsonLd.publisher.name, "뉴스다오");
    assert.equal(jsonLd.isBasedOn, "https://newsdao.kr/4208");
  });

  await t.test("should write a dated article's Korean date and list it in its month", () => {
    const page = read("articles/2024/07/7-7-jemok-include-x/index.html");
    assert.match(page, /<time datetime="2024-07-24">2024년 7월 24일<\/time>/);
    assert.match(read("archive/2024/07/index.html"), /href="\/articles\/2024\/07\/7-7-jemok-include-x\/"/);
  });

  await t.test("should show a saved page's headline once, as the title", () => {
    const page = read("articles/undated/sangho-bowanjeok-saneopgujo-gatchwo/index.html");
    assert.match(page, /<h1>“상호 보완적 산업구조 갖춰”<\/h1>/);
    assert.match(page, /<div class="body">\n<p>“핵심광물 공급망 협력 강화해야”<\/p>/, "the body goes on after the line that became the title");
  });

  await t.test("should show template syntax in content literally", () => {
    const page = read("articles/2024/07/7-7-jemok-include-x/index.html");
    assert.match(page, /<h1>\{\{ 7\*7 \}\} 제목 \{% include &quot;x&quot; %\}<\/h1>/);
    assert.ok(page.includes("{% include &quot;x&quot; %} 그리고 {{ 7*7 }} 그대로 보여야 합니다.") || page.includes('{% include "x" %} 그리고 {{ 7*7 }} 그대로 보여야 합니다.'));
    assert.ok(!page.includes("49 제목"));
    assert.match(read("feed.xml"), /\{\{ 7\*7 \}\} 제목/);
  });

  await t.test("should write Atom feeds, a sitemap and robots.txt with absolute URLs", () => {
    const feed = read("feed.xml");
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    assert.equal(feed.match(/<entry>/g)?.length, 6);
    assert.match(feed, /<updated>2024-07-24T00:00:00.000Z<\/updated>/);
    const sitemap = read("sitemap.xml");
    assert.match(sitemap, /<loc>http:\/\/localhost:8080\/articles\/2024\/07\/7-7-jemok-include-x\/<\/loc><lastmod>2024-07-24<\/lastmod>/);
    assert.match(read("robots.txt"), /^Sitemap: http:\/\/localhost:8080\/sitemap.xml$/m);
    assert.match(built.stderr, /config\/site.yaml: url: not set/);
  });

  await t.test("should paginate a term 20 stories a page with every page number", () => {
    const many = Object.fromEntries(
      Array.from({ length: 45 }, (_, i) => [`2023-01-${String((i % 28) + 1).padStart(2, "0")}-u${i}.md`, `---\ntitle: 우즈베키스탄 소식 ${i}번\n---\n<p>우즈베키스탄 타슈켄트 소식 ${i}번입니다. 우즈베키스탄 정부가 발표했습니다.</p>\n`]),
    );
    const big = buildSite(sampleContent(many));
    assert.equal(big.status, 0, big.stderr);
    const third = readFileSync(join(big.out, "countries/uz/page/3/index.html"), "utf8");
    assert.match(third, /<a href="\/countries\/uz\/page\/2\/" rel="prev"|<a rel="prev" href="\/countries\/uz\/page\/2\/">/);
    assert.match(third, /aria-current="page" aria-label="3쪽">3</);
    assert.equal(third.match(/<li><h2>/g)?.length, 46 - 40);
  });

  await t.test("should prefix every internal URL under --pathprefix", () => {
    const prefixed = buildSite(content, ["--pathprefix", "/archive/"]);
    assert.equal(prefixed.status, 0, prefixed.stderr);
    const home = readFileSync(join(prefixed.out, "index.html"), "utf8");
    assert.match(home, /href="\/archive\/topics\/critical-minerals\/"/);
    assert.ok(!/(?:href|src)="\/(?!archive\/)/.test(home), "an absolute link without the prefix");
    assert.match(readFileSync(join(prefixed.out, "feed.xml"), "utf8"), /<link href="http:\/\/localhost:8080\/archive\/articles\//);
  });

  await t.test("should write byte-identical output for the same content", () => {
    const again = buildSite(content);
    const files = listFiles(built.out);
    assert.deepEqual(listFiles(again.out), files);
    for (const file of files) assert.ok(readFileSync(join(built.out, file)).equals(readFileSync(join(again.out, file))), `${file} differs`);
  });
});
