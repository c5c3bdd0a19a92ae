import type { Page } from "@playwright/test";
import { baseURL, phone } from "../../../playwright.config";
import type { Person } from "../fixtures";

/**
 * Every screen and state the pseudo-locale test visits (tests/e2e/i18n/pseudo.spec.ts). To add a
 * screen: one row. `as` says who looks; `reach` takes the page there and into the state (a
 * dialog open, a pause running); `userContent` lists what people typed that shows on it. A row
 * with `todo` is listed but skipped until its words come from the catalogue: remove `todo` when
 * the screen is converted.
 */
export interface Screen {
  name: string;
  /** visitor: signed out · alone: signed in, no partner yet · couple: Alex, linked with Blake (Blake is `partner`). */
  as: "visitor" | "alone" | "couple";
  path: string;
  reach?: (ctx: { page: Page; me: Person; partner?: Person }) => Promise<void>;
  userContent?: string[];
  /** Needs the test to move a pause's clock in PostgreSQL (E2E_DATABASE_URL). */
  needsDatabase?: boolean;
  /** A long way to its state (both phones, several steps): three times the usual time. */
  slow?: boolean;
  /**
   * A region drawn by someone else's code, left out of both checks, and why. Our own words inside
   * it are checked where they are made (say so in `reason`).
   */
  thirdParty?: { selector: string; reason: string };
  todo?: string;
}

/** What the template's check-in is about (the couple's own words, kept as typed). */
const CHECK_IN_ABOUT = ["How we’re doing", "How today felt"];
const ENTRY_TEXT = "The late text again";
/** A counsellor's name, as the couple typed it. */
const COUNSELLOR = "Dr Rivera";
const STEADIER = "A slow walk by the canal";

/** A Today row: a daily check-in we both agreed to, due in ten minutes, then `then` on Today. */
function todayWithCheckIn(name: string, then: (page: Page) => Promise<void>): Screen {
  return {
    name,
    as: "couple",
    path: "/today",
    reach: async ({ page, me, partner }) => {
      await agreeDailyCheckIn(me, partner!, 10);
      await page.goto("/today");
      await then(page);
    },
    userContent: CHECK_IN_ABOUT,
  };
}


