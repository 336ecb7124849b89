// Opens pages of a built wtsa site from file:// in headless Chromium (through the DevTools
// protocol, with puppeteer-core) and fails when a page logs a console error or warning (a
// Content-Security-Policy violation is one), throws, fails to load something, holds a script,
// overflows a phone's width, has a serious or critical accessibility violation by axe-core, or
// has text whose colour contrast axe-core cannot decide (its "incomplete" results).
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

// For each axe target (a selector list), the contrast of its text with what lies beneath it,
// as the browser computes the colours: `{ ratio }`, or `{ error }` where that cannot be told.
async function decideContrast(page, targets) {
  return page.evaluate(async (targets) => {
    const parse = (text) => {
      const m = /^rgba?\(([^)]*)\)$/.exec(text.trim());
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (x, y) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    };
    const opaque = (element) => {
      for (let e = element; e; e = e.parentElement) {
        if (Number(getComputedStyle(e).opacity) < 1) return false;
      }
      return true;
    };
    // The background an HTML element (or an <svg>) paints, or inherits from what is behind it.
    const htmlBackground = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== "none") return { error: `a background image on ${e.tagName}` };
        const colour = parse(style.backgroundColor);
        if (colour && colour.a === 1) return { colour };
        if (colour && colour.a > 0) return { error: `a translucent background on ${e.tagName}` };
      }
      return { colour: { r: 255, g: 255, b: 255, a: 1 } };
    };
    // What lies beneath an SVG text at a point: the first filled shape, else the page.
    const svgBackground = (text, x, y) => {
      for (const e of document.elementsFromPoint(x, y)) {
        if (e === text || text.contains(e) || e instanceof SVGTextContentElement) continue;
        if (e instanceof SVGGeometryElement) {
          const style = getComputedStyle(e);
          if (style.fill === "none" || e.tagName === "line") continue;
          const colour = parse(style.fill);
          if (!colour) return { error: `a ${e.tagName} filled with ${style.fill}` };
          if (colour.a < 1 || Number(style.fillOpacity) < 1 || !opaque(e)) {
            return { error: `a translucent ${e.tagName} beneath it` };
          }
          return { colour };
        }
        if (e instanceof SVGSVGElement || e instanceof HTMLElement) return htmlBackground(e);
      }
      return { error: "nothing beneath it" };
    };
    return targets.map((target) => {
      if (target.length !== 1) return { error: `a target in a frame: ${target.join(" ")}` };
      const element = document.querySelector(target[0]);
      if (!element) return { error: `no element ${target[0]}` };
      element.scrollIntoView({ block: "center", inline: "center" });
      const style = getComputedStyle(element);
      const svg = element instanceof SVGElement;
      const ink = parse(svg ? style.fill : style.color);
      if (!ink || ink.a < 1 || (svg && Number(style.fillOpacity) < 1) || !opaque(element)) {
        return { error: `its colour is not opaque (${svg ? style.fill : style.color})` };
      }
      let backgrounds;
      if (svg) {
        const box = element.getBoundingClientRect();
        const y = box.top + box.height / 2;
        backgrounds = [box.left + 1, box.left + box.width / 2, box.right - 1].map((x) =>
          svgBackground(element, x, y),
        );
      } else {
        backgrounds = [htmlBackground(element)];
      }
      const failed = backgrounds.find((b) => b.error);
      if (failed) return failed;
      return { ratio: Math.min(...backgrounds.map((b) => ratio(ink, b.colour))) };
    });
  }, targets);
}

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
      window.axe.run(document, { resultTypes: ["violations", "incomplete"] }),
    );
    // Contrast axe-core could not decide is not contrast passed. axe leaves undecided the text
    // of every SVG picture (it does not look through an <svg> for the background) and short
    // texts such as one-digit table cells. Each such node is decided here instead, from the
    // colours the browser computes: an opaque text colour over the first opaque fill or
    // background beneath it (sampled at three points of the text), contrast at least 4.5:1
    // (WCAG AA for normal text). A node that cannot be decided so — a translucent colour, a
    // background image, a gradient — is a failure, like one below 4.5:1.
    const undecided = axe.incomplete
      .filter((r) => r.id === "color-contrast")
      .flatMap((r) => r.nodes);
    const decided = await decideContrast(page, undecided.map((n) => n.target));
    let lowest = Infinity;
    decided.forEach((verdict, i) => {
      const where = undecided[i].target.join(" ");
      if (verdict.error) {
        problems.push(`color-contrast of ${where}: undecided by axe and here: ${verdict.error}`);
      } else if (verdict.ratio < 4.5) {
        problems.push(`color-contrast of ${where}: ${verdict.ratio.toFixed(2)}:1, under 4.5:1`);
      } else {
        lowest = Math.min(lowest, verdict.ratio);
      }
    });
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
        (minor.length > 0 ? `, minor: ${minor.join(", ")}` : "") +
        (undecided.length > 0
          ? `, contrast of ${undecided.length} texts axe left undecided measured here (lowest ${lowest.toFixed(1)}:1)`
          : ""),
    );
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) failed += 1;
  }
} finally {
  await browser.close();
}
process.exit(failed > 0 ? 1 : 0);
