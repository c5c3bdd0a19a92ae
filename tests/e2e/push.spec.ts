import { baseURL, phone } from "../../playwright.config";
import { expect, newPhone, signedUp, test } from "./fixtures";

// The lock screen's words as an English reader sees them (messages/en.json, push.notification).
const PUSH_WORDS = { title: "Steady", pauseStarted: "A pause has started — 10 minutes" };

/**
 * Web Push in the real browser: the explanation before any permission prompt, the iPhone note,
 * the settings; and the real service worker receiving a push (delivered through Chromium's
 * DevTools protocol, as a push service would), showing it, and a tap opening the countdown.
 */
test.describe("notifications", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`Me explains before asking, and keeps the settings (${scheme})`, async ({ browser }) => {
      const { context, page } = await newPhone(browser, scheme);
      await signedUp(page, "Robin");
      await page.goto("/me");
      const card = page.getByTestId("notifications-card");
      await expect(card.getByTestId("push-explain")).toBeVisible();
      await expect(card.getByTestId("push-sample")).toHaveText(`${PUSH_WORDS.title}${PUSH_WORDS.pauseStarted}`);
      await expect(card.getByTestId("push-quiet-note")).toContainText("Quiet hours never hold back a pause");
      // Nothing asked on load: the browser's prompt comes only from the button.
      expect(await page.evaluate(() => Notification.permission)).toBe("default");
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `screenshots/push-explain-${scheme}.png` });

      await card.getByTestId("push-quiet").check();
      await card.getByTestId("push-quietFrom").fill("22:30");
      await card.getByTestId("push-quietTo").fill("06:45");
      await card.getByTestId("push-kind-proposals").uncheck();
      await card.getByTestId("push-names").check();
      await card.getByTestId("push-save").click();
      await expect(card.getByTestId("push-settings-result")).toHaveText("Saved.");
      await card.getByTestId("push-settings").screenshot({ path: `screenshots/push-settings-${scheme}.png` });
      await page.reload();
      await expect(card.getByTestId("push-quietFrom")).toHaveValue("22:30");
      await expect(card.getByTestId("push-quietTo")).toHaveValue("06:45");
      await expect(card.getByTestId("push-kind-proposals")).not.toBeChecked();
      await expect(card.getByTestId("push-names")).toBeChecked();
      await context.close();
    });
  }

  test("Me's notifications speak the person's language: the sample lock screen too", async ({ browser }) => {
    for (const scheme of ["light", "dark"] as const) {
      // A phone set to Spanish. (Not setExtraHTTPHeaders: Chromium sends the context's locale as
      // Accept-Language on navigations and drops that header there, so /me came in English.)
      const context = await browser.newContext({ ...phone, baseURL, locale: "es-ES", colorScheme: scheme });
      const page = await context.newPage();
      await signedUp(page, "Robin");
      // No saved choice: the browser's language decides.
      await page.goto("/me");
      const card = page.getByTestId("notifications-card");
      await expect(card.getByRole("heading", { name: "Notificaciones" })).toBeVisible();
      await expect(card.getByTestId("push-sample")).toHaveText("SteadyHa empezado una pausa — 10 minutos");
      await expect(card.getByTestId("push-quiet-note")).toContainText("Las horas de silencio nunca retienen una pausa");
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `screenshots/push-explain-es-${scheme}.png` });
      await context.close();
    }
  });

  test("on an iPhone in Safari, it says to add Steady to the Home Screen first", async ({ browser }) => {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        colorScheme: scheme,
        baseURL,
        userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      });
      const page = await context.newPage();
      await signedUp(page, "Sam");
      await page.goto("/me");
      const card = page.getByTestId("notifications-card");
      await expect(card.getByTestId("push-ios")).toContainText("Add to Home Screen");
      await expect(card.getByTestId("push-explain")).toHaveCount(0);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `screenshots/push-ios-${scheme}.png` });
      await context.close();
    }
  });

  test("the service worker shows a pushed 'pause started', and a tap opens the running countdown", async ({ couple }) => {
    const { a, b } = couple;
    await b.context.grantPermissions(["notifications"], { origin: baseURL });
    await b.page.goto("/today");
    // The app registers its worker; wait until it controls this page.
    await b.page.evaluate(async () => {
      if (!(await navigator.serviceWorker.getRegistration("/"))) await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
    });
    await b.page.reload();
    await expect.poll(() => b.page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Alex asks for a pause; Blake's phone is "locked": the message arrives through the push service.
    await a.page.goto("/pause");
    await a.page.getByTestId("start-pause").click();
    await expect(a.page.getByTestId("pause-countdown")).toBeVisible();
    await b.page.goto("/today");

    const cdp = await b.context.newCDPSession(b.page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const mine = registrations.find((r) => r.scopeURL === `${baseURL}/` && !r.isDeleted);
        if (mine) resolve(mine.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    const message = { kind: "pause.started", title: PUSH_WORDS.title, body: PUSH_WORDS.pauseStarted, url: "/pause", tag: "pause", at: Date.now() };
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: baseURL, registrationId: await registrationId, data: JSON.stringify(message) });

    await expect
      .poll(() =>
        b.page.evaluate(async () => {
          const reg = await navigator.serviceWorker.ready;
          return (await reg.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown }));
        }),
      )
      .toEqual([{ title: "Steady", body: "A pause has started — 10 minutes", tag: "pause", data: { url: "/pause", kind: "pause.started" } }]);

    // The tap: the worker's notificationclick, with the notification it showed.
    const [worker] = b.context.serviceWorkers();
    expect(worker).toBeDefined();
    await worker!.evaluate(async () => {
      const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      const [notification] = await scope.registration.getNotifications();
      const NotificationEventCtor = (globalThis as unknown as { NotificationEvent: new (type: string, init: { notification: Notification }) => Event }).NotificationEvent;
      scope.dispatchEvent(new NotificationEventCtor("notificationclick", { notification: notification! }));
    });
    await b.page.waitForURL("**/pause");
    await expect(b.page.getByTestId("pause-countdown")).toBeVisible();
    await expect(b.page.getByTestId("pause-heading")).toHaveText("A pause has started.");
    expect(await b.page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).length)).toBe(0);
  });
});
