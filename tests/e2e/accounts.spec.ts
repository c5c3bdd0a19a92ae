import { createInviteCode, expect, linkCouple, newPhone, PASSWORD, shot, signIn, signUp, test } from "./fixtures";

test("two phones link with an invite, see each other, and either can leave alone", async ({ browser }) => {
  const phoneA = await newPhone(browser);
  const phoneB = await newPhone(browser);
  await signUp(phoneA.page, "Alex");
  const code = await createInviteCode(phoneA.page);
  await expect(phoneA.page.getByTestId("invite-url")).toContainText(`/join?code=${code}`);
  await expect(phoneA.page.getByRole("img", { name: "QR code with the invite link" })).toBeVisible();

  // B opens the link signed out, signs up on the way and comes back to the invite.
  await phoneB.page.goto(`/join?code=${code}`);
  await expect(phoneB.page.getByTestId("join-code")).toHaveText(code);
  await phoneB.page.getByRole("link", { name: "Create my account" }).click();
  await phoneB.page.getByLabel("What should we call you?").fill("Blake");
  await phoneB.page.getByLabel("Email").fill(`e2e-b-${Date.now()}@example.test`);
  await phoneB.page.getByLabel("Password").fill(PASSWORD);
  await phoneB.page.getByRole("button", { name: "Create my account" }).click();
  await expect(phoneB.page.getByLabel("Invite code")).toHaveValue(code);
  await phoneB.page.getByRole("button", { name: "Join our shared space" }).click();
  await phoneB.page.waitForURL("**/today");
  await expect(phoneB.page.getByTestId("partner-name")).toHaveText("Alex");

  // A's open invite screen turns into the linked state without a reload.
  await expect(phoneA.page.getByTestId("linked-with")).toContainText("Blake");

  // B leaves (two taps + password); A's open page shows the neutral ended state live.
  await phoneA.page.goto("/today");
  await expect(phoneA.page.getByTestId("partner-name")).toHaveText("Blake");
  await phoneB.page.goto("/me");
  await phoneB.page.getByTestId("leave-open").click();
  await phoneB.page.getByTestId("leave").getByLabel("Your password").fill(PASSWORD);
  await phoneB.page.getByRole("button", { name: "Leave now" }).click();
  await phoneB.page.waitForURL("**/together");
  await expect(phoneB.page.getByRole("heading", { name: "Invite your partner" })).toBeVisible();
  await expect(phoneA.page.getByTestId("couple-ended")).toContainText("This shared space has ended");
  await expect(phoneA.page.getByTestId("partner-name")).toHaveCount(0);

  await phoneA.context.close();
  await phoneB.context.close();
});

test("bad input gets a clear message under the field and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("What should we call you?").fill("Sam");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("That doesn’t look like an email address — please check it.")).toBeVisible();
  await expect(page.getByLabel("What should we call you?")).toHaveValue("Sam");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Email").fill(`e2e-weak-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText(/That password is easy to guess/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);

  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("whatever whatever");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don’t match an account. Please check them and try again.")).toBeVisible();

  await signUp(page, "Sam");
  await page.goto("/join");
  await page.getByLabel("Invite code").fill("ZZZZZ-ZZZZZ");
  await page.getByRole("button", { name: "Join our shared space" }).click();
  await expect(page.getByText("That code doesn’t match an invite. Check the letters, or ask for a new one.")).toBeVisible();
  await expect(page.getByLabel("Invite code")).toHaveValue("ZZZZZ-ZZZZZ");
});

test("the time-zone picker lists every zone on its own, a slice at a time, with the phone's zone still chosen", async ({ page }) => {
  await page.goto("/signup");
  const select = page.getByLabel("Time zone");
  const phone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const all = await page.evaluate(() => ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")]);
  // Untouched: the page fills the list while idle (not in one long task), and the chosen zone stays chosen throughout.
  await expect.poll(() => select.locator("option").count(), { timeout: 10_000 }).toBe(all.length);
  await expect(select).toHaveValue(phone);
  expect(await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(all);
});

test("signing out everywhere ends the other phone's session at once", async ({ browser }) => {
  const one = await newPhone(browser);
  const two = await newPhone(browser);
  const { email } = await signUp(one.page, "Robin");
  await signIn(two.page, email);
  await two.page.goto("/me");
  await expect(two.page.getByTestId("sessions").getByRole("listitem")).toHaveCount(2);

  await one.page.goto("/me");
  await one.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await one.page.waitForURL((url) => url.pathname === "/");
  await two.page.goto("/me");
  await expect(two.page).toHaveURL(/\/signin/);
  await one.context.close();
  await two.context.close();
});

test("deleting an account leaves the partner a read-only ended space", async ({ couple }) => {
  const { a, b } = couple;
  await a.page.goto("/today");
  await b.page.goto("/me");
  await b.page.getByTestId("delete-open").click();
  await b.page.getByTestId("delete").getByLabel("Your password").fill("not my password");
  await b.page.getByRole("button", { name: "Delete for good" }).click();
  await expect(b.page.getByText("That password isn’t right. Please try again.")).toBeVisible();
  await b.page.getByTestId("delete").getByLabel("Your password").fill(b.password);
  await b.page.getByRole("button", { name: "Delete for good" }).click();
  await b.page.waitForURL((url) => url.pathname === "/");
  await expect(a.page.getByTestId("couple-ended")).toBeVisible();
  await b.page.goto("/signin");
  await b.page.getByLabel("Email").fill(b.email);
  await b.page.getByLabel("Password").fill(b.password);
  await b.page.getByRole("button", { name: "Sign in" }).click();
  await expect(b.page.getByText("That email and password don’t match an account. Please check them and try again.")).toBeVisible();
});

test("export downloads my data as JSON", async ({ couple }) => {
  const { a } = couple;
  await a.page.goto("/me");
  const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.getByTestId("export").click()]);
  expect(download.suggestedFilename()).toMatch(/^steady-export-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await (await download.createReadStream()).toArray();
  const data = JSON.parse(Buffer.concat(text).toString("utf8"));
  expect(data.me.email).toBe(a.email);
  expect(data.couple.partnerName).toBe("Blake");
  expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash/);
});

test("screens of accounts, light and dark", async ({ browser }) => {
  test.slow(); // two sign-ups through the form and twenty screenshots
  for (const scheme of ["light", "dark"] as const) {
    const { page, context } = await newPhone(browser, scheme);
    await page.goto("/");
    await shot(page, `accounts-landing-${scheme}`);
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
    await shot(page, `accounts-signup-errors-${scheme}`);
    await page.goto("/join?code=ABCDE-FGHJK");
    await shot(page, `accounts-join-signed-out-${scheme}`);
    await signUp(page, "Jordan");
    await shot(page, `accounts-together-empty-${scheme}`);
    await createInviteCode(page);
    await shot(page, `accounts-together-invite-${scheme}`);
    await page.goto("/today");
    await shot(page, `accounts-today-solo-${scheme}`);
    await page.goto("/me");
    await shot(page, `accounts-me-${scheme}`);
    await page.goto("/help");
    await shot(page, `accounts-help-${scheme}`);
    await page.goto("/no-such-page");
    await shot(page, `not-found-${scheme}`);
    await context.close();
  }
  const { a, b } = await linkCouple(browser, { a: "Alex", b: "Blake" });
  await a.page.goto("/together");
  await expect(a.page.getByTestId("linked-with")).toContainText("Blake");
  await shot(a.page, "accounts-together-linked-light");
  await b.page.goto("/today");
  await shot(b.page, "accounts-today-linked-light");
  await a.context.close();
  await b.context.close();
});
