import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { baseURL, phone } from "../../playwright.config";
import { canSeed, closeSeed, PASSWORD, seedCouple, seedPerson, signInContext, type Device } from "./seed";

export { PASSWORD };

export interface Person {
  page: Page;
  context: BrowserContext;
  name: string;
  email: string;
  password: string;
}

/** A fresh phone-sized browser context, as if on its own device. */
export async function newPhone(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, colorScheme, baseURL });
  return { context, page: await context.newPage() };
}

/** Signs up through the real form; lands where `from` says (default: the linking screen). */
export async function signUp(page: Page, name: string, from?: string): Promise<{ email: string }> {
  const email = `e2e-${randomUUID().slice(0, 12)}@example.test`;
  await page.goto(from ? `/signup?from=${encodeURIComponent(from)}` : "/signup");
  await page.getByLabel("What should we call you?").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
  return { email };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** A's invite code, made through the real "Invite my partner" button. */
export async function createInviteCode(page: Page): Promise<string> {
  await page.goto("/together");
  await page.getByRole("button", { name: /Invite my partner|Make a new invite/ }).click();
  const code = (await page.getByTestId("invite-code").textContent())?.trim();
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  return code!;
}

/** Two people on two phones, linked the way real people link: sign up, invite, join (all through the screens). */
export async function linkCoupleThroughUi(browser: Browser, names = { a: "Alex", b: "Blake" }): Promise<{ a: Person; b: Person }> {
  const phoneA = await newPhone(browser);
  const phoneB = await newPhone(browser);
  const { email: emailA } = await signUp(phoneA.page, names.a);
  const code = await createInviteCode(phoneA.page);
  const { email: emailB } = await signUp(phoneB.page, names.b, `/join?code=${encodeURIComponent(code)}`);
  await phoneB.page.getByRole("button", { name: "Join our shared space" }).click();
  await phoneB.page.waitForURL("**/today");
  return {
    a: { ...phoneA, name: names.a, email: emailA, password: PASSWORD },
    b: { ...phoneB, name: names.b, email: emailB, password: PASSWORD },
  };
}

/** The time zone and user agent this page's browser would send with the sign-up form and sign-in. */
async function deviceOf(page: Page): Promise<Device> {
  return page.evaluate(() => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC", userAgent: navigator.userAgent }));
}

/**
 * Two people on two signed-in phones, linked: what linkCoupleThroughUi leaves behind, made in the
 * database by the app's own code (tests/e2e/seed.ts) in a fraction of the time. The pages start
 * blank: go where the test begins.
 */
export async function linkCouple(browser: Browser, names = { a: "Alex", b: "Blake" }): Promise<{ a: Person; b: Person }> {
  if (!canSeed) return linkCoupleThroughUi(browser, names);
  const [phoneA, phoneB] = await Promise.all([newPhone(browser), newPhone(browser)]);
  const { a, b } = await seedCouple(names, await deviceOf(phoneA.page));
  await Promise.all([signInContext(phoneA.context, a), signInContext(phoneB.context, b)]);
  return {
    a: { ...phoneA, name: a.name, email: a.email, password: PASSWORD },
    b: { ...phoneB, name: b.name, email: b.email, password: PASSWORD },
  };
}

/**
 * Someone who has signed up on this phone (and linked with no one): seeded like linkCouple, or
 * through the form without the e2e PostgreSQL. The page stays where it was.
 */
export async function signedUp(page: Page, name: string): Promise<{ email: string }> {
  if (!canSeed) {
    const url = page.url();
    const result = await signUp(page, name);
    if (url !== "about:blank") await page.goto(url);
    return result;
  }
  const person = await seedPerson(name, await deviceOf(page));
  await signInContext(page.context(), person);
  return { email: person.email };
}

export const test = base.extend<{ couple: { a: Person; b: Person } }, { seedConnections: void }>({
  couple: async ({ browser }, use) => {
    const couple = await linkCouple(browser);
    await use(couple);
    await couple.a.context.close();
    await couple.b.context.close();
  },
  // The worker's own database connections for seeding, closed when the worker ends.
  seedConnections: [
    async ({}, use) => {
      await use();
      await closeSeed();
    },
    { scope: "worker", auto: true },
  ],
});

export { expect };

/**
 * Switches the colour scheme and waits for the colour transitions it starts to finish, so a
 * screenshot or axe's contrast check sees the settled colours: no fixed pause, which cost time on
 * an idle machine and could still catch colours mid-way on a busy one.
 */
export async function setScheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  // getAnimations() applies the new styles first, so the transitions the switch starts are listed.
  // Bounded: a transition whose page is not being painted never finishes (a CI run hung here on Me
  // until the test's 90 s ran out); the switch's own transitions take a fraction of a second.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
}

/** Saves a screenshot under screenshots/ (git-ignored) for people to look at. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
