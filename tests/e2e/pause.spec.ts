import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { recreateDatabase, seedCouples } from "../../bench/pause-latency/seed";
import { phone } from "../../playwright.config";
import { expect, shot, test } from "./fixtures";

/** Seconds shown by a countdown ("09:58" → 598). */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId("pause-countdown").textContent())?.trim() ?? "";
  const parts = text.split(":").map(Number);
  expect(parts.every((n) => Number.isFinite(n)), `countdown text "${text}"`).toBe(true);
  return parts.reduce((acc, n) => acc * 60 + n, 0);
}

/** Both phones show the same remaining time, give or take the second boundary (±1 s). */
async function expectSameCountdown(a: Page, b: Page) {
  await expect(a.getByTestId("pause-countdown")).toBeVisible();
  await expect(b.getByTestId("pause-countdown")).toBeVisible();
  const [sa, sb] = await Promise.all([shownSeconds(a), shownSeconds(b)]);
  expect(Math.abs(sa - sb)).toBeLessThanOrEqual(1);
  return sa;
}

/**
 * After the network comes back, the phone re-syncs its clock: round trips taken while the link is
 * still waking up are not believed at once (lib/pause/clock.ts#shouldReplace), so the countdowns
 * converge within a few seconds rather than at the instant the socket reconnects.
 */
async function expectCountdownsConverge(a: Page, b: Page) {
  await expect
    .poll(async () => {
      const [sa, sb] = await Promise.all([shownSeconds(a), shownSeconds(b)]);
      return Math.abs(sa - sb);
    }, { timeout: 8_000, intervals: [250] })
    .toBeLessThanOrEqual(1);
}

/**
 * What a page says over its socket (Socket.IO request frames `42<id>["event",…]` and their acks
 * `43<id>[…]`) and how many server actions it posts: live verbs must travel on the socket, with
 * HTTP only as the fallback, and the clock must be synced by round trips.
 */
function watchTransport(page: Page) {
  const seen = { sent: [] as string[], acks: [] as string[], actionPosts: 0 };
  page.on("websocket", (ws) => {
    ws.on("framesent", ({ payload }) => {
      const m = /^42\d*\["([^"]+)"/.exec(String(payload));
      if (m) seen.sent.push(m[1]!);
    });
    ws.on("framereceived", ({ payload }) => {
      if (/^43\d*\[/.test(String(payload))) seen.acks.push(String(payload));
    });
  });
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) seen.actionPosts++;
  });
  return seen;
}

