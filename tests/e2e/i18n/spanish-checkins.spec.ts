import { baseURL, phone } from "../../../playwright.config";
import { expect, linkCouple, setScheme, shot, test } from "../fixtures";

/**
 * A check-in in Spanish: Today with a check-in due, the log form (light and dark, for people to
 * look at), a refusal said in Spanish, and the kept card with the feeling's word.
 */
test("a check-in in Spanish: due, the form, a refusal, kept", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  await a.page.goto("/agreements/new/check-in?template=daily-check-in");
  const zone = await a.page.getByLabel("Time zone").inputValue();
  const at = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(Date.now() + 10 * 60_000);
  await a.page.getByLabel("At what time?").fill(at);
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  await b.page.goto(new URL(a.page.url()).pathname);
  await b.page.getByTestId("accept").click();
  await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");

  const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES", storageState: await a.context.storageState() });
  const page = await context.newPage();
  await page.goto("/today");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const card = page.getByTestId("checkin-card");
  await expect(card).toHaveAttribute("data-state", "due");
  await expect(card.getByRole("heading")).toHaveText("Es la hora de nuestra charla");
  await expect(card.getByTestId("checkin-when")).toContainText(/^Hoy a las \d\d:\d\d/);
  await card.getByTestId("log-open").click();
  await expect(page.getByTestId("log-form")).toContainText("¿Cómo lo viviste tú?");
  await expect(page.getByTestId("feeling-5")).toHaveText(/Muy bien/);
  await shot(page, "i18n-es-checkin-form-light");
  await setScheme(page, "dark");
  await shot(page, "i18n-es-checkin-form-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // A time in the future is refused in Spanish, under the time field.
  await page.getByRole("button", { name: "Fue antes…" }).click();
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await page.getByLabel("Cuándo hablamos").fill(local);
  await page.getByTestId("feeling-4").click();
  await expect(page.getByText("Esa hora aún no ha llegado. Elige una hora hasta ahora.")).toBeVisible();

  await page.reload();
  await page.getByTestId("log-open").click();
  await page.getByTestId("feeling-4").click();
  await expect(card).toHaveAttribute("data-state", "kept");
  await expect(card.getByRole("heading")).toHaveText("Tuvimos nuestra charla hoy");
  await expect(card.getByTestId("checkin-parts")).toContainText("Tú · Bien");
  await expect(card.getByTestId("checkin-tally")).toContainText("Este mes hemos hecho");
  await shot(page, "i18n-es-checkin-kept-light");
  await context.close();
});
