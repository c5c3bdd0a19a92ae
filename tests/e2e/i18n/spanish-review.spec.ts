import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { baseURL, phone } from "../../../playwright.config";
import { expect, linkCouple, setScheme, shot, test, type Person } from "../fixtures";

/** WCAG 2.1 AA on the screen as it is, in Spanish. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Light and dark screenshots for people to look at, axe in both; nothing scrolls sideways. */
async function shots(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await shot(page, `i18n-es-${name}-light`);
  await expectAccessible(page, `${name} (light)`);
  await setScheme(page, "dark");
  await shot(page, `i18n-es-${name}-dark`);
  await expectAccessible(page, `${name} (dark)`);
  await page.emulateMedia({ colorScheme: "light" });
}

/** The same person on a phone whose browser asks for Spanish (same session). */
async function inSpanish(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES", storageState: await person.context.storageState() });
  return context.newPage();
}

/** A proposes a template in English (the late reply unless told), B says yes: one agreement we both have. */
async function agree(a: Person, b: Person, path = "trigger-response?template=late-reply") {
  await a.page.goto(`/agreements/new/${path}`);
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  await b.page.goto(a.page.url());
  await b.page.getByTestId("accept").click();
  await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");
}

test("the weekly review in Spanish, with a partner who reads English: start, rating, decision, summary, history", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  await agree(a, b);
  const es = await inSpanish(browser, a);

  await es.goto("/review");
  await expect(es.locator("html")).toHaveAttribute("lang", "es");
  await expect(es).toHaveTitle(/Revisión semanal/);
  await expect(es.getByRole("heading", { level: 1 })).toHaveText("Nuestra revisión semanal");
  await expect(es.getByTestId("week-glance")).toContainText("Nuestra semana de un vistazo");
  await expect(es.getByTestId("glance-proposals").locator("figcaption")).toHaveText("Decidimos 1 propuesta: 1 con un sí.");
  await expect(es.getByTestId("glance-pauses").locator("figcaption")).toHaveText("Esta semana no hubo pausas.");
  await expect(es.getByTestId("review-rhythm")).toContainText("Todavía no hemos acordado cuándo hacer nuestra revisión.");
  await shots(es, "review-start");
  // A pause rule too: its title is the app's words, so each of us reads it in our own language.
  await agree(a, b, "pause-rule?template=pause-10");
  await b.page.goto("/review");

  await es.reload();
  await es.getByTestId("start-together").click();
  await expect(es.getByTestId("review-progress")).toHaveText("Paso 1 de 4");
  await es.getByRole("button", { name: "Empecemos" }).click();
  const form = es.getByTestId("rating-form");
  await expect(form.locator("legend")).toHaveText("¿Cómo me ha ido con esto esta semana?");
  // Nothing chosen: said in Spanish, under the choices.
  await form.getByRole("button", { name: "Compartir mi valoración" }).click();
  await expect(form).toContainText("Elige cómo ha ido, del 1 al 5.");
  await expect(form.getByTestId("rate-4")).toContainText("Bien");
  await shots(es, "review-rating");
  await form.getByTestId("rate-4").click();
  await form.getByLabel("Una frase sobre ello, si quieres").fill("Casi siempre a tiempo");
  await form.getByRole("button", { name: "Compartir mi valoración" }).click();
  await expect(es.getByTestId("waiting")).toContainText(`Esperando a ${b.name}…`);

  // Blake keeps his English: the same review, his words.
  await b.page.goto("/review");
  await expect(b.page.getByTestId("rating-form").locator("legend")).toHaveText("How did this go for me this week?");
  await b.page.getByTestId("rate-3").click();
  await b.page.getByRole("button", { name: "Share my rating" }).click();
  await expect(b.page.getByTestId("ratings")).toContainText("How it went for each of us");
  await expect(b.page.getByTestId("rating-partner")).toContainText("4 · Good");

  await expect(es.getByTestId("ratings")).toContainText("Cómo le ha ido a cada uno");
  await expect(es.getByTestId("rating-mine")).toContainText("Yo");
  await expect(es.getByTestId("rating-partner")).toContainText("3 · Regular");
  // A note is quoted the way each language quotes.
  await expect(es.getByTestId("rating-mine")).toContainText("«Casi siempre a tiempo»");
  await expect(b.page.getByTestId("rating-partner")).toContainText("“Casi siempre a tiempo”");
  await expect(es.getByTestId("decision")).toContainText("¿Qué hacemos con él?");
  await shots(es, "review-decide");
  await es.getByTestId("decide-keep").click();
  await expect(es.getByTestId("decided")).toContainText("Mantenemos este.");
  await es.getByTestId("review-next").click();
  // The pause rule: one step, two languages — both screens followed it over their own sockets.
  await expect(es.getByTestId("review-item").getByRole("heading", { level: 2 })).toHaveText("Nuestra pausa de 10 minutos");
  await expect(b.page.getByTestId("review-item").getByRole("heading", { level: 2 })).toHaveText("Our 10-minute pause");
  await shots(es, "review-pause-rule");
  await es.getByTestId("rating-form").getByTestId("rate-3").click();
  await es.getByRole("button", { name: "Compartir mi valoración" }).click();
  await b.page.getByTestId("rate-3").click();
  await b.page.getByRole("button", { name: "Share my rating" }).click();
  await es.getByTestId("decide-keep").click();
  await expect(es.getByTestId("decided")).toContainText("Mantenemos este.");
  await es.getByTestId("review-next").click();
  await expect(es.getByTestId("wrap-up")).toContainText("Ya hemos visto todos los acuerdos");
  await expect(es.getByTestId("outcomes")).toContainText("Lo mantenemos");
  await expect(es.getByTestId("outcomes")).toContainText("Nuestra pausa de 10 minutos");
  await es.getByTestId("finish-review").click();

  await es.waitForURL(/\/review\/[^/]+$/);
  // "Nuestra revisión del miércoles, 2 de diciembre": the date in Spanish words, in the person's zone.
  await expect(es.getByRole("heading", { level: 1 })).toHaveText(/^Nuestra revisión del [a-záéíóú]+, \d{1,2} de [a-z]+$/);
  await expect(es.getByTestId("summary-item").first()).toContainText("«Casi siempre a tiempo»");
  await expect(es.getByTestId("summary-item").nth(1)).toContainText("Nuestra pausa de 10 minutos");
  await shots(es, "review-summary");

  await es.goto("/review/history");
  await expect(es.getByRole("heading", { level: 1 })).toHaveText("Revisiones anteriores");
  await expect(es.getByTestId("past-reviews")).toContainText("juntos — 2 mantenidos");
  await expect(es.getByTestId("trend").nth(1)).toContainText("Nuestra pausa de 10 minutos");
  await expect(es.getByTestId("trend").first().locator('svg[role="img"]')).toHaveAttribute("aria-label", /Para mí: .*: 4 \(Bien\)/);
  await shots(es, "review-history");
  await es.context().close();
});

