import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { baseURL, chromiumArgs, CHROME_PATH, phone } from "../../playwright.config";
import { expect, test, type Person } from "./fixtures";

/** What the phone's screen shows (the pause is a fixed layer: a full-page picture would smear it). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png` });
}

/** The pages the service worker keeps for the signed-in person (their cache names end in the user). */
async function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes("-pages-")) continue;
      for (const req of await (await caches.open(name)).keys()) out.push(new URL(req.url).pathname);
    }
    return out.sort();
  });
}

/** The worker controls the page and has kept Today, our agreements and the pause. */
async function readyOffline(page: Page, extra: string[] = []) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
  await expect.poll(() => keptPages(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(["/agreements", "/pause", "/today", ...extra]));
}

async function keptText(page: Page, path: string): Promise<string> {
  return page.evaluate(async (p) => (await (await caches.match(p))?.text()) ?? "", path);
}

async function seconds(page: Page): Promise<number> {
  const text = (await page.getByTestId("pause-countdown").textContent())?.trim() ?? "";
  return text.split(":").map(Number).reduce((acc, n) => acc * 60 + n, 0);
}

/** A proposes the "late reply" agreement and B says yes: something real to find offline. */
async function agreeOnLateReply(a: Person, b: Person): Promise<string> {
  await a.page.goto("/agreements/new");
  await a.page.getByTestId("template-late-reply").click();
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  const path = new URL(a.page.url()).pathname;
  // B has used Steady on this phone before (the worker controls it), as anyone who signed up has:
  // a page is kept only when the worker saw it, and a seeded B's first page would be this one.
  await b.page.goto("/today");
  await b.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
  await b.page.goto(path);
  await b.page.getByTestId("accept").click();
  await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");
  return path;
}

async function connected(page: Page) {
  await expect(page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected", { timeout: 15_000 });
}

test.describe("installable", () => {
  test("Chromium reports the app installable; the manifest's icons, shortcuts and screenshots resolve", async ({ request }) => {
    // A browser profile of its own: Chromium never offers to install from an incognito window,
    // which is what Playwright's ordinary contexts are.
    const profile = mkdtempSync(join(tmpdir(), "steady-install-"));
    const context = await chromium.launchPersistentContext(profile, { ...phone, baseURL, executablePath: CHROME_PATH, args: chromiumArgs });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto("/");
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors).toEqual([]);
      const { errors } = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[] };
      expect(errors).toEqual([]);
      // The pages point at the manifest, the favicon and the Apple touch icon, and each one loads.
      for (const selector of ['link[rel="manifest"]', 'link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
        const href = await page.locator(selector).first().getAttribute("href");
        expect(href, selector).toBeTruthy();
        expect((await request.get(href!)).status(), selector).toBe(200);
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }

    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Steady", short_name: "Steady", display: "standalone", start_url: "/today", id: "/", scope: "/" });
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
      ["Pause", "/pause?start=1"],
      ["Log a check-in", "/today?log=check-in"],
    ]);
    // In the person's language: the page links it with its own (browsers send no cookies for a manifest), else Accept-Language.
    const names = async (url: string, headers?: Record<string, string>) =>
      ((await (await request.get(url, { headers })).json()) as { shortcuts: { name: string }[] }).shortcuts.map((s) => s.name);
    expect(await names("/manifest.webmanifest?lang=es")).toEqual(["Pausa", "Registrar una charla"]);
    expect(await names("/manifest.webmanifest", { "Accept-Language": "es-ES,es;q=0.9" })).toEqual(["Pausa", "Registrar una charla"]);
    expect(await names("/manifest.webmanifest?lang=xx", { "Accept-Language": "en" })).toEqual(["Pause", "Log a check-in"]);
    const purposes = new Set(manifest.icons.map((i: { purpose: string }) => i.purpose));
    expect([...purposes].sort()).toEqual(["any", "maskable", "monochrome"]);

    const files: { src: string; sizes?: string; type?: string }[] = [
      ...manifest.icons,
      ...manifest.shortcuts.flatMap((s: { icons: unknown[] }) => s.icons),
      ...manifest.screenshots,
      { src: "/favicon.ico", type: "image/x-icon" },
    ];
    for (const file of files) {
      const res = await request.get(file.src);
      expect(res.status(), file.src).toBe(200);
      const body = await res.body();
      if (file.type === "image/png") {
        // A PNG says its own size (IHDR): the file is the size the manifest claims.
        const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
        expect(`${w}x${h}`, file.src).toBe(file.sizes);
      }
      if (file.type === "image/jpeg") expect(body.subarray(0, 2).toString("hex"), file.src).toBe("ffd8");
      if (file.type === "image/x-icon") expect(body.readUInt16LE(2), file.src).toBe(1);
    }
  });

  test("the worker is served at /sw.js for the whole app, never from a stale cache", async ({ request }) => {
    const res = await request.get("/sw.js");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/javascript/);
    expect(res.headers()["service-worker-allowed"]).toBe("/");
    expect(res.headers()["cache-control"]).toMatch(/no-cache/);
    expect(res.headers()["content-security-policy"]).toContain("default-src 'self'");
  });
});