export const SCREENS: Screen[] = [
  // Signed out
  { name: "landing", as: "visitor", path: "/" },
  { name: "sign in", as: "visitor", path: "/signin" },
  { name: "sign up", as: "visitor", path: "/signup" },
  { name: "sign up, with its errors", as: "visitor", path: "/signup", reach: ({ page }) => refused(page, "signup-submit") },
  {
    name: "sign in refused",
    as: "visitor",
    path: "/signin",
    reach: async ({ page }) => {
      await page.locator("input[name=email]").fill("nobody@example.test");
      await page.locator("input[name=password]").fill("not the password at all");
      await refused(page, "signin-submit");
    },
    userContent: ["nobody@example.test"],
  },
  { name: "not found", as: "visitor", path: "/no-such-page" },
  { name: "join with a code", as: "visitor", path: "/join?code=ABCDE-FGHJK" },
  { name: "help", as: "visitor", path: "/help" },
  {
    name: "help, the lines of one country (a text keyword, police and ambulance)",
    as: "visitor",
    path: "/help",
    reach: async ({ page }) => {
      await page.getByTestId("help-country").selectOption("GB");
      await page.getByTestId("help-line").first().waitFor();
    },
  },
  {
    name: "help, signed in",
    as: "couple",
    path: "/help",
    reach: async ({ page }) => void (await page.getByTestId("help-country").selectOption("JP")),
  },

  // Signed in, alone
  { name: "linking (together)", as: "alone", path: "/together" },
  { name: "an invite made", as: "alone", path: "/together", reach: ({ page }) => tapThenSee(page, "together-invite", "invite-code") },
  { name: "join, signed in", as: "alone", path: "/join?code=ABCDE-FGHJK" },
  { name: "join refused", as: "alone", path: "/join?code=ABCDE-FGHJK", reach: ({ page }) => refused(page, "join-submit") },
  { name: "me, alone", as: "alone", path: "/me" },
  {
    name: "me, deleting (password asked)",
    as: "alone",
    path: "/me",
    reach: ({ page }) => tapThenSee(page, "delete-open", "delete"),
  },

  // In a couple
  { name: "pause", as: "couple", path: "/pause" },
  { name: "pause running (mine)", as: "couple", path: "/pause", reach: ({ page }) => startPause(page) },
  {
    name: "pause running (the partner's phone)",
    as: "couple",
    path: "/pause",
    reach: async ({ page, partner }) => {
      await partner!.page.goto("/pause");
      await startPause(partner!.page);
      await page.getByTestId("active-pause").waitFor();
      await page.getByRole("button", { name: /ŕéåðý/ }).first().click();
      await page.getByTestId("partner-ready").waitFor();
    },
  },
  {
    name: "pause hidden (the bar)",
    as: "couple",
    path: "/pause",
    reach: async ({ page }) => {
      await startPause(page);
      await tapThenSee(page, "pause-hide", "pause-bar");
    },
  },
  {
    name: "pause running, my things that steady me opened in its private corner",
    as: "couple",
    path: "/journal/steady",
    reach: async ({ page }) => {
      await page.getByTestId("steadiers-edit").click();
      await page.getByTestId("steadiers-editor").getByRole("button").first().click();
      await page.locator("[data-testid=steadiers-editor] input").first().fill(STEADIER);
      await page.getByTestId("steadiers-editor").getByRole("button").last().click();
      await page.getByTestId("steadiers-list").waitFor();
      await page.goto("/pause");
      await startPause(page);
      await page.getByTestId("pause-steadiers").click();
      await page.getByTestId("pause-corner").getByTestId("steadiers-list").waitFor();
    },
    userContent: [STEADIER],
  },
  {
    name: "pause at reconvene, picking a time",
    as: "couple",
    path: "/pause",
    needsDatabase: true,
    reach: async ({ page, me }) => {
      await startPause(page);
      await bringZeroClose(me.email);
      await page.reload();
      await page.getByTestId("reconvene-choices").waitFor({ timeout: 30_000 });
      await page.getByTestId("reconvene-pick").click();
    },
  },
  { name: "agreements, empty", as: "couple", path: "/agreements" },
  { name: "starting points", as: "couple", path: "/agreements/new" },
  { name: "a check-in form (template)", as: "couple", path: "/agreements/new/check-in?template=weekly-check-in" },
  { name: "a trigger form (template)", as: "couple", path: "/agreements/new/trigger-response?template=late-reply" },
  { name: "a pause rule form (template)", as: "couple", path: "/agreements/new/pause-rule?template=pause-10" },
  {
    name: "a need form, in my own words, refused",
    as: "couple",
    path: "/agreements/new/need",
    reach: async ({ page }) => {
      await page.locator("input[name=need][value=OTHER]").check({ force: true });
      await refused(page, "agreement-submit");
    },
  },
  { name: "needs map", as: "couple", path: "/agreements/needs" },
  { name: "past agreements", as: "couple", path: "/agreements/past" },
  {
    name: "a proposal waiting for me",
    as: "couple",
    path: "/agreements",
    reach: ({ page, partner }) => proposalWaiting(page, partner!, "trigger-response", "late-reply"),
  },
  {
    name: "a proposal waiting for me, opened",
    as: "couple",
    path: "/agreements",
    reach: async ({ page, partner }) => {
      await openWaitingProposal(page, partner!, "pause-rule", "pause-10");
      await page.getByRole("button", { name: /…/ }).click();
    },
  },
  {
    name: "an agreement we both said yes to, with its history",
    as: "couple",
    path: "/agreements",
    reach: async ({ page, partner }) => {
      await openWaitingProposal(page, partner!, "check-in", "daily-check-in");
      await tapThenSee(page, "accept", "active-version");
    },
  },
  { name: "today, a new couple", as: "couple", path: "/today" },
  todayWithCheckIn("today, a check-in due", (page) => page.locator("[data-testid=checkin-card][data-state=due]").waitFor()),
  todayWithCheckIn("the check-in form", (page) => tapThenSee(page, "log-open", "log-form")),
  todayWithCheckIn("today, a check-in kept (the partner's part to come)", async (page) => {
    await page.getByTestId("log-open").click();
    await page.getByTestId("feeling-4").click();
    await page.locator("[data-testid=checkin-card][data-state=kept]").waitFor();
  }),
  {
    name: "today, a check-in missed: does the rhythm still fit?",
    as: "couple",
    path: "/today",
    needsDatabase: true,
    reach: async ({ page, me, partner }) => {
      const agreement = await agreeDailyCheckIn(me, partner!, -240);
      await agreedDaysAgo(agreement, 2);
      await page.goto("/today");
      await page.getByTestId("rhythm-question").waitFor();
    },
    userContent: CHECK_IN_ABOUT,
  },
  { name: "history, nothing yet", as: "couple", path: "/history" },
  {
    name: "history with a pause and moments",
    as: "couple",
    path: "/history",
    reach: async ({ page, me, partner }) => {
      await agreeDailyCheckIn(me, partner!, 10);
      await page.goto("/pause");
      await startPause(page);
      await page.goto("/history");
      await page.getByTestId("timeline").waitFor();
    },
    userContent: CHECK_IN_ABOUT,
  },
  { name: "weekly review, nothing agreed yet", as: "couple", path: "/review" },
  {
    name: "weekly review: our week at a glance, and a way to start",
    as: "couple",
    path: "/review",
    reach: async ({ page, partner }) => {
      await agreeFromTemplate(page, partner!.page);
      await page.goto("/review");
      await page.getByTestId("start-together").waitFor();
    },
  },
  {
    name: "weekly review in progress: my rating, waiting for the partner's",
    slow: true,
    as: "couple",
    path: "/review",
    reach: async ({ page, partner }) => {
      await agreeFromTemplate(page, partner!.page);
      await startReviewAndRate(page);
      await page.getByTestId("waiting").waitFor();
    },
  },
  {
    name: "weekly review in progress: both rated, what shall we do with it",
    slow: true,
    as: "couple",
    path: "/review",
    reach: async ({ page, partner }) => {
      await agreeFromTemplate(page, partner!.page);
      await startReviewAndRate(page);
      await partner!.page.goto("/review");
      await rateOn(partner!.page, 2);
      await page.getByTestId("decision").waitFor();
    },
  },
  {
    name: "weekly review summary",
    slow: true,
    as: "couple",
    path: "/review",
    reach: async ({ page, partner }) => {
      await finishReview(page, partner!.page);
    },
  },
  {
    name: "past reviews, with a trend",
    slow: true,
    as: "couple",
    path: "/review",
    reach: async ({ page, partner }) => {
      await finishReview(page, partner!.page);
      await page.goto("/review/history");
      await page.getByTestId("trend").waitFor();
    },
  },
  { name: "journal, empty", as: "couple", path: "/journal" },
  {
    name: "journal, writing an entry",
    as: "couple",
    path: "/journal/new",
    reach: async ({ page }) => {
      await page.getByTestId("entry-form").waitFor();
      await page.locator("textarea[name=happened]").fill(ENTRY_TEXT);
      await page
        .getByTestId("save-status")
        .filter({ hasText: /21|\d:\d\d/ })
        .waitFor();
    },
    userContent: [ENTRY_TEXT],
  },
  { name: "journal, with an entry", as: "couple", path: "/journal", reach: writeEntry, userContent: [ENTRY_TEXT] },
  {
    name: "journal, one entry open (propose and delete open)",
    as: "couple",
    path: "/journal",
    reach: async (ctx) => {
      await writeEntry(ctx);
      await tapThenSee(ctx.page, "journal-entry", "entry-view");
      await ctx.page.getByTestId("propose-open").click();
      await ctx.page.getByTestId("delete-entry-open").click();
    },
    userContent: [ENTRY_TEXT],
  },
  { name: "journal patterns, empty", as: "couple", path: "/journal/patterns" },
  {
    name: "journal patterns, with an entry",
    as: "couple",
    path: "/journal",
    reach: async (ctx) => {
      await writeEntry(ctx);
      await ctx.page.goto("/journal/patterns");
      await ctx.page.getByTestId("patterns-reading").waitFor();
    },
    userContent: [ENTRY_TEXT],
  },
  {
    name: "things that steady me, editing",
    as: "couple",
    path: "/journal/steady",
    reach: async ({ page }) => {
      await tapThenSee(page, "steadiers-edit", "steadiers-editor");
      await page.getByTestId("steadiers-editor").getByRole("button").first().click();
      await page.locator("[data-testid=steadiers-editor] input").first().waitFor();
    },
  },
  { name: "record", as: "couple", path: "/record" },
  {
    name: "record with an agreement, a link suggested by the partner",
    slow: true,
    as: "couple",
    path: "/record",
    reach: async ({ page, partner }) => {
      await agreeFromTemplate(page, partner!.page);
      await suggestLink(partner!.page);
      await page.goto("/record");
      await page.getByTestId("share-link-for-me").waitFor();
    },
    userContent: [COUNSELLOR],
  },
  {
    name: "record, the link I just made (shown once)",
    as: "couple",
    path: "/record",
    reach: async ({ page }) => {
      await suggestLink(page);
    },
    userContent: [COUNSELLOR],
  },
  {
    name: "a shared link, read signed out",
    slow: true,
    as: "couple",
    path: "/record",
    reach: async ({ page, partner }) => {
      await agreeFromTemplate(page, partner!.page);
      const url = await suggestLink(partner!.page);
      await page.goto("/record");
      await page.getByTestId("share-approve").click();
      await page.getByTestId("share-link").filter({ hasText: COUNSELLOR }).waitFor();
      // The counsellor: no session, a browser that asks for the pseudo-locale.
      await page.context().clearCookies();
      await page.goto(url);
      await page.getByTestId("shared-banner").waitFor();
    },
    userContent: [COUNSELLOR],
  },
  { name: "a shared link that is no longer available", as: "visitor", path: "/shared/not-a-real-link" },
  {
    name: "the API reference (developers)",
    as: "couple",
    path: "/developers/api",
    // Our page's own words are checked here (its title, html lang); Scalar draws the reference.
    reach: ({ page }) => page.locator("[data-third-party=scalar] h1").first().waitFor({ timeout: 20_000 }),
    thirdParty: {
      selector: "[data-third-party=scalar]",
      reason:
        "Scalar's own labels (Search, Shell, curl…) have no pseudo-locale and fall back to its English (Spanish is its own: spanish-review.spec.ts). Our document's prose that it shows is checked word by word in the pseudo-locale by lib/api/openapi.test.ts.",
    },
  },
  { name: "me, in a couple", as: "couple", path: "/me" },
  {
    name: "me, a token made",
    as: "couple",
    path: "/me",
    reach: async ({ page }) => {
      await page.locator("input[name=name]").last().fill("Watch");
      await page.getByTestId("token-create").click();
      await page.getByTestId("new-token").waitFor();
      // The list re-renders with the new token after the action: measure it once it has settled.
      await page.getByTestId("tokens").getByText("Watch").waitFor();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    },
    userContent: ["Watch"],
  },
];

