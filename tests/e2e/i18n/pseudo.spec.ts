import type { Browser } from "@playwright/test";
import { expect, linkCouple, newPhone, signUp, test, type Person } from "../fixtures";
import { clippedText, untranslatedText } from "./check-text";
import { SCREENS, type Screen } from "./screens";

/**
 * Issue 11's proof that no word skipped the catalogue: every screen of SCREENS in the
 * pseudo-locale (accented, lengthened English, lib/i18n/pseudo.ts), then again at 200% text size.
 * People are made in English (the fixtures fill English forms), then their phones ask for en-XA.
 */
const PSEUDO = { "Accept-Language": "en-XA" };
const ALWAYS_ALLOWED = ["Steady"];

async function person(browser: Browser, as: Screen["as"]): Promise<{ me: Person; partner?: Person; close: () => Promise<void> }> {
  if (as === "couple") {
    const { a, b } = await linkCouple(browser);
    for (const p of [a, b]) await p.context.setExtraHTTPHeaders(PSEUDO);
    return { me: a, partner: b, close: async () => void (await Promise.all([a.context.close(), b.context.close()])) };
  }
  const { page, context } = await newPhone(browser);
  let me: Person = { page, context, name: "Alex", email: "", password: "" };
  if (as === "alone") me = { ...me, ...(await signUp(page, "Alex")) };
  await context.setExtraHTTPHeaders(PSEUDO);
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
    const { me, partner, close } = await person(browser, screen.as);
    try {
      await me.page.goto(screen.path);
      await me.page.waitForLoadState("networkidle");
      await screen.reach?.({ page: me.page, me, partner });
      await expect(me.page.locator("html")).toHaveAttribute("lang", "en-XA");
      const allowed = [...ALWAYS_ALLOWED, me.name, ...(partner ? [partner.name] : []), ...(me.email ? [me.email] : []), ...(screen.userContent ?? [])];
      expect(await untranslatedText(me.page, allowed), "words that did not come from the catalogue").toEqual([]);
      expect(await clippedText(me.page), "text that does not fit at 200%").toEqual([]);
    } finally {
      await close();
    }
  });
}
