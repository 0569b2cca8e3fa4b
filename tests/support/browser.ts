/**
 * Headless Chromium for browser tests, driven by playwright-core with Debian's `chromium`
 * package (no Playwright browser download). Tests pass `{ skip: browserSkip() }`.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import axe from "axe-core";
import { chromium, type Browser, type LaunchOptions, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * A skip reason when Chromium is missing, else false. With SILLOK_REQUIRE_BROWSER=1 (CI) a
 * missing Chromium throws instead, so the browser tests cannot be skipped silently.
 */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.SILLOK_REQUIRE_BROWSER === "1") {
    throw new Error(`SILLOK_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: the browser tests would be skipped (apt-get install chromium)`);
  }
  return "Debian's chromium is not installed (apt-get install chromium); browser tests skipped";
}

/** Launch headless Chromium. Close it with `browser.close()` (e.g. in an `after` hook). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    ...options,
  });
}

/**
 * Collect everything that should fail a page test, as readable strings, from now on:
 * console errors, uncaught exceptions, failed requests and HTTP responses >= 400.
 * `allow` lists URLs (exact full URL, or a RegExp) expected to fail, e.g. the 404 page you
 * navigate to on purpose. The array is live: read it at the end, or empty it between steps.
 */
export function watchConsole(page: Page, allow: readonly (string | RegExp)[] = []): { errors: string[] } {
  const errors: string[] = [];
  const allowed = (url: string): boolean => allow.some((a) => (typeof a === "string" ? a === url : a.test(url)));

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium logs "Failed to load resource" for each failed load: the network events below
    // already report those (once, with allow-list), and the only loads they do not see are the
    // browser's own, like its /favicon.ico request for pages without <link rel="icon">.
    if (message.text().startsWith("Failed to load resource")) return;
    const where = message.location().url;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "unknown";
    // Aborted requests are the browser cancelling work when a click navigates away.
    if (reason === "net::ERR_ABORTED" || allowed(request.url())) return;
    errors.push(`requestfailed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !allowed(response.url())) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  return { errors };
}

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  /** One CSS selector per offending element (axe's target path joined with " "). */
  nodes: string[];
}

/** Run axe-core on the current page; return only its "serious" and "critical" violations. */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  type AxeWindow = { axe?: typeof axe };
  const loaded = await page.evaluate(() => typeof (window as unknown as AxeWindow).axe === "object");
  // Evaluated rather than added as a <script>: a page's Content-Security-Policy would block an
  // inline script tag (and log a console error); DevTools evaluation is exempt from CSP.
  if (!loaded) await page.evaluate(axe.source);
  const results: axe.AxeResults = await page.evaluate(() =>
    (window as unknown as Required<AxeWindow>).axe.run(document, { resultTypes: ["violations"] }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map((part) => (Array.isArray(part) ? part.join(" ") : part)).join(" ")),
    }));
}

/**
 * Full-page PNG at `width`×800 into test-output/screenshots/<name>-<width>.png (relative to
 * the current directory, the repo root under `npm test`). Returns the file's path.
 */
export async function screenshot(page: Page, name: string, width: number): Promise<string> {
  const path = join(process.cwd(), "test-output", "screenshots", `${name}-${width}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Serves `dir` (under `prefix`), opens a page in `browser` (JavaScript on or off), runs `use`,
 * and closes both whatever happens.
 */
export async function withPage<T>(
  browser: Browser,
  dir: string,
  use: (page: Page, site: import("./serve.ts").ServedSite) => Promise<T>,
  { prefix = "/", javaScript = true }: { prefix?: string; javaScript?: boolean } = {},
): Promise<T> {
  const { serveSite } = await import("./serve.ts");
  const site = await serveSite(dir, prefix);
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  try {
    return await use(await context.newPage(), site);
  } finally {
    await context.close();
    await site.close();
  }
}