/** The partner proposes the late-reply trigger → response (its words are the template's, in the pseudo-locale), I say yes. */
async function agreeFromTemplate(page: Page, partnerPage: Page) {
  await proposeFromTemplate(partnerPage, "trigger-response", "late-reply");
  await page.goto(new URL(partnerPage.url()).pathname);
  await page.getByTestId("accept").click();
  await page.getByTestId("accept").waitFor({ state: "detached" });
}

/** Rates the agreement on screen (the rating form's radio, then its one button). */
async function rateOn(page: Page, rating: number) {
  const form = page.getByTestId("rating-form");
  await form.getByTestId(`rate-${rating}`).click();
  await form.locator("button[type=submit]").click();
}

/** Starts our review together, goes past the glance and rates the first agreement. */
async function startReviewAndRate(page: Page) {
  await page.goto("/review");
  await page.getByTestId("start-together").click();
  await page.locator("[data-testid=review-session][data-step='0']").waitFor();
  await page.getByTestId("review-next").click();
  await rateOn(page, 4);
}

/** A whole review of one agreement: both rate, keep it, finish; lands on the saved summary. */
async function finishReview(page: Page, partnerPage: Page) {
  await agreeFromTemplate(page, partnerPage);
  await startReviewAndRate(page);
  await partnerPage.goto("/review");
  await rateOn(partnerPage, 3);
  await page.getByTestId("decide-keep").click();
  await page.getByTestId("decided").waitFor();
  await page.getByTestId("review-next").click();
  await page.getByTestId("finish-review").click();
  await page.waitForURL(/\/review\/[^/]+$/);
  await page.getByTestId("review-summary").waitFor();
}

