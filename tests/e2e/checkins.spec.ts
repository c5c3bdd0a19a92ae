import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, setScheme, shot, test, type Person } from "./fixtures";

/** WCAG 2.1 AA: contrast, names, labels. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} on ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Light and dark screenshots of the current screen, for people to look at; accessible in both; nothing scrolls sideways. */
async function shots(page: Page, name: string) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    `${name} scrolls sideways`,
  ).toBeLessThanOrEqual(0);
  await shot(page, `checkins-${name}-light`);
  await expectAccessible(page, `${name} (light)`);
  await setScheme(page, "dark");
  await shot(page, `checkins-${name}-dark`);
  await expectAccessible(page, `${name} (dark)`);
  await setScheme(page, "light");
}

/** HH:MM on the clock of `timeZone`, `minutes` from now. */
function clockIn(timeZone: string, minutes: number): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    Date.now() + minutes * 60_000,
  );
}

/** A daily check-in at `minutes` from now, proposed by A and accepted by B; returns its page's path. */
async function agreeDailyCheckIn(a: Person, b: Person, minutes: number): Promise<string> {
  await a.page.goto("/agreements/new/check-in?template=daily-check-in");
  const zone = await a.page.getByLabel("Time zone").inputValue();
  await a.page.getByLabel("At what time?").fill(clockIn(zone, minutes));
  await a.page.getByRole("button", { name: `Propose to ${b.name}` }).click();
  await a.page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  const path = new URL(a.page.url()).pathname;
  await b.page.goto(path);
  await b.page.getByTestId("accept").click();
  await expect(b.page.getByTestId("agreement-status")).toHaveText("Ours");
  return path;
}

async function moveTo(person: Person, timeZone: string) {
  await person.page.goto("/me");
  // The profile's own form: Me has other Save buttons (notifications).
  const profile = person.page.locator("form").filter({ has: person.page.getByLabel("Time zone") });
  await profile.getByLabel("Time zone").selectOption(timeZone);
  await profile.getByRole("button", { name: "Save" }).click();
  await expect(profile.getByText("Saved.")).toBeVisible();
}

