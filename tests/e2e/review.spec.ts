import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, shot, test, type Person } from "./fixtures";

/** WCAG 2.1 AA (contrast, names, labels) on the screen as it is now. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Light and dark screenshots of the current screen, for people to look at, each checked with axe; nothing scrolls sideways. */
async function shots(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await shot(page, `review-${name}-light`);
  await expectAccessible(page, `${name} (light)`);
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, `review-${name}-dark`);
  await expectAccessible(page, `${name} (dark)`);
  await page.emulateMedia({ colorScheme: "light" });
}

/** A proposes from a template, B says yes: an agreement we both have, set up the way people make one. */
async function agree(a: Person, b: Person, kind: string, template: string) {
  await a.page.goto(`/agreements/new/${kind}?template=${template}`);
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  await b.page.goto(a.page.url());
  await b.page.getByTestId("accept").click();
  await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");
}

async function rate(page: Page, rating: number, line = "") {
  const form = page.getByTestId("rating-form");
  await form.getByTestId(`rate-${rating}`).click();
  if (line) await form.getByLabel("One line about it, if you like").fill(line);
  await form.getByRole("button", { name: "Share my rating" }).click();
}

const atStep = (page: Page, step: number) => expect(page.getByTestId("review-session")).toHaveAttribute("data-step", String(step));

test("a full weekly review together on two phones: revealed together, kept, revised, retired, summarised", async ({ couple }) => {
  test.slow(); // two phones, three agreements, light and dark screenshots of every step
  const { a, b } = couple;
  await b.page.setViewportSize({ width: 360, height: 740 }); // the narrowest phone we design for

  // Three agreements: a check-in, a trigger → response and a pause rule (the review's steps, in that order).
  await agree(a, b, "check-in", "daily-check-in");
  await agree(a, b, "trigger-response", "late-reply");
  await agree(a, b, "pause-rule", "pause-10");

  // A pause earlier in the week, ended early once we were ready: the glance shows it.
  await a.page.goto("/pause");
  await a.page.getByTestId("start-pause").click();
  await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
  await b.page.getByRole("button", { name: "I’m ready too" }).click();
  await a.page.getByRole("button", { name: "I’m ready to talk" }).click();
  await expect(a.page.getByTestId("pause-countdown")).toBeHidden();

  // The start: our week at a glance opens the review.
  await a.page.goto("/review");
  await expect(a.page.getByTestId("week-glance")).toBeVisible();
  // The check-in rhythm was agreed just now: nothing of it was planned in the week yet.
  await expect(a.page.getByTestId("glance-check-ins")).toContainText("No check-ins were planned this week.");
  await expect(a.page.getByTestId("glance-proposals")).toContainText("We decided 3 proposals");
  await expect(a.page.getByTestId("glance-pauses")).toContainText("1 pause: 1 ended early, when we were ready.");
  await expect(a.page.getByTestId("review-rhythm")).toContainText("We haven’t agreed when to do our review yet.");
  await shots(a.page, "start");

  // B is elsewhere; A starts; B is invited in by the reminder, without reloading.
  await b.page.goto("/agreements");
  await a.page.getByTestId("start-together").click();
  await atStep(a.page, 0);
  const reminder = b.page.getByTestId("review-reminder");
  await expect(reminder).toContainText(`${a.name} started our weekly review.`);
  await shots(b.page, "reminder");
  await reminder.getByRole("link", { name: "Join" }).click();
  await atStep(b.page, 0);
  await expect(b.page.getByTestId("review-progress")).toHaveText("Step 1 of 5");
  await shots(b.page, "glance-step");

  // Either can move on; both screens follow.
  await b.page.getByTestId("review-next").click();
  await atStep(a.page, 1);
  await atStep(b.page, 1);
  await expect(a.page.getByTestId("review-item")).toContainText("How today felt");
  await shots(a.page, "rate");

  // A rates first: A waits, B learns only that A has rated — never what.
  await rate(a.page, 4, "Evenings felt closer");
  await expect(a.page.getByTestId("waiting")).toContainText(`Waiting for ${b.name}…`);
  await expect(b.page.getByText(`${a.name} has rated this one.`)).toBeVisible();
  await expect(b.page.locator("body")).not.toContainText("Evenings felt closer");
  await shots(a.page, "waiting");
  await shots(b.page, "partner-rated");

  // B rates: both ratings appear together on both phones.
  await rate(b.page, 3, "Some nights I was tired");
  for (const page of [a.page, b.page]) await expect(page.getByTestId("ratings")).toBeVisible();
  await expect(a.page.getByTestId("rating-partner")).toContainText("Some nights I was tired");
  await expect(b.page.getByTestId("rating-partner")).toContainText("Evenings felt closer");
  await expect(b.page.getByTestId("rating-partner")).toContainText("4");
  await shots(b.page, "revealed");

  // Keep it.
  await a.page.getByTestId("decide-keep").click();
  for (const page of [a.page, b.page]) await expect(page.getByTestId("decided")).toContainText("We’re keeping this one.");
  await shots(a.page, "kept");
  await a.page.getByTestId("review-next").click();
  await atStep(b.page, 2);

  // B reloads mid-review and is back at the same step.
  await b.page.reload();
  await atStep(b.page, 2);
  await expect(b.page.getByTestId("review-item")).toContainText("A late reply to a message");

  // The late reply: revise. B writes the change; it waits for A, as every proposal does.
  await rate(a.page, 2);
  await rate(b.page, 3);
  await expect(a.page.getByTestId("decision")).toBeVisible();
  await b.page.getByTestId("decide-revise").click();
  await b.page.waitForURL(/\/agreements\/[^/]+\/change\?from=review$/);
  await expect(a.page.getByTestId("decided")).toContainText(`${b.name} is writing the change.`);
  const words = b.page.getByLabel("What helps — the words we agree on");
  await expect(words).toHaveValue(/caught up right now/);
  await shots(b.page, "revise-form");
  await words.fill("Busy right now — I’ll reply properly tonight, promise.");
  await b.page.getByRole("button", { name: "Propose this change" }).click();
  await b.page.waitForURL(/\/review$/);
  await atStep(b.page, 2);
  await expect(b.page.getByTestId("decided")).toContainText(`Our change is waiting for ${a.name}’s answer.`);
  await expect(a.page.getByTestId("decided")).toContainText(`${b.name} suggested a change.`);
  await expect(a.page.getByTestId("badge-agreements")).toHaveText("1");
  await shots(a.page, "revised");
  const changeHref = await a.page.getByTestId("look-at-change").getAttribute("href");
  expect(changeHref).toMatch(/^\/agreements\/[^/]+$/);

  // The pause rule: retire. A proposes it; B says yes right here.
  await b.page.getByTestId("review-next").click();
  await atStep(a.page, 3);
  await rate(a.page, 2, "Ten minutes is too short for us");
  await rate(b.page, 2);
  await a.page.getByTestId("decide-retire").click();
  await expect(a.page.getByTestId("decided")).toContainText(`Retiring it waits for ${b.name}’s yes.`);
  await expect(b.page.getByTestId("decided")).toContainText(`${a.name} suggested retiring it.`);
  await shots(b.page, "retire-for-partner");
  await b.page.getByTestId("agree-retire").click();
  for (const page of [a.page, b.page]) await expect(page.getByTestId("decided")).toContainText("We’ve retired it together.");
  await shots(a.page, "retired");

  // The wrap-up, then the saved summary on both phones, with the week's charts.
  await a.page.getByTestId("review-next").click();
  await expect(b.page.getByTestId("wrap-up")).toBeVisible();
  await expect(a.page.getByTestId("outcomes")).toContainText("Keeping");
  await shots(a.page, "wrap-up");
  await a.page.getByTestId("finish-review").click();
  for (const page of [a.page, b.page]) {
    await page.waitForURL(/\/review\/[^/]+$/);
    await expect(page.getByTestId("summary-item")).toHaveCount(3);
    await expect(page.getByTestId("week-glance")).toBeVisible();
    // The week's charts, each with its words: a summary everyone reads and a label screen readers read.
    await expect(page.getByTestId("glance-check-ins").locator("figcaption")).toHaveText("No check-ins were planned this week.");
    await expect(page.getByTestId("glance-pauses").locator('svg[role="img"]')).toHaveAttribute("aria-label", /: a pause ended early/);
    await expect(page.getByTestId("glance-pauses").locator("figcaption")).toHaveText("1 pause: 1 ended early, when we were ready.");
    // The proposals' bars are a picture of the caption's sentence: hidden from screen readers, which read the sentence.
    await expect(page.getByTestId("glance-proposals").locator("figcaption")).toHaveText("We decided 3 proposals: said yes to 3.");
    await expect(page.getByTestId("glance-proposals").locator("ul[aria-hidden]")).toContainText("Said yes to");
  }
  await expect(a.page.getByTestId("review-summary")).toContainText("Some nights I was tired");
  await shots(a.page, "summary");
  await shots(b.page, "summary-360");

  // History: the review, and ratings per agreement over the weeks.
  await b.page.goto("/review/history");
  await expect(b.page.getByTestId("past-reviews").getByRole("link")).toHaveCount(1);
  await expect(b.page.getByTestId("trend")).toHaveCount(3);
  await expect(b.page.getByTestId("trend").first().locator('svg[role="img"]')).toHaveAttribute("aria-label", /For me — .*: 3 \(Okay\)/);
  await shots(b.page, "history");
  // A's pending change is still there to answer.
  await a.page.goto(changeHref!);
  await expect(a.page.getByTestId("pending-proposal")).toContainText("I’ll reply properly tonight");
});