test.describe("offline", () => {
  test("Today, our agreements and the running pause open without a network; the countdown reaches zero on time", async ({ couple }) => {
    test.slow();
    const { a, b } = couple;
    const agreement = await agreeOnLateReply(a, b);
    // B's phone clock is a minute and a half fast: the countdown must count on the server's clock.
    await b.context.clock.install({ time: Date.now() + 90_000 });
    await b.page.goto("/today");
    await connected(b.page);
    await a.page.goto("/pause");
    await connected(a.page);
    await a.page.getByTestId("start-pause").click();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await b.page.getByRole("button", { name: "Hide for now" }).click();
    await readyOffline(b.page);
    // The kept list is the one with our new agreement in it (kept again when the couple's data changed).
    await expect.poll(() => keptText(b.page, "/agreements"), { timeout: 15_000 }).toContain("A late reply to a message");

    await b.context.setOffline(true);
    await b.page.reload();
    await expect(b.page.getByTestId("offline-banner")).toContainText("You’re offline");
    await expect(b.page.getByTestId("offline-banner")).toContainText("a new one reaches Alex once we’re back online");
    // The running pause opens from what this phone kept, on the offset it measured online.
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    expect(Math.abs((await seconds(a.page)) - (await seconds(b.page)))).toBeLessThanOrEqual(1);
    await shot(b.page, "pwa-pause-offline-light");
    await b.page.emulateMedia({ colorScheme: "dark" });
    await shot(b.page, "pwa-pause-offline-dark");
    await b.page.emulateMedia({ colorScheme: "light" });

    await b.page.goto("/agreements");
    await b.page.getByRole("button", { name: "Hide for now" }).click();
    await expect(b.page.getByRole("heading", { name: "Our agreements" })).toBeVisible();
    await expect(b.page.getByTestId("agreement-card")).toContainText("A late reply to a message");
    await expect(b.page.getByTestId("offline-banner")).toBeVisible();
    await shot(b.page, "pwa-offline-banner-light");
    await b.page.emulateMedia({ colorScheme: "dark" });
    await shot(b.page, "pwa-offline-banner-dark");
    await b.page.emulateMedia({ colorScheme: "light" });
    // The agreement itself, as this phone last saw it (B opened it online to say yes).
    await b.page.goto(agreement);
    await expect(b.page.getByText("A late reply to a message").first()).toBeVisible();
    await expect(b.page.getByTestId("offline-page")).toHaveCount(0);

    // A page never visited online: the offline page, not an error.
    await b.page.goto("/journal");
    await expect(b.page.getByTestId("offline-page")).toBeVisible();

    // Zero, offline, on time: three seconds before the end it reads 00:03, then it is time to reconvene.
    await b.page.goto("/pause");
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    const left = await seconds(b.page);
    await b.context.clock.fastForward((left - 3) * 1000);
    await expect.poll(() => seconds(b.page), { timeout: 3000 }).toBeLessThanOrEqual(3);
    await expect(b.page.getByTestId("pause-heading")).toHaveText("Time to reconvene", { timeout: 5000 });
  });

  test("a pause tapped offline counts down at once and reaches the partner when the network returns", async ({ couple }) => {
    const { a, b } = couple;
    await b.page.goto("/today");
    await connected(b.page);
    await a.page.goto("/today");
    await connected(a.page);
    await readyOffline(a.page);

    await a.context.setOffline(true);
    await a.page.getByTestId("nav-pause").click();
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(a.page.getByTestId("pause-heading")).toHaveText("Let’s take a breather");
    await expect(a.page.getByTestId("pause-queued")).toContainText("Blake doesn’t know yet");
    await shot(a.page, "pwa-pause-queued-light");
    await a.page.emulateMedia({ colorScheme: "dark" });
    await shot(a.page, "pwa-pause-queued-dark");
    await a.page.emulateMedia({ colorScheme: "light" });
    await b.page.waitForTimeout(1000);
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();

    await a.context.setOffline(false);
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible({ timeout: 15_000 });
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    await expect(a.page.getByTestId("queue-outcome")).toContainText("we let Blake know about the pause you started at");
    await expect(a.page.getByTestId("pause-queued")).toBeHidden();
    expect(Math.abs((await seconds(a.page)) - (await seconds(b.page)))).toBeLessThanOrEqual(1);
    await shot(a.page, "pwa-queue-sent-light");
  });

  test("a pause tapped offline is not sent as a second one when the partner started one meanwhile", async ({ couple }) => {
    const { a, b } = couple;
    await b.page.goto("/pause");
    await connected(b.page);
    await a.page.goto("/today");
    await connected(a.page);
    await readyOffline(a.page);

    await a.context.setOffline(true);
    await a.page.getByTestId("nav-pause").click();
    await expect(a.page.getByTestId("pause-queued")).toBeVisible();
    await b.page.getByTestId("start-pause").click();
    await expect(b.page.getByTestId("pause-heading")).toHaveText("Let’s take a breather");

    await a.context.setOffline(false);
    await expect(a.page.getByTestId("queue-outcome")).toHaveAttribute("data-outcome", "meanwhile", { timeout: 15_000 });
    await expect(a.page.getByTestId("queue-outcome")).toContainText("A pause had already started");
    await expect(a.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    // Blake's own pause, untouched: still theirs, still counting.
    await expect(b.page.getByTestId("pause-heading")).toHaveText("Let’s take a breather");
  });

  test("a pause tapped offline more than 2 minutes before the network returns is not sent, and the phone says so", async ({ couple }) => {
    const { a, b } = couple;
    await a.context.clock.install();
    await b.page.goto("/today");
    await connected(b.page);
    await a.page.goto("/today");
    await connected(a.page);
    await readyOffline(a.page);

    await a.context.setOffline(true);
    // The tap happened three minutes before the network comes back.
    const now = await a.page.evaluate(() => Date.now());
    await a.context.clock.setSystemTime(now - 3 * 60_000);
    await a.page.getByTestId("nav-pause").click();
    await expect(a.page.getByTestId("pause-queued")).toBeVisible();
    await a.context.clock.setSystemTime(now);
    await a.context.setOffline(false);

    await expect(a.page.getByTestId("queue-outcome")).toHaveAttribute("data-outcome", "stale", { timeout: 15_000 });
    await expect(a.page.getByTestId("queue-outcome")).toContainText("wasn’t sent to Blake: it’s more than 2 minutes old now");
    await expect(a.page.getByTestId("pause-countdown")).toBeHidden();
    await b.page.waitForTimeout(1000);
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();
    await shot(a.page, "pwa-queue-stale-light");

    // Still needed: one tap from the note starts it, on both phones.
    await a.page.getByRole("button", { name: "Start a pause now" }).click();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible({ timeout: 5000 });
  });
});

test.describe("the Pause shortcut", () => {
  test("opens /pause?start=1: starts the pause in one tap; a reload or a plain GET starts no second one", async ({ couple }) => {
    const { a, b } = couple;
    await b.page.goto("/today");
    await connected(b.page);

    // A GET by itself (a prefetch, a crawler, a link preview) changes nothing.
    expect((await a.context.request.get("/pause?start=1")).status()).toBe(200);
    await b.page.waitForTimeout(500);
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();

    await a.page.goto("/pause?start=1");
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible({ timeout: 5000 });
    await expect(a.page).toHaveURL(/\/pause$/);
    await a.page.getByRole("button", { name: "I’m ready to talk" }).click();
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();

    await a.page.reload();
    await expect(a.page.getByTestId("start-pause")).toBeVisible();
    await a.page.waitForTimeout(500);
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();

    // With a pause running, the shortcut opens it instead of starting another.
    await a.page.getByTestId("start-pause").click();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await b.page.getByRole("button", { name: "Hide for now" }).click();
    await b.page.goto("/pause?start=1");
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    await expect(b.page.getByRole("button", { name: "Undo, I tapped by mistake" })).toBeHidden();
    await expect(a.page.getByTestId("pause-heading")).toHaveText("Let’s take a breather");
  });
});

test.describe("the Log a check-in shortcut", () => {
  test("opens Today with the log form already open; a plain visit does not", async ({ couple }) => {
    const { a, b } = couple;
    await a.page.goto("/agreements/new/check-in?template=daily-check-in");
    await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
    await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
    await b.page.goto(new URL(a.page.url()).pathname);
    await b.page.getByTestId("accept").click();
    await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");

    await a.page.goto("/today?log=check-in");
    await expect(a.page.getByTestId("log-form")).toBeVisible();
    await a.page.goto("/today");
    await expect(a.page.getByTestId("checkin-card")).toBeVisible();
    await expect(a.page.getByTestId("log-form")).toHaveCount(0);
  });
});

test.describe("leaving this phone", () => {
  test("signing out forgets every kept page and what Steady stored; offline, the next person sees none of it", async ({ couple }) => {
    const { a } = couple;
    await a.page.goto("/today");
    await readyOffline(a.page);
    await expect.poll(() => a.page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("steady:pause:")))).toBe(true);

    await a.page.goto("/me");
    await a.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await a.page.waitForURL((url) => url.pathname === "/");
    await expect.poll(() => keptPages(a.page)).toEqual([]);
    expect(await a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("steady:")))).toEqual([]);

    await a.context.setOffline(true);
    await a.page.goto("/today");
    await expect(a.page.getByTestId("offline-page")).toBeVisible();
    await expect(a.page.getByText("Alex")).toHaveCount(0);
  });
});