/** Suggests a counsellor link from the record page; returns the link (shown once). */
async function suggestLink(page: Page): Promise<string> {
  await page.goto("/record");
  const panel = page.getByTestId("share-propose");
  await panel.locator("input[name=therapistName]").fill(COUNSELLOR);
  await panel.locator("button[type=submit]").click();
  return (await page.getByTestId("share-link-url").textContent())!.trim();
}

/** Submits a form that will be refused, and waits for the refusal (a form alert, or an error under a field). */
async function refused(page: Page, submit: string) {
  await page.getByTestId(submit).click();
  await page.getByRole("alert").filter({ hasText: /\S/ }).or(page.locator("[aria-invalid=true]")).first().waitFor();
}

/** Starts a pause from /pause and waits for its screen. */
async function startPause(page: Page) {
  await tapThenSee(page, "start-pause", "active-pause");
}

/** The partner proposes a template; my agreements list shows it waiting for me. */
async function proposalWaiting(page: Page, partner: Person, slug: string, template: string) {
  await proposeFromTemplate(partner.page, slug, template);
  await page.reload();
  await page.getByTestId("waiting-for-me").waitFor();
}

/** The same, opened. */
async function openWaitingProposal(page: Page, partner: Person, slug: string, template: string) {
  await proposalWaiting(page, partner, slug, template);
  await page.getByTestId("waiting-for-me").getByTestId("agreement-card").first().click();
  await page.getByTestId("pending-proposal").waitFor();
}