test("a partner reviews alone: marked as such, and no rating is shown for the one who was away", async ({ couple }) => {
  test.slow();
  const { a, b } = couple;
  await agree(a, b, "need", "need-presence");
  await a.page.goto("/review");
  await a.page.getByTestId("start-alone").click();
  await atStep(a.page, 0);
  await b.page.goto("/review");
  await expect(b.page.getByTestId("partner-alone")).toContainText(`${a.name} is looking back on this week on their own`);
  await shots(b.page, "partner-alone");
  await a.page.getByTestId("review-next").click();
  await rate(a.page, 5, "Felt really present this week");
  await expect(a.page.getByTestId("ratings")).toContainText("How it went for me");
  await expect(a.page.getByTestId("rating-partner")).toHaveCount(0);
  await shots(a.page, "alone-rated");
  await a.page.getByTestId("decide-keep").click();
  await a.page.getByTestId("review-next").click();
  await a.page.getByTestId("finish-review").click();
  await a.page.waitForURL(/\/review\/[^/]+$/);
  await expect(a.page.getByTestId("summary-alone")).toHaveText("I looked back on this week on my own.");
  await b.page.goto(a.page.url());
  await expect(b.page.getByTestId("summary-alone")).toHaveText(`${a.name} looked back on this week on their own.`);
  const item = b.page.getByTestId("summary-item");
  await expect(item).toContainText("Felt really present this week");
  await expect(item).toContainText(a.name);
  await expect(item).not.toContainText("Me");
  await shots(b.page, "alone-summary");
  await b.page.goto("/review/history");
  await expect(b.page.getByTestId("past-reviews")).toContainText(`${a.name} on their own`);
  await expect(b.page.getByTestId("trend").locator('svg[role="img"]')).toHaveAttribute("aria-label", /For me — .*: no rating/);
});
