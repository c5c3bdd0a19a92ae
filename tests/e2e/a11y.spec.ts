import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { baseURL, phone } from "../../playwright.config";
import { expect, linkCouple, newPhone, setScheme, test } from "./fixtures";

/** WCAG 2.1 AA in both themes: contrast, names, labels, landmarks. Violations are listed by rule and target. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const problems = results.violations.map((v) => `${label}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(problems).toEqual([]);
}

test("public screens meet WCAG AA in light and dark", async ({ browser }) => {
  test.slow(); // twelve axe runs: 90 s ran out on a busy machine
  for (const scheme of ["light", "dark"] as const) {
    const { page, context } = await newPhone(browser, scheme);
    for (const path of ["/", "/signup", "/signin", "/join?code=ABCDE-FGHJK", "/help", "/no-such-page"]) {
      await page.goto(path);
      await expectAccessible(page, `${path} (${scheme})`);
    }
    await context.close();
  }
});

test("signed-in screens meet WCAG AA in light and dark", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  // Each screen loaded once and checked in both themes (setScheme waits for the switch's transitions).
  for (const path of ["/today", "/together", "/me", "/agreements", "/agreements/new", "/agreements/needs", "/history", "/pause"]) {
    await setScheme(a.page, "light");
    await a.page.goto(path);
    await a.page.waitForLoadState("networkidle");
    for (const scheme of ["light", "dark"] as const) {
      await setScheme(a.page, scheme);
      await expectAccessible(a.page, `${path} (${scheme})`);
    }
  }
  // Me with the leave and the delete confirmations both open: two password fields, each with its own id and label.
  await a.page.goto("/me");
  await a.page.getByTestId("leave-open").click();
  await a.page.getByTestId("delete-open").click();
  for (const form of ["leave", "delete"]) await expect(a.page.getByTestId(form).getByLabel("Your password")).toBeVisible();
  const duplicated = await a.page.evaluate(() => {
    const ids = [...document.querySelectorAll("form [id]")].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicated).toEqual([]);
  await expectAccessible(a.page, "/me with both confirmations open");
  await a.context.close();
  await b.context.close();
});

test("the main screens meet WCAG AA in Spanish too, light and dark", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  // Alex's phone asks for Spanish (Alex chose nothing on Me): the same session, a Spanish browser.
  const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES", storageState: await a.context.storageState() });
  const page = await context.newPage();
  for (const path of ["/today", "/agreements", "/agreements/new/check-in?template=weekly-check-in", "/pause", "/me"]) {
    await setScheme(page, "light");
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    for (const scheme of ["light", "dark"] as const) {
      await setScheme(page, scheme);
      await expectAccessible(page, `${path} in Spanish (${scheme})`);
    }
  }
  // A running pause, the screen read in the hardest moment.
  await page.goto("/pause");
  await page.getByTestId("start-pause").click();
  await expect(page.getByTestId("active-pause")).toBeVisible();
  await expect(page.getByTestId("pause-heading")).not.toBeEmpty();
  await expectAccessible(page, "/pause running in Spanish (dark)");
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page, "/pause running in Spanish (light)");
  await Promise.all([context.close(), a.context.close(), b.context.close()]);
});