test("the record and a counsellor link in Spanish; the counsellor reads it in their own browser's language", async ({ browser }) => {
  test.slow();
  const { a, b } = await linkCouple(browser);
  await agree(a, b);
  const es = await inSpanish(browser, a);

  await es.goto("/record");
  await expect(es.getByRole("heading", { level: 1 }).first()).toHaveText("Llevarlo a terapia");
  await expect(es.getByTestId("record-active")).toContainText("Acuerdos en pie");
  await expect(es.getByTestId("print")).toHaveText("Imprimir / Guardar como PDF");
  // A refusal from the server, in Spanish, under its field.
  const panel = es.getByTestId("share-panel");
  await panel.getByLabel("Cuántos días funciona").fill("31");
  await panel.getByRole("button", { name: `Proponer un enlace a ${b.name}` }).click();
  await expect(panel.getByText("Elige entre 1 y 30 días.")).toBeVisible();
  await panel.getByLabel("Cuántos días funciona").fill("7");
  await panel.getByLabel("Nombre de quien nos acompaña en terapia").fill("Dra. Rivera");
  await panel.getByRole("button", { name: `Proponer un enlace a ${b.name}` }).click();
  const url = (await es.getByTestId("share-link-url").textContent())!.trim();
  await expect(panel.getByTestId("share-link")).toContainText(`Esperando a ${b.name}`);
  await shots(es, "record");

  // The Markdown download speaks Spanish too.
  // (A request from the test runner has no browser language of its own: it says so as the phone would.)
  const download = await es.request.get("/api/record.md", { headers: { "Accept-Language": "es-ES,es;q=0.9" } });
  const markdown = await download.text();
  expect(markdown).toContain("# Nuestros acuerdos — ");
  expect(markdown).toContain("## Acuerdos en pie");
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''nuestros-acuerdos-");

  await b.page.goto("/record");
  await b.page.getByTestId("share-approve").click();
  await expect(b.page.getByTestId("share-link")).toContainText("Shared with Dra. Rivera");

  // A counsellor whose browser asks for Spanish, signed out.
  const counsellor = await browser.newContext({ ...phone, baseURL, locale: "es-ES" });
  const reader = await counsellor.newPage();
  await reader.goto(url);
  await expect(reader.locator("html")).toHaveAttribute("lang", "es");
  await expect(reader.getByTestId("shared-banner")).toContainText("Compartido con Dra. Rivera por los dos miembros de la pareja.");
  await expect(reader.getByTestId("record").getByRole("heading", { level: 1 })).toContainText(`Nuestros acuerdos`);
  await expect(reader.getByTestId("record")).toContainText("Compartido por los dos, solo para leer");
  await shots(reader, "shared-link");
  await counsellor.close();

  // The API reference in Spanish: the document's prose and Scalar's own labels; code as it is.
  await es.goto("/developers/api");
  await expect(es.locator("html")).toHaveAttribute("lang", "es");
  await expect(es.getByRole("heading", { name: "API de Steady", exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(es.getByText("Crea un token en")).toBeVisible();
  await expect(es.getByText("Authorization: Bearer stdy_…").first()).toBeVisible();
  await shot(es, "i18n-es-developers-light");
  await es.emulateMedia({ colorScheme: "dark" });
  await es.reload();
  await expect(es.getByRole("heading", { name: "API de Steady", exact: true })).toBeVisible({ timeout: 20_000 });
  await shot(es, "i18n-es-developers-dark");
  await es.context().close();
});
