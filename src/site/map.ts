/**
 * A choropleth world map of article counts per country, drawn at build time as an inline SVG string.
 * No JavaScript reaches the page: colours come from the classes in MAP_CSS, names and counts from <title>s.
 */
import { besideBundle, packageJson } from "../package-root.ts";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface MapOptions {
  /** Article counts per ISO 3166-1 alpha-2 code (uppercase), e.g. { KZ: 12, UZ: 3, KR: 900 }. */
  counts: Record<string, number>;
  /** The archive's home country (e.g. "KR"): drawn hatched and left out of the colour scale. */
  homeCountry: string | null;
  /** URL of a country's page. Only countries with count > 0 get a link. */
  href: (code: string) => string;
  /** Korean display name of a country, e.g. "카자흐스탄". */
  name: (code: string) => string;
}

/** One projected country: its alpha-2 code (null when the atlas has no ISO id) and its SVG path data. */
interface Shape { code: string | null; d: string }
interface Geometry { width: number; height: number; shapes: Shape[] }

const WIDTH = 960;
const TITLE_ID = "world-map-title";
const HATCH_ID = "world-map-hatch";
const BUCKETS = 5;
const ANTARCTICA = "010";
const countFormat = new Intl.NumberFormat("ko-KR");

let cached: Geometry | undefined;

/** Tenths of a unit as a short number: 12 -> "1.2", -5 -> "-.5". */
const tenths = (t: number): string => (t / 10).toString().replace(/^(-?)0\./, "$1.");

/**
 * A d3 path context writing compact SVG path data: relative moves in tenths of a unit (the rounding is done on
 * absolute positions, so it never drifts), implicit linetos, no separator before a minus, repeated points dropped.
 */
function compactPath() {
  let d = "", x = 0, y = 0, x0 = 0, y0 = 0;
  const to = (px: number, py: number, move: boolean): void => {
    const X = Math.round(px * 10), Y = Math.round(py * 10);
    if (!move && X === x && Y === y) return;
    const [dx, dy] = [tenths(X - x), tenths(Y - y)];
    d += (move ? "m" : dx.startsWith("-") ? "" : " ") + dx + (dy.startsWith("-") ? "" : " ") + dy;
    [x, y] = [X, Y];
    if (move) [x0, y0] = [X, Y];
  };
  return {
    moveTo: (px: number, py: number) => to(px, py, true),
    lineTo: (px: number, py: number) => to(px, py, false),
    closePath: () => { d += "z"; [x, y] = [x0, y0]; },
    beginPath: () => {}, arc: () => {},
    take: (): string => { const out = d; d = ""; x = y = 0; return out; },
  };
}

/** The projected countries, once per process; run from a bundle, once per version of the code. */
function geometry(): Geometry {
  cached ??= JSON.parse(besideBundle("map-geometry.json", () => JSON.stringify(project()))) as Geometry;
  return cached;
}

