// The install sheet's screenshots (public/screenshots/*.jpg, listed in lib/pwa/manifest.ts), taken
// from the real app: it starts the production build on E2E_PORT with the e2e database, links a
// couple the way people do, agrees on something, starts a pause, and photographs three screens
// at 390×844 (×2). Build first (npm run build), then:
//   E2E_PORT=3320 E2E_DATABASE_URL=… CHROME_PATH=/usr/bin/chromium node_modules/.bin/tsx scripts/pwa/make-screenshots.ts
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { baseURL, chromiumArgs, CHROME_PATH, e2eServerEnv, phone } from "../../playwright.config";
import { linkCouple } from "../../tests/e2e/fixtures";

const OUT = "public/screenshots";

async function waitForHealth(deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

async function photograph(page: Page, name: string) {
  await page.waitForTimeout(400); // fonts and the first countdown frame
  await page.screenshot({ path: `${OUT}/${name}.jpg`, type: "jpeg", quality: 82 });
  console.log(`wrote ${OUT}/${name}.jpg`);
}

const server = spawn("node", ["dist/server.js"], { env: { ...process.env, ...e2eServerEnv }, stdio: "inherit" });
try {
  await waitForHealth();
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: chromiumArgs });
  const linked = await linkCouple(browser, { a: "Sam", b: "Robin" });
  // The manifest says 780×1688: the same phone at exactly 2× (Playwright's Pixel 7 is 2.625×).
  const camera = async (person: typeof linked.a) => {
    const context = await browser.newContext({ ...phone, deviceScaleFactor: 2, storageState: await person.context.storageState(), baseURL });
    return { ...person, context, page: await context.newPage() };
  };
  const a = await camera(linked.a);
  const b = await camera(linked.b);

  await a.page.goto("/agreements/new");
  await a.page.getByTestId("template-late-reply").click();
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  await b.page.goto(new URL(a.page.url()).pathname);
  await b.page.getByTestId("accept").click();
  await b.page.getByTestId("agreement-status").waitFor();

  await a.page.goto("/today");
  await photograph(a.page, "today");
  await a.page.goto("/agreements");
  await photograph(a.page, "agreements");
  await b.page.goto("/today");
  await a.page.goto("/pause");
  await a.page.getByTestId("start-pause").click();
  await b.page.getByTestId("pause-countdown").waitFor();
  await b.page.waitForTimeout(6000); // past the undo offer on A's phone; B's screen is the calm one
  await photograph(b.page, "pause");
  await browser.close();
} finally {
  server.kill("SIGTERM");
}