test("A logs a due check-in from Today; B's open screen shows it live and B adds theirs; the agreement shows it kept", async ({
  couple,
}) => {
  test.slow(); // two phones and light + dark screenshots of every screen
  const { a, b } = couple;

  // A new couple: Today offers a first step, with the templates one tap away.
  await a.page.goto("/today");
  await expect(a.page.getByTestId("today-start")).toContainText("Most couples begin with a pause rule and a weekly check-in");
  await shots(a.page, "today-new");
  await a.page.getByTestId("start-check-in").click();
  await expect(a.page.getByLabel("What we check in about")).toHaveValue("How we’re doing");

  // Blake lives six hours behind (or so): each sees the check-in on their own clock.
  await moveTo(b, "America/New_York");
  const agreement = await agreeDailyCheckIn(a, b, 10);

  await a.page.goto("/today");
  const cardA = a.page.getByTestId("checkin-card");
  await expect(cardA).toHaveAttribute("data-state", "due");
  await expect(cardA).toContainText("It’s time for our check-in");
  await expect(cardA.getByTestId("checkin-when")).toContainText(`for ${b.name}`);
  await shots(a.page, "today-due");

  // B has Today open on their phone too.
  await b.page.goto("/today");
  const cardB = b.page.getByTestId("checkin-card");
  await expect(cardB).toHaveAttribute("data-state", "due");

  // A opens the log form; a time that hasn't come yet is refused in plain words, and nothing is saved.
  await cardA.getByTestId("log-open").click();
  const form = a.page.getByTestId("log-form");
  await expect(form).toBeVisible();
  await shots(a.page, "log-form");
  await a.page.setViewportSize({ width: 360, height: 780 });
  await shots(a.page, "log-form-360");
  await a.page.setViewportSize({ width: 390, height: 844 });
  await form.getByRole("button", { name: "It was earlier…" }).click();
  const tomorrow = new Date(Date.now() + 26 * 3_600_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await form.getByLabel("When we talked").fill(local);
  await form.getByTestId("feeling-4").click();
  await expect(form.getByText("That time hasn’t come yet. Please choose a time up to now.")).toBeVisible();
  await expect(cardA).toHaveAttribute("data-state", "due");
  await shots(a.page, "log-form-error");

  // Start again: two taps — open, then how it felt (the note is optional).
  await form.getByRole("button", { name: "Not now" }).click();
  await cardA.getByTestId("log-open").click();
  await a.page.getByLabel("A note we can both read").fill("A slow walk round the block");
  await a.page.getByTestId("feeling-4").click();
  await expect(cardA).toHaveAttribute("data-state", "kept");
  await expect(cardA.getByTestId("checkin-parts")).toContainText("You · Good");

  // B's open screen, without a reload: the note, the card kept, and B's own part to add.
  await expect(b.page.getByTestId("checkin-live-note")).toHaveText(`${a.name} logged our check-in.`);
  await expect(cardB).toHaveAttribute("data-state", "kept");
  await expect(cardB.getByTestId("checkin-parts")).toContainText(`${a.name} · Good`);
  await expect(cardB.getByTestId("checkin-parts")).toContainText("A slow walk round the block");
  await expect(cardB.getByRole("form", { name: "How did it feel for you?" })).toBeVisible();
  await shots(b.page, "today-partner-logged");
  await cardB.getByTestId("feeling-5").click();
  await expect(cardB.getByTestId("checkin-parts")).toContainText("You · Really good");

  // And back on A's screen, live: one check-in, both parts.
  await expect(cardA.getByTestId("checkin-parts")).toContainText(`${b.name} · Really good`);
  await expect(a.page.getByTestId("checkin-live-note")).toHaveText(`${b.name} added how it felt.`);

  // Nothing else needs us now.
  await a.page.goto("/today");
  await expect(a.page.getByTestId("today-calm")).toBeVisible();
  await shots(a.page, "today-nothing-due");

  // The agreement: kept 1 of what we planned this month, with what each of us said.
  await a.page.goto(agreement);
  await expect(a.page.getByTestId("checkin-tally")).toHaveText(/^Kept (1 of the \d+ we planned this month|the one we planned this month so far)$/);
  await expect(a.page.getByTestId("checkin-card").getByTestId("checkin-parts")).toContainText("A slow walk round the block");
  await shots(a.page, "agreement");
  await b.page.goto(agreement);
  await expect(b.page.getByTestId("checkin-card").getByTestId("checkin-next")).toContainText(`for you · `);
  await expect(b.page.getByTestId("checkin-card").getByTestId("checkin-next")).toContainText(`for ${a.name}`);
  await shots(b.page, "agreement-other-zone");
});

test("the calendar: a private feed URL, shown once, that stops working when turned off; and a download", async ({ couple }) => {
  test.slow(); // an agreement made on two phones, then four screenshots checked with axe
  const { a, b } = couple;
  await agreeDailyCheckIn(a, b, 120);
  await a.page.goto("/me");
  const calendar = a.page.getByTestId("calendar");
  await expect(calendar).toContainText("Steady: our check-in");
  await expect(calendar.getByTestId("calendar-status")).toHaveText("Your calendar link is off.");
  await calendar.getByTestId("calendar-make").click();
  const url = await calendar.getByTestId("calendar-url").inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  await calendar.scrollIntoViewIfNeeded();
  await shots(a.page, "me-calendar");

  // A calendar app, without cookies, fetches it.
  const app = await a.page.context().request.fetch(url, { headers: { cookie: "" } });
  expect(app.status()).toBe(200);
  expect(app.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await app.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("SUMMARY:Steady: our check-in");
  expect(ics).toContain("RRULE:FREQ=DAILY");
  expect(ics).not.toContain("How today felt");

  // Reloaded, Me no longer shows the URL, only that the link is on.
  await a.page.reload();
  await expect(calendar.getByTestId("calendar-status")).toContainText("Your calendar link is on.");
  await expect(calendar.getByTestId("calendar-url")).toHaveCount(0);
  await shots(a.page, "me-calendar-on");
  await calendar.getByTestId("calendar-revoke").click();
  await expect(calendar.getByTestId("calendar-status")).toHaveText("Your calendar link is off.");
  expect((await a.page.context().request.fetch(url, { headers: { cookie: "" } })).status()).toBe(404);

  const download = await a.page.context().request.get("/api/me/calendar.ics");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="steady.ics"');
  expect(await download.text()).toContain("SUMMARY:Steady: our check-in");
});

test("a missed check-in asks once whether the rhythm still fits", async ({ couple }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "moves the agreement's start back in time through PostgreSQL");
  const { a, b } = couple;
  // A daily check-in four hours ago; agreed (as far as the rhythm knows) two days ago.
  const agreement = await agreeDailyCheckIn(a, b, -240);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "AgreementVersion" SET "decidedAt" = now() - interval '2 days' WHERE "agreementId" = $1 AND status = 'ACCEPTED'`,
      [agreement.split("/").pop()],
    );
  } finally {
    await client.end();
  }
  await a.page.goto("/today");
  const question = a.page.getByTestId("rhythm-question");
  await expect(question).toContainText("Does this rhythm still fit us?");
  await expect(a.page.getByTestId("checkin-card")).toHaveAttribute("data-state", "missed");
  await shots(a.page, "today-missed");
  await question.getByTestId("question-fits").click();
  await expect(question).toHaveCount(0);
  await a.page.reload();
  await expect(a.page.getByTestId("checkin-card")).toBeVisible();
  await expect(a.page.getByTestId("rhythm-question")).toHaveCount(0);

  // B is asked too, and "Propose a change" opens the change form with what we agreed.
  await b.page.goto(agreement);
  await b.page.getByTestId("question-change").click();
  await b.page.waitForURL(/\/change$/);
  await expect(b.page.getByLabel("What we check in about")).toHaveValue("How today felt");
});
