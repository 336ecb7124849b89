// Opens pages of a built wtsa site from file:// in headless Chromium (through the DevTools
// protocol, with puppeteer-core) and fails when a page logs a console error or warning (a
// Content-Security-Policy violation is one), throws, fails to load something, holds a script,
// overflows a phone's width, or has a serious or critical accessibility violation by axe-core.
//
//   node tests/browser/site.mjs SITE_DIR [--screenshots DIR] PAGE[=NAME] …
//
// PAGE is a path inside SITE_DIR; with --screenshots, a page given as PAGE=NAME is also
// photographed (the top 1200 × 1000 px, what a reader sees first) as DIR/NAME.png. CHROMIUM names the browser
// binary (default: `chromium` on PATH). Prints one line per page and exits 1 on any problem.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = process.argv.slice(2);
const site = args.shift();
let shots = null;
const pages = [];
while (args.length > 0) {
  const arg = args.shift();
  if (arg === "--screenshots") {
    shots = args.shift();
  } else {
    pages.push(arg);
  }
}
if (!site || pages.length === 0) {
  console.error("usage: site.mjs SITE_DIR [--screenshots DIR] PAGE[=NAME] …");
  process.exit(2);
}

// puppeteer-core wants a path, not a name to look up.
const chromium =
  process.env.CHROMIUM ||
  (process.env.PATH || "")
    .split(path.delimiter)
    .flatMap((dir) => ["chromium", "chromium-browser", "google-chrome"].map((n) => path.join(dir, n)))
    .find((candidate) => existsSync(candidate));
if (!chromium) {
  console.error("no chromium binary on PATH (set CHROMIUM)");
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});

let failed = 0;
try {
  for (const spec of pages) {
    const [file, name] = spec.split("=");
    const url = pathToFileURL(path.resolve(site, file)).href;
    const problems = [];
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warn") {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    await page.setViewport({ width: 1200, height: 1000 });
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response || !response.ok()) {
      problems.push(`could not load ${url}`);
    }
    const facts = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      svgs: document.querySelectorAll("svg").length,
      unnamedSvgs: [...document.querySelectorAll("svg")].filter(
        (svg) => svg.getAttribute("role") === "img" && !svg.querySelector("title"),
      ).length,
      csp: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content"),
      title: document.title,
    }));
    if (facts.scripts > 0) problems.push(`${facts.scripts} script elements`);
    if (facts.unnamedSvgs > 0) problems.push(`${facts.unnamedSvgs} pictures without a title`);
    if (!facts.csp || !/script-src 'none'|default-src 'none'/.test(facts.csp)) {
      problems.push(`no Content-Security-Policy forbidding scripts: ${facts.csp}`);
    }
    if (shots && name) {
      await page.screenshot({ path: path.join(shots, `${name}.png`) });
    }

    // axe-core runs through the DevTools protocol (Runtime.evaluate), which the page's
    // Content-Security-Policy does not govern: the page itself still runs no script.
    await page.evaluate(axeSource);
    const axe = await page.evaluate(() =>
      window.axe.run(document, { resultTypes: ["violations"] }),
    );
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    for (const v of serious) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join("; ");
      problems.push(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${where})`);
    }
    const minor = axe.violations.filter((v) => !serious.includes(v)).map((v) => `${v.id} (${v.impact})`);

    // A phone: nothing may be wider than the screen but the scrollable tables and pictures.
    await page.setViewport({ width: 375, height: 800, isMobile: true, deviceScaleFactor: 1 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 1) problems.push(`wider than a 375 px phone by ${overflow} px`);
    await page.close();

    const status = problems.length === 0 ? "ok" : "FAIL";
    console.log(
      `${status} ${file}: ${facts.svgs} pictures, axe: ${serious.length} serious` +
        (minor.length > 0 ? `, minor: ${minor.join(", ")}` : ""),
    );
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) failed += 1;
  }
} finally {
  await browser.close();
}
process.exit(failed > 0 ? 1 : 0);
