/** The world map is an inline SVG choropleth of article counts per country, with a legend and its CSS. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { drawWorldMap, mapLegend, MAP_CSS, type MapOptions } from "../../src/site/map.ts";

const NAMES: Record<string, string> = { KZ: "카자흐스탄", UZ: "우즈베키스탄", KR: "한국", MN: "몽골", FR: "프랑스" };
const options = (counts: Record<string, number>, extra: Partial<MapOptions> = {}): MapOptions => ({
  counts,
  homeCountry: "KR",
  href: (cc) => `/countries/${cc.toLowerCase()}/`,
  name: (cc) => NAMES[cc] ?? cc,
  ...extra,
});
/** The markup drawn for one country: its link (if any) and path, found by its title. */
const shapeOf = (svg: string, title: string): string | undefined =>
  svg.match(new RegExp(`(?:<a href="[^"]*">)?<path d="[^"]*" class="[^"]*"><title>${title}</title></path>(?:</a>)?`))?.[0];

test("drawWorldMap", async (t) => {
  const svg = drawWorldMap(options({ KZ: 12, UZ: 3, KR: 900, FR: 1 }));

  await t.test("should draw a responsive, labelled SVG", () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 \d+" class="world-map" aria-labelledby="world-map-title">/);
    assert.match(svg, /<title id="world-map-title">나라별 기사 수 지도<\/title>/);
    assert.ok(svg.endsWith("</svg>"));
    assert.doesNotMatch(svg.slice(0, svg.indexOf(">")), /\b(width|height)=/);
  });

  await t.test("should link a country with articles to its page, with its name and count, in the top bucket at the max", () => {
    const kz = shapeOf(svg, "카자흐스탄 12건");
    assert.ok(kz, "no shape titled 카자흐스탄 12건");
    assert.match(kz, /^<a href="\/countries\/kz\/"><path d="m[^"]+" class="c-5">/);
  });

  await t.test("should put smaller counts in lower buckets on a log scale", () => {
    assert.match(shapeOf(svg, "우즈베키스탄 3건") ?? "", /class="c-3"/);
    assert.match(shapeOf(svg, "프랑스 1건") ?? "", /class="c-1"/);
  });

  await t.test("should draw a country with no articles without a link", () => {
    const mn = shapeOf(svg, "몽골");
    assert.ok(mn, "no shape titled 몽골");
    assert.match(mn, /^<path d="[^"]+" class="c-0">/);
    assert.ok(!svg.includes('href="/countries/mn/"'));
  });

  await t.test("should draw the home country in its own style, linked, and leave it out of the scale", () => {
    const kr = shapeOf(svg, "한국 900건 \\(기준 나라\\)");
    assert.ok(kr, "no shape titled 한국 900건 (기준 나라)");
    assert.match(kr, /^<a href="\/countries\/kr\/"><path d="[^"]+" class="home">/);
    const two = drawWorldMap(options({ KR: 900, KZ: 10, UZ: 1 }));
    assert.match(shapeOf(two, "카자흐스탄 10건") ?? "", /class="c-5"/);
    assert.match(shapeOf(two, "우즈베키스탄 1건") ?? "", /class="c-1"/);
    assert.match(two, /<pattern id="world-map-hatch"/);
  });

  await t.test("should put a lone country with articles in the top bucket", () => {
    assert.match(shapeOf(drawWorldMap(options({ UZ: 1 })), "우즈베키스탄 1건") ?? "", /class="c-5"/);
  });

  await t.test("should draw every country, without Antarctica, including land with no ISO code", () => {
    const seen: string[] = [];
    const all = drawWorldMap(options({}, { name: (cc) => (seen.push(cc), cc) }));
    assert.ok(seen.length > 150, `only ${seen.length} named countries`);
    assert.ok(!seen.includes("AQ"));
    assert.ok(!all.includes("<a "));
    const untitled = all.match(/<path d="[^"]+" class="c-0"\/>/g) ?? [];
    assert.ok(untitled.length >= 1, "no plain land without a code (e.g. Kosovo)");
  });

  await t.test("should be deterministic", () => {
    assert.equal(drawWorldMap(options({ KZ: 12, UZ: 3, KR: 900, FR: 1 })), svg);
  });

  await t.test("should have no script and no style attributes", () => {
    assert.ok(!svg.includes("<script"));
    assert.ok(!svg.includes("style="));
  });

  await t.test("should escape names and links", () => {
    const odd = drawWorldMap(options({ KZ: 2 }, { name: () => `<b>"A&B's"</b>`, href: () => `/x?a=1&b="2"'` }));
    assert.ok(odd.includes("<title>&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt; 2건</title>"));
    assert.ok(odd.includes(`<a href="/x?a=1&amp;b=&quot;2&quot;&#39;">`));
    assert.ok(!odd.includes("<b>"));
  });

  await t.test("should stay under 100 KB", () => {
    assert.ok(Buffer.byteLength(svg) < 100_000, `${Buffer.byteLength(svg)} bytes`);
  });

  await t.test("should draw quickly once the geometry is cached", () => {
    const start = performance.now();
    for (let i = 0; i < 10; i++) drawWorldMap(options({ KZ: i + 1, KR: 5 }));
    assert.ok(performance.now() - start < 200, `${performance.now() - start} ms for 10 maps`);
  });

  await t.test("should list the buckets' ranges and the home country in the legend", () => {
    assert.equal(
      mapLegend(40),
      '<ul class="map-legend">' +
        '<li><span class="map-swatch c-1"></span>1–2건</li><li><span class="map-swatch c-2"></span>3–4건</li>' +
        '<li><span class="map-swatch c-3"></span>5–9건</li><li><span class="map-swatch c-4"></span>10–19건</li>' +
        '<li><span class="map-swatch c-5"></span>20–40건</li><li><span class="map-swatch home"></span>기준 나라</li></ul>',
    );
    assert.match(mapLegend(12345), /1,876–12,345건/);
    assert.match(mapLegend(1), /^<ul class="map-legend"><li><span class="map-swatch c-5"><\/span>1건<\/li><li>/);
    assert.equal(mapLegend(0), '<ul class="map-legend"><li><span class="map-swatch home"></span>기준 나라</li></ul>');
  });

  await t.test("should style every bucket, the home country and dark mode in MAP_CSS", () => {
    for (const cls of ["c-0", "c-1", "c-2", "c-3", "c-4", "c-5", "home"]) assert.ok(MAP_CSS.includes(`.world-map .${cls}{fill:`), cls);
    assert.match(MAP_CSS, /\.world-map\{[^}]*width:100%;height:auto/);
    assert.match(MAP_CSS, /a:focus path/);
    assert.match(MAP_CSS, /@media \(prefers-color-scheme:dark\)\{[^]*\.c-5\{fill:/);
  });
});
