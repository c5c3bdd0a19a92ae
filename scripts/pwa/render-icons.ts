// Renders Steady's icons from lib/pwa/icons.ts with Chromium (the same one Playwright drives):
// every PNG the manifest and the pages point at, the SVG icon, and /favicon.ico.
//   CHROME_PATH=/usr/bin/chromium node_modules/.bin/tsx scripts/pwa/render-icons.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { chromium } from "@playwright/test";
import { icoFromPngs } from "../../lib/pwa/ico";
import { FAVICON_SIZES, markSvg, PNG_OUTPUTS } from "../../lib/pwa/icons";

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ deviceScaleFactor: 1 });

async function render(svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
  return page.locator("svg").screenshot({ omitBackground: true, type: "png" });
}

function write(path: string, data: Uint8Array | string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote ${path}`);
}

try {
  for (const out of PNG_OUTPUTS) write(out.path, await render(out.svg(), out.size));
  write("public/icons/icon.svg", markSvg("any"));
  write("app/icon.svg", markSvg("any"));
  const favicon = [];
  for (const size of FAVICON_SIZES) favicon.push({ size, png: await render(markSvg("any"), size) });
  write("app/favicon.ico", icoFromPngs(favicon));
} finally {
  await browser.close();
}
