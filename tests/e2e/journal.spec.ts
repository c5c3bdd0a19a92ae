import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { e2eServerEnv, phone } from "../../playwright.config";
import { expect, setScheme, shot, signUp, test, type Person } from "./fixtures";

/**
 * The private journal on two phones: A writes, sees patterns, turns an entry into a proposal that
 * B receives — and nothing B can reach (pages, export, socket traffic) holds any of A's words.
 */

const NEUTRAL = "https://www.bbc.com/weather";

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Light and dark screenshots plus axe in both themes; nothing scrolls sideways. */
async function look(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  for (const scheme of ["light", "dark"] as const) {
    await setScheme(page, scheme);
    await shot(page, `journal-${name}-${scheme}`);
    await expectAccessible(page, `${name} (${scheme})`);
  }
  await setScheme(page, "light");
}

interface Written {
  happened: string;
  feared: string;
  words: string;
}

function markers(n: number): Written {
  const tag = randomUUID().slice(0, 8);
  return { happened: `MARK-happened-${n}-${tag}`, feared: `MARK-feared-${n}-${tag}`, words: `MARK-words-${n}-${tag}` };
}

async function fillEntry(page: Page, w: Written, intensity: number, feeling = "Hurt") {
  await page.getByLabel("What happened?").fill(w.happened);
  await page.getByTestId("entry-form").getByText(feeling, { exact: true }).click();
  await page.getByLabel("In my own words").fill(w.words);
  await page.getByLabel("What was I afraid would happen?").fill(w.feared);
  await page.getByRole("radio", { name: new RegExp(`^${intensity}`) }).check({ force: true });
  await page.getByTestId("entry-form").getByText("late reply", { exact: true }).click();
}

async function saveEntry(page: Page) {
  await page.getByRole("button", { name: /Save entry|Save changes/ }).click();
  await page.waitForURL(/\/journal\?saved=1$/);
  await expect(page.getByText("Saved. Only you can read it.")).toBeVisible();
}

/** Every websocket frame this person's browser receives from now on. */
function listen(person: Person): string[] {
  const frames: string[] = [];
  person.page.on("websocket", (ws) => ws.on("framereceived", (f) => frames.push(String(f.payload))));
  return frames;
}

