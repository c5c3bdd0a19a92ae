import type { Browser } from "@playwright/test";
import { baseURL, phone } from "../../../playwright.config";
import { expect, linkCouple, newPhone, signedUp, test, type Person } from "../fixtures";
import { clippedText, untranslatedText } from "./check-text";
import { SCREENS, type Screen } from "./screens";

/**
 * Issue 11's proof that no word skipped the catalogue: every screen of SCREENS in the
 * pseudo-locale (accented, lengthened English, lib/i18n/pseudo.ts), then again at 200% text size.
 * People are made in English (the fixtures fill English forms), then their phones ask for en-XA.
 */
// The product's name, and browsers' and systems' own names (Me lists devices as "Chrome on Android").
const ALWAYS_ALLOWED = ["Steady", "Chromium", "Chrome", "Android", "Linux", "Safari", "Firefox", "Edge", "iPhone", "Windows", "Mac"];

/** The same person on a phone whose browser asks for the pseudo-locale (same session, new context). */
async function inPseudo(browser: Browser, person: Person): Promise<Person> {
  const context = await browser.newContext({ ...phone, baseURL, locale: "en-XA", storageState: await person.context.storageState() });
  await person.context.close();
  return { ...person, context, page: await context.newPage() };
}

async function person(browser: Browser, as: Screen["as"]): Promise<{ me: Person; partner?: Person; close: () => Promise<void> }> {
  if (as === "couple") {
    const couple = await linkCouple(browser);
    const [a, b] = await Promise.all([inPseudo(browser, couple.a), inPseudo(browser, couple.b)]);
    return { me: a, partner: b, close: async () => void (await Promise.all([a.context.close(), b.context.close()])) };
  }
  if (as === "alone") {
    const phoneA = await newPhone(browser);
    const me = await inPseudo(browser, { ...phoneA, name: "Alex", password: "", ...(await signedUp(phoneA.page, "Alex")) });
    return { me, close: () => me.context.close() };
  }
  const context = await browser.newContext({ ...phone, baseURL, locale: "en-XA" });
  const me: Person = { page: await context.newPage(), context, name: "", email: "", password: "" };
  return { me, close: () => context.close() };
}

for (const screen of SCREENS) {
  const title = `${screen.name} (${screen.as}, ${screen.path}) speaks only through the catalogue, also at 200% text`;
  if (screen.todo) {
    test.fixme(title, () => {});
    continue;
  }
  test(title, async ({ browser }) => {
    test.skip(!!screen.needsDatabase && !process.env.E2E_DATABASE_URL, "moving a pause's clock needs E2E_DATABASE_URL (PostgreSQL)");
    if (screen.slow) test.slow();
    const { me, partner, close } = await person(browser, screen.as);
    try {
      await me.page.goto(screen.path);
      await me.page.waitForLoadState("networkidle");
      await screen.reach?.({ page: me.page, me, partner });
      await expect(me.page.locator("html")).toHaveAttribute("lang", "en-XA");
      const allowed = [...ALWAYS_ALLOWED, ...[me.name, partner?.name, me.email].filter((s): s is string => !!s), ...(screen.userContent ?? [])];
      const thirdParty = screen.thirdParty?.selector;
      expect(await untranslatedText(me.page, allowed, thirdParty), "words that did not come from the catalogue").toEqual([]);
      expect(await clippedText(me.page, thirdParty), "text that does not fit at 200%").toEqual([]);
    } finally {
      await close();
    }
  });
}
