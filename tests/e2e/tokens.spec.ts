import AxeBuilder from "@axe-core/playwright";
import type { ConsoleMessage, Page } from "@playwright/test";
import { newPhone } from "./fixtures";
import { expect, shot, test } from "./fixtures";

/** Me → Tokens & shortcuts, and a phone's Shortcut starting the pause with the token it gave. */
async function openTokens(page: Page) {
  await page.goto("/me");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Tokens & shortcuts" }) });
  await section.scrollIntoViewIfNeeded();
  return section;
}

test.describe("tokens and shortcuts", () => {
  test("make a token on Me, start the pause with it as a Shortcut would: the partner's phone shows it; turn it off", async ({ couple, playwright }) => {
    const { a, b } = couple;
    await b.page.goto("/today");
    await expect(b.page.locator("[data-realtime]")).toHaveAttribute("data-realtime", "connected");

    let section = await openTokens(a.page);
    await expect(section.getByTestId("tokens")).toContainText("No tokens yet.");
    await section.screenshot({ path: "screenshots/tokens-empty-light.png" });

    // Bad input first: no name.
    await section.getByRole("button", { name: "Make a token" }).click();
    await expect(section.getByText("Please give it a name, like “Watch”.")).toBeVisible();
    await section.screenshot({ path: "screenshots/tokens-error-light.png" });

    await section.getByLabel("What it’s for").fill("Action button");
    await section.getByRole("radio", { name: "Start and end the pause" }).check();
    await section.getByRole("button", { name: "Make a token" }).click();
    const secret = (await section.getByTestId("token-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^stdy_[A-Za-z0-9_-]{43}$/);
    await section.getByText("iPhone: Shortcuts (and the Action button)").click();
    await expect(section.getByTestId("recipe-header").first()).toHaveText(`Bearer ${secret}`);
    await expect(section.getByTestId("recipe-url").first()).toHaveText(/\/api\/v1\/pause\/start$/);
    await section.screenshot({ path: "screenshots/tokens-created-light.png" });
    await a.page.emulateMedia({ colorScheme: "dark" });
    await section.screenshot({ path: "screenshots/tokens-created-dark.png" });
    await a.page.emulateMedia({ colorScheme: "light" });
    // The shown-once state with its recipe open: AA in both themes, and nothing wider than 360 px.
    for (const scheme of ["light", "dark"] as const) {
      await a.page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page: a.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => `${scheme}: ${v.id} on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await a.page.emulateMedia({ colorScheme: "light" });
    await a.page.setViewportSize({ width: 360, height: 740 });
    expect(await a.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await section.screenshot({ path: "screenshots/tokens-created-360.png" });
    await a.page.setViewportSize({ width: 390, height: 844 });

    // The Shortcut: one POST with the header, nothing else (no cookies: a fresh request context).
    const url = (await section.getByTestId("recipe-url").first().textContent())!.trim();
    const shortcut = await playwright.request.newContext();
    const started = await shortcut.post(url, { headers: { Authorization: `Bearer ${secret}` } });
    expect(started.status()).toBe(200);
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible({ timeout: 2000 });
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    await shot(b.page, "tokens-partner-sees-pause");
    // The starter's own open screen shows it too, as after a tap; the Shortcut's sibling ends it.
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    const pauseId = ((await started.json()) as { pause: { id: string } }).pause.id;
    const ended = await shortcut.post(url.replace(/start$/, "end"), { headers: { Authorization: `Bearer ${secret}` }, data: { pauseId } });
    expect(ended.status()).toBe(200);
    await expect(b.page.getByTestId("pause-countdown")).toBeHidden();
    await expect(a.page.getByTestId("pause-countdown")).toBeHidden();

    // Shown once: after "I've copied it" only the hint stays, with its last use.
    await section.getByRole("button", { name: "I’ve copied it" }).click();
    await expect(section.getByTestId("token-secret")).toHaveCount(0);
    await expect(section.getByTestId("tokens")).toContainText("Action button");
    await a.page.reload();
    section = await openTokens(a.page);
    await expect(section.getByTestId("tokens")).toContainText(/Last used/);
    await expect(a.page.getByText(secret)).toHaveCount(0);
    await section.screenshot({ path: "screenshots/tokens-list-light.png" });
    await a.page.emulateMedia({ colorScheme: "dark" });
    await section.screenshot({ path: "screenshots/tokens-list-dark.png" });
    await a.page.emulateMedia({ colorScheme: "light" });

    await section.getByRole("button", { name: "Turn off the token “Action button”" }).click();
    await expect(section.getByTestId("tokens")).toContainText("No tokens yet.");
    const refused = await shortcut.post(url, { headers: { Authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
    await shortcut.dispose();
  });

  test("the API reference renders offline from the app itself, with nothing blocked", async ({ browser }) => {
    const { context, page } = await newPhone(browser);
    const problems: string[] = [];
    page.on("console", (m: ConsoleMessage) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    const outside: string[] = [];
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto("/developers/api");
    await expect(page.getByRole("heading", { name: "Steady API", exact: true })).toBeVisible({ timeout: 20_000 });
    const endpoints = page.getByRole("list", { name: "pause endpoints" });
    await expect(endpoints).toContainText("/pause/start");
    await expect(endpoints).toContainText("/pause/ready");
    await page.screenshot({ path: "screenshots/api-reference-light.png" });
    await endpoints.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "screenshots/api-reference-endpoints-light.png" });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Steady API", exact: true })).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: "screenshots/api-reference-dark.png" });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
