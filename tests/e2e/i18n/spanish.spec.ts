import { expect, linkCouple, shot, signIn, test } from "../fixtures";
import { baseURL, phone } from "../../../playwright.config";

/**
 * Issue 11's "done when": a Spanish browser gets Spanish from the first screen; choosing a
 * language on Me changes every screen at once and follows the person to their other devices;
 * the partner keeps their own language. Screenshots of the pause and an agreement form in Spanish.
 */
test("a Spanish browser sees Steady in Spanish before signing in", async ({ browser }) => {
  const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acuerdos que os ayudan a sentiros a salvo, a mano justo cuando hacen falta.");
  await page.getByRole("link", { name: "Empezar" }).click();
  await expect(page.getByLabel("¿Cómo quieres que te llamemos?")).toBeVisible();
  // Refusals come back in Spanish too (zod messages are catalogue keys).
  await page.getByTestId("signup-submit").click();
  await expect(page.getByText("Revisa los campos marcados.")).toBeVisible();
  await expect(page.getByText("Escribe tu correo electrónico.")).toBeVisible();
  await shot(page, "i18n-es-signup-errors");
  await context.close();
});

test("choosing Español on Me changes every screen at once, on every device; the partner keeps English", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  await a.page.goto("/me");
  await a.page.getByTestId("locale-select").selectOption("es");
  await expect(a.page.locator("html")).toHaveAttribute("lang", "es");
  await expect(a.page.getByRole("heading", { name: "Idioma" })).toBeVisible();
  await expect(a.page.getByRole("navigation", { name: "Principal" }).getByText("Hoy")).toBeVisible();

  // The partner's phone stays in English.
  await b.page.goto("/pause");
  await expect(b.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(b.page.getByRole("heading", { name: "Need a breather?" })).toBeVisible();

  // Alex's pause screen, in Spanish, light and dark; then a pause Blake starts reaches Alex in Spanish.
  await a.page.goto("/pause");
  await expect(a.page.getByRole("heading", { name: "¿Necesitas un respiro?" })).toBeVisible();
  await shot(a.page, "i18n-es-pause-light");
  await a.page.emulateMedia({ colorScheme: "dark" });
  await shot(a.page, "i18n-es-pause-dark");
  await a.page.emulateMedia({ colorScheme: "light" });
  await b.page.getByTestId("start-pause").click();
  await expect(a.page.getByTestId("pause-heading")).toHaveText("Ha empezado una pausa.");
  await expect(a.page.getByTestId("pause-message")).toHaveText(/^Volveréis a hablar a las \d\d:\d\d\.$/);
  await expect(b.page.getByTestId("pause-heading")).toHaveText("Let’s take a breather");
  await shot(a.page, "i18n-es-pause-running-light");
  await b.page.getByRole("button", { name: "I’m ready to talk" }).click();
  await expect(a.page.getByTestId("pause-outcome")).toContainText("Ya podemos hablar");
  await a.page.goto("/me");
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("Yo");

  // An agreement form from a template, in Spanish (the template's words too).
  await a.page.goto("/agreements/new/trigger-response?template=late-reply");
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText("Una respuesta que tarda");
  await expect(a.page.getByLabel("El detonante, en palabras sencillas")).toHaveValue("Un mensaje que tarda en tener respuesta");
  await shot(a.page, "i18n-es-agreement-form-light");
  await a.page.emulateMedia({ colorScheme: "dark" });
  await shot(a.page, "i18n-es-agreement-form-dark");
  await a.page.emulateMedia({ colorScheme: "light" });

  // Alex signs in on another phone whose browser asks for English: Spanish, as chosen.
  const other = await browser.newContext({ ...phone, baseURL });
  const page = await other.newPage();
  await signIn(page, a.email);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await other.close();
  await a.context.close();
  await b.context.close();
});