test.describe("the pause on two phones", () => {
  // How fast B sees it ("within a blink") is measured by bench/pause-latency (npm run bench:pause), not
  // here: a 1 s timeout only made these tests flaky on a busy machine. Here: it arrives, live, the same.
  test("A taps Pause; B's phone shows the same countdown live, and after a reload", async ({ couple }) => {
    const { a, b } = couple;
    const aWire = watchTransport(a.page);
    const bWire = watchTransport(b.page);
    await a.page.goto("/pause");
    await b.page.goto("/today");
    await expect(a.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    // Each phone syncs its clock over the socket: pings answered with the server's time.
    await expect.poll(() => bWire.acks.filter((f) => f.includes('"serverNow"')).length).toBeGreaterThanOrEqual(3);
    expect(bWire.sent).toContain("system:ping");

    const postsBefore = aWire.actionPosts;
    await a.page.getByTestId("start-pause").click();
    await expect.poll(() => aWire.sent).toContain("pause:start");
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    await expect(b.page.getByTestId("pause-message")).toHaveText(/^You’ll reconvene at \d\d:\d\d\.$/);
    await expect(a.page.getByTestId("pause-message")).toHaveText(/^We’ll talk at \d\d:\d\d\.$/);
    const left = await expectSameCountdown(a.page, b.page);
    expect(left).toBeGreaterThan(9 * 60);
    expect(aWire.actionPosts, "the tap went over the socket, not a server action").toBe(postsBefore);

    await b.page.reload();
    await expectSameCountdown(a.page, b.page);

    await b.page.getByRole("button", { name: "I’m ready too" }).click();
    await expect(a.page.getByTestId("partner-ready")).toContainText("Blake is ready to talk");
    await a.page.getByRole("button", { name: "I’m ready to talk" }).click();
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();
    await expect(b.page.getByTestId("pause-outcome-bar")).toContainText("Alex is ready to talk");
    await b.page.goto("/history");
    await expect(b.page.getByTestId("pause-history")).toContainText("Alex asked for a pause");
    await expect(b.page.getByTestId("pause-history")).toContainText("Ready to talk before the time was up");
  });

  // Once failed 2–3 runs in 3: every browser request() threw (a detached emitWithAck), so the
  // clock was never synced by round trips and a broadcast delivered late after the drop set it.
  test("after the network drops for a few seconds, B's countdown converges to A's", async ({ couple }) => {
    const { a, b } = couple;
    await a.page.goto("/pause");
    await b.page.goto("/today");
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    await a.page.getByTestId("start-pause").click();
    await expectSameCountdown(a.page, b.page);
    await b.context.setOffline(true);
    await b.page.waitForTimeout(3000);
    await b.context.setOffline(false);
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected", { timeout: 15_000 });
    await expectCountdownsConverge(a.page, b.page);
  });

  test("a mistaken tap can be undone within five seconds, on both phones", async ({ couple }) => {
    const { a, b } = couple;
    await a.page.goto("/pause");
    await b.page.goto("/pause");
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    await a.page.getByTestId("start-pause").click();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await a.page.getByRole("button", { name: "Undo, I tapped by mistake" }).click();
    await expect(a.page.getByTestId("pause-countdown")).toBeHidden();
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();
    await expect(b.page.getByTestId("start-pause")).toBeVisible();
    await b.page.reload();
    await expect(b.page.getByText("No pauses yet.")).toBeVisible();
  });

  test("one tap on the Pause button in the bar, from any screen, starts it on both phones", async ({ couple }) => {
    const { a, b } = couple;
    await a.page.goto("/agreements");
    await b.page.goto("/me");
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    await a.page.getByTestId("nav-pause").click();
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    await a.page.getByRole("button", { name: "Undo, I tapped by mistake" }).click();
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();
  });
});

// ---------------------------------------------------------------------------------------------
// Restart and zero: this test runs its own server process (PostgreSQL, its own database) so it
// can kill -9 it and move a pause's clock in the database.

const ADMIN_URL = process.env.E2E_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function postgresUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function startOwnServer(port: number, databaseUrl: string, secret: string): Promise<ChildProcess> {
  // The production server itself (no wrapper process), so SIGKILL reaches it.
  const child = spawn(process.execPath, ["dist/server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      REDIS_URL: "",
      RATE_LIMIT_SCALE: "100",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  return (async () => {
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error("the pause test server exited");
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the pause test server did not start");
  })();
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

async function phoneAt(browser: Browser, url: string, cookie: string, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ ...phone, baseURL: url, colorScheme });
  const [name, ...rest] = cookie.split("=");
  await context.addCookies([{ name: name!, value: rest.join("="), url }]);
  return { context, page: await context.newPage() };
}

test("the server is killed mid-pause and restarts: both phones keep the same countdown; at zero both see the choices", async ({ browser }) => {
  test.skip(!(await postgresUp()), "needs a local PostgreSQL");
  test.setTimeout(240_000);
  // Its own port and database per worker (and per checkout), so two runs never kill or drop each other's.
  const port = Number(process.env.E2E_PAUSE_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 11) + test.info().parallelIndex;
  const DB = `steady_bench_e2e_pause_${port}`;
  const url = `http://localhost:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const admin = new URL(ADMIN_URL);
  admin.pathname = `/${DB}`;
  const databaseUrl = admin.toString();
  await recreateDatabase(ADMIN_URL, DB);
  let server = await startOwnServer(port, databaseUrl, secret);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [couple] = await seedCouples(databaseUrl, 1, secret);
    await db.query(`UPDATE "User" SET name = CASE WHEN id = $1 THEN 'Alex' ELSE 'Blake' END WHERE id IN ($1, $2)`, [couple!.a.id, couple!.b.id]);
    const a = await phoneAt(browser, url, couple!.a.cookie);
    const b = await phoneAt(browser, url, couple!.b.cookie);

    await a.page.goto("/pause");
    await b.page.goto("/pause");
    await expect(a.page.getByTestId("start-pause")).toBeVisible();
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");
    await shot(a.page, "pause-idle-light");
    await a.page.emulateMedia({ colorScheme: "dark" });
    await shot(a.page, "pause-idle-dark");
    await a.page.emulateMedia({ colorScheme: "light" });

    await a.page.getByTestId("start-pause").click();
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    const endsAt = await b.page.getByTestId("pause-countdown").getAttribute("data-ends-at");
    await shot(a.page, "pause-counting-starter-light");
    await shot(b.page, "pause-counting-partner-light");
    await b.page.getByRole("button", { name: "Breathe with a slow guide" }).click();
    await b.page.waitForTimeout(1500);
    await shot(b.page, "pause-breathing-light");
    for (const p of [a.page, b.page]) await p.emulateMedia({ colorScheme: "dark" });
    await shot(a.page, "pause-counting-starter-dark");
    await shot(b.page, "pause-counting-partner-dark");
    for (const p of [a.page, b.page]) await p.emulateMedia({ colorScheme: "light" });

    // kill -9 mid-pause, then a restart on the same port.
    await kill9(server);
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connecting");
    server = await startOwnServer(port, databaseUrl, secret);
    for (const p of [a.page, b.page]) {
      await expect(p.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected", { timeout: 30_000 });
      await expect(p.getByTestId("pause-countdown")).toHaveAttribute("data-ends-at", endsAt!);
    }
    await expectSameCountdown(a.page, b.page);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Pause"`);
    expect(rows[0].n).toBe(1);

    // Bring zero close (only the test moves the clock, in the database), then both phones re-read.
    await db.query(
      `UPDATE "Pause" SET "startedAt" = "startedAt" - ("endsAt" - (now() AT TIME ZONE 'UTC' + interval '4 seconds')),
                          "endsAt" = now() AT TIME ZONE 'UTC' + interval '4 seconds' WHERE "endedAt" IS NULL`,
    );
    await Promise.all([a.page.reload(), b.page.reload()]);
    for (const p of [a.page, b.page]) {
      await expect(p.getByTestId("reconvene-choices")).toBeVisible({ timeout: 15_000 });
      await expect(p.getByTestId("pause-heading")).toHaveText("Time to reconvene");
    }
    await shot(a.page, "pause-reconvene-light");
    await b.page.getByRole("button", { name: "Pick a time to talk" }).click();
    await shot(b.page, "pause-reconvene-pick-time-light");
    for (const p of [a.page, b.page]) await p.emulateMedia({ colorScheme: "dark" });
    await shot(a.page, "pause-reconvene-dark");
    await shot(b.page, "pause-reconvene-pick-time-dark");
    for (const p of [a.page, b.page]) await p.emulateMedia({ colorScheme: "light" });

    // 10 more minutes: both count again.
    await a.page.getByRole("button", { name: "10 more minutes" }).click();
    await expectSameCountdown(a.page, b.page);
    // Zero again, and this time B picks "in 1 hour"; both see the time.
    await db.query(
      `UPDATE "Pause" SET "endsAt" = now() AT TIME ZONE 'UTC' + interval '2 seconds' WHERE "endedAt" IS NULL`,
    );
    await Promise.all([a.page.reload(), b.page.reload()]);
    await expect(b.page.getByTestId("reconvene-choices")).toBeVisible({ timeout: 15_000 });
    await b.page.getByRole("button", { name: "Pick a time to talk" }).click();
    await b.page.getByRole("button", { name: "In 1 hour" }).click();
    for (const p of [a.page, b.page]) await expect(p.getByTestId("pause-outcome")).toContainText("We’ll talk at");
    await shot(a.page, "pause-scheduled-light");
    await a.page.emulateMedia({ colorScheme: "dark" });
    await shot(a.page, "pause-scheduled-dark");
    await a.page.goto("/history");
    await expect(a.page.getByTestId("pause-history")).toContainText("after 10 more minutes");
    await shot(a.page, "history-dark");
    await a.page.emulateMedia({ colorScheme: "light" });
    await shot(a.page, "history-light");
    await a.context.close();
    await b.context.close();
  } finally {
    await db.end();
    await kill9(server);
  }
});
