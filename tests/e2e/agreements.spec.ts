import type { Page } from "@playwright/test";
import { expect, shot, test } from "./fixtures";

/** Light and dark screenshots of the current screen, for people to look at; nothing scrolls sideways. */
async function shots(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await shot(page, `agreements-${name}-light`);
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, `agreements-${name}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
}

test("A proposes from a template, B counters live, A accepts, both see it with its history", async ({ couple }) => {
  test.slow(); // two phones and light + dark screenshots of every screen
  const { a, b } = couple;
  await a.page.goto("/agreements");
  await expect(a.page.getByTestId("agreements-empty")).toBeVisible();
  await shots(a.page, "home-empty");
  await b.page.goto("/agreements");
  await expect(b.page.getByTestId("agreements-empty")).toBeVisible();

  // A: a trigger → response from the "late reply" template.
  await a.page.goto("/agreements/new");
  await shots(a.page, "starting-points");
  await a.page.getByTestId("template-late-reply").click();
  await expect(a.page.getByLabel("The trigger, in plain words")).toHaveValue("A late reply to a message");
  await shots(a.page, "form-template");
  await a.page.getByLabel(`A note for ${b.name}`).fill("Would this work for us?");
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  await expect(a.page.getByTestId("pending-proposal")).toContainText("You proposed this agreement");
  await shots(a.page, "detail-mine-pending");

  // B: it appears without a reload, with a badge waiting for B.
  const waiting = b.page.getByTestId("waiting-for-me");
  await expect(waiting).toContainText("A late reply to a message");
  await expect(b.page.getByTestId("badge-agreements")).toHaveText("1");
  await shots(b.page, "home-waiting");
  await waiting.getByRole("link").first().click();
  await expect(b.page.getByTestId("pending-proposal")).toContainText(`${a.name} proposed this agreement`);
  await expect(b.page.getByTestId("pending-proposal")).toContainText("Would this work for us?");
  await shots(b.page, "detail-for-me");

  // B counters with a change to the words.
  await b.page.getByTestId("counter").click();
  const response = b.page.getByLabel("What helps — the words we agree on");
  await expect(response).toHaveValue(/caught up right now/);
  await response.fill("Busy right now — I love you, and I’ll reply properly tonight.");
  await shots(b.page, "form-counter");
  await b.page.getByRole("button", { name: "Suggest this instead" }).click();
  await expect(b.page.getByTestId("pending-proposal")).toContainText("You suggested something different");

  // A's open page updates live: B's counter, with what it changes, waiting for A.
  const pendingForA = a.page.getByTestId("pending-proposal");
  await expect(pendingForA).toContainText(`${b.name} suggested something different`);
  await expect(pendingForA.getByTestId("diff")).toContainText("I love you");
  await shots(a.page, "detail-counter-for-me");
  await a.page.getByTestId("accept").click();

  // Both see it active, with its history, without reloading B.
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId("agreement-status")).toHaveText("Ours");
    await expect(page.getByTestId("active-version")).toContainText("I love you");
    await expect(page.getByTestId("history-entry")).toHaveCount(2);
  }
  await expect(b.page.getByTestId("history")).toContainText(`${a.name} said yes`);
  await shots(b.page, "detail-active");

  // The needs map shows which needs it covers (the template serves transparency and stability).
  await a.page.goto("/agreements/needs");
  await expect(a.page.getByTestId("need-transparency")).toContainText("A late reply to a message");
  await expect(a.page.getByTestId("need-stability")).toContainText("A late reply to a message");
  await expect(a.page.getByTestId("need-ritual")).toContainText("No agreement looks after this yet");
  await shots(a.page, "needs-map");

  await a.page.goto("/agreements");
  await expect(a.page.getByTestId("agreement-card")).toHaveCount(1);
  await shots(a.page, "home-active");
  await a.page.goto("/agreements/past");
  await shots(a.page, "past-empty");
});

test("bad input shows a clear message under the field and keeps what was typed", async ({ couple }) => {
  test.slow();
  const { a } = couple;
  await a.page.setViewportSize({ width: 360, height: 740 }); // the narrowest phone we design for
  await a.page.goto("/agreements/new/pause-rule?template=pause-10");
  const minutes = a.page.getByLabel("How many minutes?");
  await minutes.fill("500");
  const during = a.page.getByLabel("What we each do meanwhile");
  await during.fill("A slow walk round the block");
  await a.page.getByRole("button", { name: /Propose to/ }).click();
  await expect(a.page.getByText("Please choose between 5 and 60 minutes.")).toBeVisible();
  await expect(minutes).toHaveValue("500");
  await expect(during).toHaveValue("A slow walk round the block");
  await expect(minutes).toHaveAttribute("aria-invalid", "true");
  await expect(minutes).toBeFocused();
  await shots(a.page, "form-error");

  await minutes.fill("15");
  await a.page.getByRole("button", { name: /Propose to/ }).click();
  await expect(a.page.getByTestId("pending-proposal")).toContainText("Length");
  await expect(a.page.getByTestId("pending-proposal")).toContainText("15 minutes");
  await shots(a.page, "detail-360");

  // The other kinds' forms, at 360 px: a weekly check-in (weekday chips) and a need in our own words.
  await a.page.goto("/agreements/new/check-in?template=weekly-review");
  await expect(a.page.getByRole("checkbox", { name: "Sun" })).toBeChecked();
  await shots(a.page, "form-check-in");
  await a.page.goto("/agreements/new/need");
  await a.page.getByText("In my own words").click();
  await expect(a.page.getByLabel("The need, in my own words")).toBeVisible();
  await shots(a.page, "form-need");
});
