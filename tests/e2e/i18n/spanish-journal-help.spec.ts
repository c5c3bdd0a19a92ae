import { baseURL, phone } from "../../../playwright.config";
import { expect, linkCouple, shot, test } from "../fixtures";

/**
 * Issue 11, the private journal and help in Spanish: the write form (its chips, the save bar) and
 * the help page, on a phone, light and dark. Refusals of the journal come back in Spanish too.
 */
test("the journal's write form and the help page in Spanish, light and dark", async ({ browser }) => {
  test.slow();
  const { a } = await linkCouple(browser);
  const state = await a.context.storageState();
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES", colorScheme, storageState: state });
    const page = await context.newPage();
    await page.goto("/journal/new");
    await expect(page.getByRole("heading", { name: "Escribirlo" })).toBeVisible();
    await expect(page.getByText("¿Qué pasó?")).toBeVisible();
    await page.locator("textarea[name=happened]").fill("Otra vez el mensaje que no llegaba");
    await page.getByText("Ansiedad", { exact: true }).click();
    await page.getByText("respuesta tardía", { exact: true }).click();
    await expect(page.getByTestId("save-status")).toHaveText(/Guardado en privado a las \d\d:\d\d\.|Se guarda en privado/);
    await shot(page, `i18n-es-journal-form-${colorScheme}`);
    if (colorScheme === "light") {
      // Saving without how strong it was: the refusal in Spanish.
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await expect(page.getByText("Elige con qué fuerza lo sentiste, del 1 al 5.")).toBeVisible();
    }
    await page.goto("/help");
    await expect(page.getByRole("heading", { name: "Ayuda y apoyo", level: 1 })).toBeVisible();
    await page.getByTestId("help-country").selectOption("ES");
    await expect(page.getByTestId("help-country").locator("option:checked")).toHaveText("España");
    await expect(page.getByTestId("help-emergency")).toHaveText("Si tú u otra persona estáis en peligro ahora mismo, llama al 112.");
    await shot(page, `i18n-es-help-${colorScheme}`);
    await context.close();
  }
});