/** Taps one thing and waits for what it opens. */
async function tapThenSee(page: Page, tap: string, see: string) {
  await page.getByTestId(tap).click();
  await page.getByTestId(see).waitFor();
}

/** The partner proposes a template as it stands (in their own language: here the pseudo-locale too). */
async function proposeFromTemplate(page: Page, slug: string, template: string) {
  await page.goto(`/agreements/new/${slug}?template=${template}`);
  await page.getByTestId("agreement-submit").click();
  await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
}

/**
 * A daily check-in at `minutes` from now, proposed by `me` and accepted by the partner, through the
 * English form (a second, English phone with the same session: the agreement screens are not
 * what these rows check). Returns the agreement's path.
 */
async function agreeDailyCheckIn(me: Person, partner: Person, minutes: number): Promise<string> {
  const browser = me.context.browser()!;
  const english = await browser.newContext({ ...phone, baseURL, locale: "en-GB", storageState: await me.context.storageState() });
  try {
    const page = await english.newPage();
    await page.goto("/agreements/new/check-in?template=daily-check-in");
    const zone = await page.getByLabel("Time zone").inputValue();
    const at = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      Date.now() + minutes * 60_000,
    );
    await page.getByLabel("At what time?").fill(at);
    await page.getByRole("button", { name: `Propose to ${partner.name}` }).click();
    await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
    const path = new URL(page.url()).pathname;
    await partner.page.goto(path);
    await partner.page.getByTestId("accept").click();
    await partner.page.getByTestId("agreement-status").filter({ hasNotText: /^$/ }).waitFor();
    await partner.page.getByTestId("accept").waitFor({ state: "detached" });
    return path;
  } finally {
    await english.close();
  }
}

/** Moves an agreement's acceptance back `days` days (PostgreSQL only), so a missed check-in counts. */
async function agreedDaysAgo(agreementPath: string, days: number) {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "AgreementVersion" SET "decidedAt" = now() - make_interval(days => $2) WHERE "agreementId" = $1 AND status = 'ACCEPTED'`,
      [agreementPath.split("/").pop(), days],
    );
  } finally {
    await client.end();
  }
}

/** Writes and saves one journal entry (with a suggested tag and how strong it was), back on the journal. */
async function writeEntry({ page }: { page: Page }) {
  await page.goto("/journal/new");
  await page.getByTestId("entry-form").waitFor();
  await page.locator("textarea[name=happened]").fill(ENTRY_TEXT);
  await page.locator("input[name=intensity][value='3']").check({ force: true });
  await page.locator("input[name=tags]").first().check({ force: true });
  await page.locator("[data-testid=save-bar] button[type=submit]").click();
  await page.getByTestId("journal-entry").first().waitFor();
}

/** Moves the running pause of this person's couple to four seconds before zero (PostgreSQL only). */
async function bringZeroClose(email: string) {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Pause" p SET "startedAt" = p."startedAt" - (p."endsAt" - (now() AT TIME ZONE 'UTC' + interval '4 seconds')),
                            "endsAt" = now() AT TIME ZONE 'UTC' + interval '4 seconds'
       FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
       WHERE p."coupleId" = m."coupleId" AND u."email" = $1 AND p."endedAt" IS NULL`,
      [email],
    );
  } finally {
    await client.end();
  }
}