/** Reads the atlas and projects every country. */
function project(): Geometry {
  const topology = packageJson("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection }>;
  const alpha2 = new Map<string, string>();
  for (const c of packageJson("world-countries/countries.json") as { ccn3: string; cca2: string }[]) {
    if (c.ccn3) alpha2.set(c.ccn3, c.cca2);
  }
  const land = feature(topology, topology.objects.countries);
  land.features = land.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitWidth(WIDTH, land);
  const height = Math.ceil(geoPath(projection).bounds(land)[1][1]);
  const context = compactPath();
  const path = geoPath(projection, context);
  const shapes: Shape[] = [];
  for (const f of land.features) {
    path(f);
    const d = context.take();
    if (d) shapes.push({ code: alpha2.get(String(f.id)) ?? null, d });
  }
  return { width: WIDTH, height, shapes };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Colour bucket 1..5 of a count > 0 on a log scale whose top is `max` (equal steps of log(count)/log(max); the
 * epsilon puts exact powers such as 2 of 32 in the upper bucket despite rounding). */
function bucket(count: number, max: number): number {
  if (max <= 1) return BUCKETS;
  const t = Math.log(Math.min(count, max)) / Math.log(max);
  return 1 + Math.min(BUCKETS - 1, Math.floor(BUCKETS * t + 1e-9));
}

/** The map as an `<svg>` string: byte-identical for the same options. */
export function drawWorldMap(options: MapOptions): string {
  const { counts, homeCountry, href, name } = options;
  const { width, height, shapes } = geometry();
  const countOf = (code: string): number => Math.max(0, Number.isFinite(counts[code]) ? counts[code]! : 0);
  const max = Math.max(0, ...Object.keys(counts).filter((c) => c !== homeCountry).map(countOf));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="world-map" aria-labelledby="${TITLE_ID}">`,
    `<title id="${TITLE_ID}">나라별 기사 수 지도</title>`,
    `<defs><pattern id="${HATCH_ID}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect class="hatch-bg" width="4" height="4"/><path class="hatch-line" d="M0 0V4"/></pattern></defs>`,
  ];
  for (const { code, d } of shapes) {
    if (code === null) { parts.push(`<path d="${d}" class="c-0"/>`); continue; }
    const count = countOf(code);
    const home = code === homeCountry;
    const label = escape(name(code));
    const title = home ? `${label} ${countFormat.format(count)}건 (기준 나라)` : count > 0 ? `${label} ${countFormat.format(count)}건` : label;
    const cls = home ? "home" : count > 0 ? `c-${bucket(count, max)}` : "c-0";
    const shape = `<path d="${d}" class="${cls}"><title>${title}</title></path>`;
    parts.push(count > 0 ? `<a href="${escape(href(code))}">${shape}</a>` : shape);
  }
  parts.push("</svg>");
  return parts.join("");
}

/** The counts each bucket covers for a given top count, as [bucket, low, high]; empty buckets are left out. */
function bucketRanges(max: number): [number, number, number][] {
  const ranges: [number, number, number][] = [];
  for (let n = 1; n <= max; ) {
    const b = bucket(n, max);
    let hi = b === BUCKETS ? max : Math.max(n, Math.floor(max ** (b / BUCKETS)));
    while (hi < max && bucket(hi + 1, max) === b) hi++;
    while (hi > n && bucket(hi, max) !== b) hi--;
    ranges.push([b, n, hi]);
    n = hi + 1;
  }
  return ranges;
}

/** A small HTML legend for the map: each non-empty bucket's range ("1–2건") and the home-country swatch. */
export function mapLegend(maxCount: number): string {
  const items = bucketRanges(Math.floor(maxCount)).map(([b, lo, hi]) => {
    const range = lo === hi ? countFormat.format(lo) : `${countFormat.format(lo)}–${countFormat.format(hi)}`;
    return `<li><span class="map-swatch c-${b}"></span>${range}건</li>`;
  });
  items.push(`<li><span class="map-swatch home"></span>기준 나라</li>`);
  return `<ul class="map-legend">${items.join("")}</ul>`;
}

/** Light and dark ramps: c-0 (no articles) then a blue sequential scale c-1..c-5. */
const LIGHT = ["#e3e6ea", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
const DARK = ["#2b3038", "#1b3a5c", "#21598f", "#2f7fcc", "#62a8ec", "#b3d8ff"];
const ramp = (colours: string[]): string =>
  colours.map((c, i) => `.world-map .c-${i}{fill:${c}}.map-legend .c-${i}{background:${c}}`).join("");
const theme = (colours: string[], border: string, hatchBg: string, hatchLine: string, focus: string): string =>
  ramp(colours) +
  `.world-map path{stroke:${border}}.world-map .hatch-bg{fill:${hatchBg}}.world-map .hatch-line{stroke:${hatchLine}}` +
  `.world-map a:hover path,.world-map a:focus path{stroke:${focus}}` +
  `.map-legend .home{background:repeating-linear-gradient(45deg,${hatchLine} 0 1px,${hatchBg} 1px 4px)}`;

/** Styles for the map and its legend, to put in the page's stylesheet. */
export const MAP_CSS =
  `.world-map{display:block;width:100%;height:auto}` +
  `.world-map path{stroke-width:.5;stroke-linejoin:round}.world-map .home{fill:url(#${HATCH_ID})}` +
  `.world-map .hatch-line{stroke-width:1.5}.world-map a:hover path,.world-map a:focus path{stroke-width:1.5}` +
  `.map-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0;font-size:.875rem}` +
  `.map-legend li{display:flex;align-items:center;gap:.375rem}` +
  `.map-swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #0003}` +
  theme(LIGHT, "#fff", "#f1f2f4", "#9aa1ab", "#111") +
  `@media (prefers-color-scheme:dark){${theme(DARK, "#14171c", "#3a3f47", "#7b828c", "#fff")}.map-swatch{border-color:#fff3}}`;
