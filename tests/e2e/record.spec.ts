import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { baseURL, phone } from "../../playwright.config";
import { headingsBySection, parseMarkdown } from "../parse-markdown";
import { createInviteCode, expect, shot, signUp, test } from "./fixtures";

/**
 * Bring it to a counsellor: the printable record (as a PDF page image and as Markdown) and the
 * read-only link both partners approve, that either can turn off.
 */
const W = { active: "Agreements in place", retired: "Agreements we retired", pauses: "Pauses we took", unavailable: "This link is no longer available." };

/** A phone whose browser names a device only it has: a private marker that must never be shared. */
async function phoneWithDevice(browser: Browser, device: string) {
  const context = await browser.newContext({ ...phone, baseURL, userAgent: `${phone.userAgent} ${device}` });
  return { context, page: await context.newPage() };
}

/** Light and dark, full page: nothing scrolls sideways, and WCAG AA holds (contrast, names, labels) in both. */
async function shots(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shot(page, `record-${name}-${scheme}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${name} (${scheme}): ${v.id} on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function propose(page: Page, path: string, partner: string): Promise<string> {
  await page.goto(path);
  await page.getByRole("button", { name: `Propose to ${partner}` }).click();
  await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  return new URL(page.url()).pathname;
}

async function accept(page: Page, path: string) {
  await page.goto(path);
  await page.getByTestId("accept").click();
  await expect(page.getByTestId("agreement-status")).toHaveText("Ours");
}

test("A proposes a 7-day link; it shows nothing until B approves, then the record; B turns it off", async ({ browser }) => {
  test.slow(); // two phones, a counsellor's browser, screenshots and a PDF
  const tag = randomUUID().slice(0, 8);
  const devices = [`PrivateDeviceA-${tag}`, `PrivateDeviceB-${tag}`];
  const a = await phoneWithDevice(browser, devices[0]!);
  const b = await phoneWithDevice(browser, devices[1]!);
  const { email: emailA } = await signUp(a.page, "Alex Morgan");
  const code = await createInviteCode(a.page);
  const { email: emailB } = await signUp(b.page, "Blake Chen", `/join?code=${encodeURIComponent(code)}`);
  await b.page.getByRole("button", { name: "Join our shared space" }).click();
  await b.page.waitForURL("**/today");
  const privateMarkers = [...devices, emailA, emailB];

  // Our story: a pause rule B changed from 10 to 15 minutes, a late-reply agreement, one pause.
  const rule = await propose(a.page, "/agreements/new/pause-rule?template=pause-10", "Blake Chen");
  await accept(b.page, rule);
  await b.page.goto(`${rule}/change`);
  await b.page.getByLabel("How many minutes?").fill("15");
  await b.page.getByRole("button", { name: "Propose this change" }).click();
  await expect(b.page.getByTestId("pending-proposal")).toContainText("15 minutes");
  await accept(a.page, rule);
  const reply = await propose(a.page, "/agreements/new/trigger-response?template=late-reply", "Blake Chen");
  await accept(b.page, reply);
  await a.page.goto("/pause");
  await a.page.getByTestId("start-pause").click();
  await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
  await a.page.getByRole("button", { name: "I’m ready to talk" }).click();
  await expect(a.page.getByTestId("pause-countdown")).toBeHidden();
  const titles = ["Our 15-minute pause", "A late reply to a message"];

  // The printable record, as A reads it.
  await a.page.goto("/record");
  const record = a.page.getByTestId("record");
  await expect(record.getByRole("heading", { level: 1 })).toContainText("Alex Morgan and Blake Chen");
  await expect(a.page.getByTestId("record-active").getByRole("heading", { level: 3 })).toHaveText(titles);
  await expect(record).toContainText("Blake Chen proposed a change");
  await expect(record).toContainText("10 minutes → 15 minutes");
  await expect(a.page.getByTestId("record-pauses")).toContainText("You asked for a pause");
  await expect(a.page.getByTestId("record-pauses")).toContainText("Ready to talk before the time was up");
  const printed = await record.innerText();
  for (const marker of privateMarkers) expect(printed, marker).not.toContain(marker);
  await shots(a.page, "page");

  // On paper: a PDF (made in the dark theme, still black on white), and the print-media look as an image.
  await a.page.emulateMedia({ colorScheme: "dark" });
  const pdf = await a.page.pdf({ path: "screenshots/record-printout.pdf", format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  if (existsSync("/usr/bin/pdftoppm")) {
    execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "60", "screenshots/record-printout.pdf", "screenshots/record-printout"]);
    // Page breaks between agreements: the title and the first, the second, then the pauses.
    expect(existsSync("screenshots/record-printout-3.png")).toBe(true);
  }
  await a.page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(a.page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(a.page.getByTestId("share-panel")).toBeHidden();
  expect(await a.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  await shot(a.page, "record-print-media");
  await a.page.emulateMedia({ media: "screen", colorScheme: "light" });

  // The Markdown download: one heading per agreement, nothing private.
  const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.getByTestId("download-markdown").click()]);
  expect(download.suggestedFilename()).toMatch(/^our-agreements-\d{4}-\d\d-\d\d\.md$/);
  const markdown = readFileSync((await download.path())!, "utf8");
  const sections = headingsBySection(parseMarkdown(markdown).headings);
  expect(sections[W.active]).toEqual(titles);
  expect(sections[W.retired]).toEqual([]);
  expect(sections).toHaveProperty(W.pauses);
  for (const marker of privateMarkers) expect(markdown, marker).not.toContain(marker);

  // A suggests a link: 31 days is refused under the field, nothing is made; 7 (the default) works, and is shown once.
  const panel = a.page.getByTestId("share-panel");
  await panel.getByLabel("Counsellor’s name").fill("Dr Rivera");
  const days = panel.getByLabel("How many days it works");
  await expect(days).toHaveValue("7");
  await days.fill("31");
  await panel.getByRole("button", { name: "Suggest a link to Blake Chen" }).click();
  await expect(panel.getByText("Please choose between 1 and 30 days.")).toBeVisible();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByTestId("share-link")).toHaveCount(0);
  await days.fill("7");
  await panel.getByRole("button", { name: "Suggest a link to Blake Chen" }).click();
  const url = (await a.page.getByTestId("share-link-url").textContent())!.trim();
  expect(url).toMatch(new RegExp(`^${baseURL}/shared/[A-Za-z0-9_-]{43}$`));
  await expect(panel.getByTestId("share-link")).toContainText("Waiting for Blake Chen");
  await a.page.getByTestId("share-panel").scrollIntoViewIfNeeded();
  await shots(a.page, "link-proposed");

  // Until B approves, the link shows the plain page: a 404 with no names.
  const counsellor = await browser.newContext({ ...phone, baseURL });
  const reader = await counsellor.newPage();
  let response = await reader.goto(url);
  expect(response!.status()).toBe(404);
  await expect(reader.getByTestId("shared-unavailable")).toContainText(W.unavailable);
  for (const name of ["Alex", "Blake", "Morgan", "Chen", "Rivera", ...titles]) expect(await reader.content()).not.toContain(name);
  await shots(reader, "unavailable");

  // B finds it waiting (a count on Me), and approves.
  await b.page.goto("/me");
  await expect(b.page.getByTestId("badge-me")).toHaveText("1");
  await expect(b.page.getByTestId("record-card-waiting")).toContainText("Alex Morgan suggested a link for a counsellor");
  await b.page.getByTestId("record-card").scrollIntoViewIfNeeded();
  await shots(b.page, "me-waiting");
  await b.page.getByRole("link", { name: "Take a look" }).click();
  const forB = b.page.getByTestId("share-link-for-me");
  await expect(forB).toContainText("Alex Morgan suggested sharing our agreements with Dr Rivera for 7 days");
  await expect(forB).toContainText("Would this work for us?");
  await shots(b.page, "link-for-approval");
  await forB.getByTestId("share-approve").click();
  await expect(b.page.getByTestId("share-link")).toContainText("Shared with Dr Rivera");
  await expect(b.page.getByTestId("badge-me")).toBeHidden();
  // A's open page follows without a reload.
  await expect(a.page.getByTestId("share-link")).toContainText("Not opened yet");

  // Now the counsellor sees the record, read-only, with both first names; never indexed, nothing to write.
  response = await reader.goto(url);
  expect(response!.status()).toBe(200);
  expect(response!.headers()["x-robots-tag"]).toContain("noindex");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.getByTestId("shared-banner")).toContainText("Shared with Dr Rivera by both partners");
  await expect(reader.getByTestId("record").getByRole("heading", { level: 1 })).toContainText("Alex and Blake");
  await expect(reader.getByTestId("record-active").getByRole("heading", { level: 3 })).toHaveText(titles);
  await expect(reader.getByTestId("record")).toContainText("Blake proposed a change");
  await expect(reader.getByTestId("record")).toContainText("Alex asked for a pause");
  await expect(reader.locator("form, input, textarea, nav")).toHaveCount(0);
  const shared = await reader.content();
  for (const marker of [...privateMarkers, "Morgan", "Chen"]) expect(shared, marker).not.toContain(marker);
  await shots(reader, "shared-view");

  // Both see when it was last opened.
  await a.page.reload();
  await expect(a.page.getByTestId("share-link")).toContainText("Last opened");

  // B turns it off, alone; the link is gone at once.
  await b.page.reload();
  await b.page.getByTestId("share-revoke").click();
  await expect(b.page.getByTestId("share-links-past")).toContainText("Turned off by you");
  response = await reader.goto(url);
  expect(response!.status()).toBe(404);
  await expect(reader.getByTestId("shared-unavailable")).toContainText(W.unavailable);
  await a.page.reload();
  await expect(a.page.getByTestId("share-links-past")).toContainText("Turned off by Blake Chen");

  await counsellor.close();
  await a.context.close();
  await b.context.close();
});