test("A writes, sees patterns and proposes from an entry; nothing of A's journal reaches B", async ({ couple }) => {
  test.slow();
  const { a, b } = couple;
  const heardByB = listen(b);
  await b.page.goto("/today"); // B's live connection starts, overheard from its first frame
  await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");

  const written = [markers(1), markers(2), markers(3)];
  const secrets = written.flatMap((w) => [w.happened, w.feared, w.words]);

  // 1. Reachable from every screen's header; empty at first.
  await a.page.goto("/today");
  await a.page.getByTestId("header-journal").click();
  await expect(a.page.getByTestId("journal-empty")).toBeVisible();
  await look(a.page, "empty");

  // 2. The first entry. A reload in the middle loses nothing (saved to the server as A types).
  await a.page.getByTestId("journal-write").click();
  await expect(a.page.getByTestId("entry-form")).toBeVisible();
  await look(a.page, "write-empty");
  // What the phone really shows (full-page shots move fixed bars): the save bar above the navigation.
  await a.page.screenshot({ path: "screenshots/journal-write-viewport-light.png" });
  const bar = await a.page.getByTestId("save-bar").boundingBox();
  const nav = await a.page.getByRole("navigation", { name: "Main" }).boundingBox();
  // The bar reaches the navigation (the Pause button may overlap its padding), and its buttons sit above it.
  const save = await a.page.getByRole("button", { name: "Save entry" }).boundingBox();
  expect(save!.y + save!.height).toBeLessThanOrEqual(nav!.y - 24);
  expect(bar!.y + bar!.height).toBeGreaterThanOrEqual(nav!.y);
  await a.page.getByLabel("What happened?").fill(written[0]!.happened);
  await expect(a.page.getByTestId("save-status")).toContainText("Saved privately at");
  await a.page.reload();
  await expect(a.page.getByLabel("What happened?")).toHaveValue(written[0]!.happened);
  await fillEntry(a.page, written[0]!, 4);
  await a.page.getByLabel("My own tag").fill("Cancelled Plan");
  await a.page.getByRole("button", { name: "Add", exact: true }).click();
  await look(a.page, "write-filled");
  await saveEntry(a.page);

  // 3. The second: the network drops while A writes; closing the tab loses nothing either.
  await a.page.goto("/journal/new");
  await expect(a.page.getByTestId("entry-form")).toBeVisible();
  await a.context.setOffline(true);
  await fillEntry(a.page, written[1]!, 3, "Anxious");
  await expect(a.page.getByTestId("save-status")).toContainText("Kept on this phone");
  await a.page.close();
  await a.context.setOffline(false);
  a.page = await a.context.newPage();
  await a.page.goto("/journal/new");
  await expect(a.page.getByTestId("draft-restored")).toBeVisible();
  await expect(a.page.getByLabel("What was I afraid would happen?")).toHaveValue(written[1]!.feared);
  await expect(a.page.getByTestId("save-status")).toContainText("Saved privately at");
  await saveEntry(a.page);

  // 4. The third, from the pause screen: writing doesn't end or change the pause.
  await a.page.goto("/today");
  await a.page.getByTestId("nav-pause").click();
  await expect(b.page.getByTestId("active-pause")).toBeVisible();
  await a.page.getByTestId("pause-steadiers").click();
  await expect(a.page.getByText("Your list is empty for now.")).toBeVisible();
  await look(a.page, "pause-corner");
  await a.page.getByTestId("pause-write").click();
  await a.page.waitForURL("**/journal/new?from=pause");
  await expect(a.page.getByTestId("pause-bar")).toBeVisible();
  await expect(a.page.getByText("Our pause keeps going")).toBeVisible();
  await fillEntry(a.page, written[2]!, 2);
  await saveEntry(a.page);
  await expect(a.page.getByTestId("pause-bar")).toBeVisible();
  await expect(b.page.getByTestId("active-pause")).toHaveAttribute("data-phase", "counting");
  await look(a.page, "list");
  await expect(a.page.getByTestId("journal-entry")).toHaveCount(3);
  // A ends the pause the usual way.
  await a.page.getByTestId("pause-bar").click();
  await a.page.getByRole("button", { name: "I’m ready to talk" }).click();
  await expect(b.page.getByTestId("active-pause")).toBeHidden();

  // 5. Patterns: the chart, its text equivalent and a gentle reading.
  await a.page.goto("/journal/patterns");
  await expect(a.page.getByTestId("patterns-reading")).toContainText("“late reply” came up 3 times");
  await expect(a.page.getByTestId("top-triggers")).toContainText("late reply");
  await expect(a.page.getByTestId("intensity-chart")).toBeVisible();
  await a.page.getByText("Show as a list").click();
  await expect(a.page.getByTestId("intensity-list").getByRole("listitem")).toHaveCount(3);
  await look(a.page, "patterns");

  // 6. Things that steady me.
  await a.page.goto("/journal/steady");
  await a.page.getByRole("button", { name: "Add things that steady me" }).click();
  await a.page.getByRole("button", { name: "Add one: Something I can do" }).click();
  await a.page.getByLabel("Something I can do 1").fill("A slow walk by the canal");
  await a.page.getByRole("button", { name: "Add one: Words that help" }).click();
  await a.page.getByLabel("Words that help 1").fill("This feeling is real, and it will pass");
  await look(a.page, "steady-edit");
  await a.page.getByRole("button", { name: "Save my list" }).click();
  await expect(a.page.getByTestId("steadiers-list")).toContainText("A slow walk by the canal");
  await look(a.page, "steady");

  // 7. Turn the first entry into a proposal: only the words A writes here travel.
  await a.page.goto("/journal");
  await a.page.getByTestId("journal-entry").filter({ hasText: written[0]!.happened }).click();
  await expect(a.page.getByTestId("entry-view")).toContainText(written[0]!.feared);
  const entryUrl = a.page.url();
  await look(a.page, "entry");
  await a.page.getByTestId("propose-open").click();
  await expect(a.page.getByLabel("The trigger, in words you’re happy to share")).toHaveValue("late reply");
  await a.page.getByLabel("The trigger, in words you’re happy to share").fill("A late reply to my messages");
  await a.page.getByLabel("What would help me").fill("A quick text when you’re running late");
  await look(a.page, "propose");
  await a.page.getByRole("button", { name: "Continue" }).click();
  await a.page.waitForURL((url) => url.pathname === "/agreements/new/trigger-response");
  await expect(a.page.getByLabel("The trigger, in plain words")).toHaveValue("A late reply to my messages");
  await expect(a.page.getByLabel("What helps — the words we agree on")).toHaveValue("A quick text when you’re running late");
  await expect.poll(() => new URL(a.page.url()).search).toBe("");
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);

  // 8. B receives the proposal, live — with exactly what A wrote for it.
  await b.page.goto("/agreements");
  await expect(b.page.getByTestId("waiting-for-me")).toContainText("A late reply to my messages");
  await b.page.getByTestId("waiting-for-me").getByRole("link").first().click();
  await expect(b.page.getByTestId("pending-proposal")).toContainText(`${a.name} proposed this agreement`);
  const proposalUrl = b.page.url();

  // 9. Nothing B can reach holds A's words, or even the entry's address.
  const entryPath = new URL(entryUrl).pathname;
  const seenByB: string[] = [];
  for (const path of ["/today", "/agreements", new URL(proposalUrl).pathname, "/history", "/me", "/pause", "/journal", "/journal/patterns", "/journal/steady", "/help"]) {
    await b.page.goto(path);
    await b.page.waitForLoadState("networkidle");
    seenByB.push(`${path}: ${await b.page.content()}`);
  }
  // B typing the entry's address: not found, as for any unknown address (the journal streams, so
  // the status may be 200). These pages echo the address B typed, so only A's words are looked for.
  const typedByB: string[] = [];
  for (const path of [entryPath, `${entryPath}/edit`]) {
    await b.page.goto(path);
    await expect(b.page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    typedByB.push(`${path}: ${await b.page.content()}`);
  }
  await b.page.goto("/me");
  const [download] = await Promise.all([b.page.waitForEvent("download"), b.page.getByTestId("export").click()]);
  const exportedForB = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  expect(JSON.parse(exportedForB).couple.agreements.length).toBeGreaterThan(0);
  expect(heardByB.some((f) => f.includes("agreements:changed")), "B's socket was listening").toBe(true);
  const everythingB = [...seenByB, exportedForB, ...heardByB].join("\n");
  const entryId = entryPath.split("/").pop()!;
  for (const secret of [...secrets, entryId, "A slow walk by the canal"]) expect(everythingB, `B reached "${secret}"`).not.toContain(secret);
  for (const secret of [...secrets, "A slow walk by the canal"]) expect(typedByB.join("\n"), `B reached "${secret}"`).not.toContain(secret);

  // A's own export, by contrast, has every word in plain text.
  await a.page.goto("/me");
  const [mine] = await Promise.all([a.page.waitForEvent("download"), a.page.getByTestId("export").click()]);
  const exportedForA = Buffer.concat(await (await mine.createReadStream()).toArray()).toString("utf8");
  for (const secret of secrets) expect(exportedForA).toContain(secret);

  // 10. Quick exit: a neutral site, and Back doesn't return to the journal.
  await a.page.route("https://www.bbc.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }));
  await a.page.goto("/today");
  await a.page.getByTestId("header-journal").click();
  await a.page.waitForURL((url) => url.pathname === "/journal");
  await a.page.getByTestId("quick-exit").click();
  await a.page.waitForURL(NEUTRAL);
  await a.page.goBack();
  await a.page.waitForLoadState();
  expect(new URL(a.page.url()).pathname).toBe("/today");
});

test("bad input on the write screen is explained under the field, and nothing is lost", async ({ couple }) => {
  const { a, b } = couple;
  await a.page.goto("/journal/new");
  await expect(a.page.getByTestId("entry-form")).toBeVisible();
  await a.page.getByRole("button", { name: "Save entry" }).click();
  await expect(a.page.getByText("Please write a few words, or choose a feeling, before saving.")).toBeVisible();
  await expect(a.page.getByText("Please choose how strong it was, from 1 to 5.")).toBeVisible();
  await look(a.page, "write-errors");
  // Limits are enforced as people type, and by the server for anything else.
  expect(await a.page.getByLabel("What happened?").getAttribute("maxlength")).toBe("2000");

  // B cannot open A's entry by its address.
  await a.page.getByLabel("What happened?").fill("Only mine");
  await a.page.getByRole("radio", { name: /^2/ }).check({ force: true });
  await saveEntry(a.page);
  await a.page.getByTestId("journal-entry").first().click();
  await a.page.waitForURL(/\/journal\/[0-9a-f-]{36}$/);
  await expect(a.page.getByTestId("entry-view")).toContainText("Only mine");
  const path = new URL(a.page.url()).pathname;
  await b.page.goto(path);
  await expect(b.page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  expect(await b.page.content()).not.toContain("Only mine");
});

test("help: lines for the country, one tap from everywhere, and a quick exit that leaves no trace", async ({ couple }) => {
  const { a } = couple;
  await a.page.goto("/today");
  await a.page.getByRole("link", { name: "Get help" }).click();
  await a.page.waitForURL("**/help");
  // The phone's time zone (Pixel 7 profile: the runner's zone) picks a country; it can be changed and is remembered.
  await a.page.getByTestId("help-country").selectOption("DE");
  await expect(a.page.getByRole("link", { name: "Call 116 016" })).toHaveAttribute("href", "tel:116016");
  await expect(a.page.getByTestId("help-emergency")).toContainText("112");
  await a.page.reload();
  await expect(a.page.getByTestId("help-country")).toHaveValue("DE");
  await a.page.getByTestId("help-country").selectOption("other");
  await expect(a.page.getByRole("link", { name: /Website/ }).first()).toHaveAttribute("href", "https://findahelpline.com");
  await a.page.getByTestId("help-country").selectOption("GB");
  await expect(a.page.getByText("If your partner uses Steady to control you")).toBeVisible();
  await look(a.page, "help");

  await a.page.route("https://www.bbc.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }));
  await a.page.getByTestId("quick-exit").click();
  await a.page.waitForURL(NEUTRAL);
  await a.page.goBack();
  await a.page.waitForLoadState();
  expect(new URL(a.page.url()).pathname).toBe("/today");
});

// ---------------------------------------------------------------------------------------------
// The server key at start: its own server process on its own embedded database.

function startServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["dist/server.js"], { env: { ...process.env, ...e2eServerEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = async () => {
    for (let i = 0; i < 900 && !output.includes("Steady is ready"); i++) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!output.includes("Steady is ready")) throw new Error(`server not ready:\n${output}`);
  };
  return { child, exited, ready, output: () => output };
}

test("a malformed or wrong JOURNAL_KEY stops the start with a message naming it", async ({ browser }) => {
  test.slow();
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://localhost:${port}`;
  const base = { PORT: String(port), APP_URL: origin, DATABASE_URL: "", EMBEDDED_DB_DIR: mkdtempSync(join(tmpdir(), "steady-e2e-journal-key-")), REDIS_URL: "", LOG_LEVEL: "info" };
  const right = Buffer.alloc(32, 5).toString("base64");

  const malformed = startServer({ ...base, JOURNAL_KEY: "not-a-key" });
  expect(await malformed.exited).toBe(1);
  expect(malformed.output()).toContain("JOURNAL_KEY: must be 32 random bytes in base64; generate one with: openssl rand -base64 32");

  // A journal written under the right key…
  const first = startServer({ ...base, JOURNAL_KEY: right });
  await first.ready();
  const context = await browser.newContext({ ...phone, baseURL: origin });
  const page = await context.newPage();
  await signUp(page, "Kim");
  await page.goto("/journal/new");
  await page.getByLabel("What happened?").fill("Written under the first key");
  await page.getByRole("radio", { name: /^3/ }).check({ force: true });
  await saveEntry(page);
  await context.close();
  first.child.kill("SIGTERM");
  await first.exited;

  // …then a start with another key refuses to serve, and says which variable to fix.
  const wrong = startServer({ ...base, JOURNAL_KEY: Buffer.alloc(32, 6).toString("base64") });
  expect(await wrong.exited).toBe(1);
  expect(wrong.output()).toContain("JOURNAL_KEY does not open the private journals already in this database");
  expect(wrong.output()).not.toContain("Steady is ready");

  const again = startServer({ ...base, JOURNAL_KEY: right });
  await again.ready();
  expect(again.output()).toContain("journal: opens existing journals");
  again.child.kill("SIGTERM");
  await again.exited;
});
