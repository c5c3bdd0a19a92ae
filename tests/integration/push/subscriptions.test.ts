import { describe, expect, it } from "vitest";
import { deleteAccountOp, endSessionOp, signOutEverywhereOp } from "@/lib/accounts/operations";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { subscribePushOp, unsubscribePushOp, updatePushSettingsOp } from "@/lib/push/operations";
import { notificationSettings } from "@/lib/push/queries";
import { createCouple, createUser, FACTORY_PASSWORD } from "@/tests/factories";
import { subscribe, pushWorld } from "./helpers";
import { browserKeys } from "./local-push-service";

const ctx = pushWorld({ worker: false });

describe("push subscriptions: one per device, gone with the session", () => {
  it("subscribing again from the same session replaces the old subscription", async () => {
    const u = await createUser();
    await subscribe(ctx.service, u, "/first");
    await subscribe(ctx.service, u, "/second");
    const rows = await db.pushSubscription.findMany({ where: { userId: u.id } });
    expect(rows.map((r) => r.endpoint)).toEqual([`${ctx.service.origin}/second`]);
  });

  it("the service worker's renewal (pushsubscriptionchange) replaces the retired endpoint, never another account's", async () => {
    const u = await createUser();
    const other = await createUser();
    await subscribe(ctx.service, u, "/retired");
    await subscribe(ctx.service, other, "/someone-else");
    const renewed = await executeOperation(subscribePushOp, { endpoint: `${ctx.service.origin}/renewed`, keys: browserKeys().json, oldEndpoint: `${ctx.service.origin}/retired` }, u.request);
    expect(renewed.ok).toBe(true);
    expect((await db.pushSubscription.findMany({ where: { userId: u.id } })).map((r) => r.endpoint)).toEqual([`${ctx.service.origin}/renewed`]);
    // Naming someone else's endpoint as "old" removes nothing of theirs.
    const sneaky = await executeOperation(subscribePushOp, { endpoint: `${ctx.service.origin}/renewed-again`, keys: browserKeys().json, oldEndpoint: `${ctx.service.origin}/someone-else` }, u.request);
    expect(sneaky.ok).toBe(true);
    expect((await db.pushSubscription.findMany({ where: { userId: other.id } })).map((r) => r.endpoint)).toEqual([`${ctx.service.origin}/someone-else`]);
  });

  it("refuses an address that is no push service, and keys that are not a browser's, changing nothing", async () => {
    const u = await createUser();
    const keys = browserKeys().json;
    const cases = [
      { endpoint: "http://10.0.0.5/internal", keys },
      { endpoint: "https://example.org/push", keys },
      { endpoint: `https://fcm.googleapis.com/fcm/send/x`, keys: { ...keys, p256dh: "short" } },
      { endpoint: `https://fcm.googleapis.com/fcm/send/x`, keys: { ...keys, auth: "" } },
      { endpoint: "not a url", keys },
    ];
    for (const input of cases) {
      const result = await executeOperation(subscribePushOp, input, u.request);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error).not.toMatch(/zod|prisma|undefined/i);
    }
    expect(await db.pushSubscription.count()).toBe(0);
  });

  it("another account's live device keeps its endpoint; one left by an ended session is taken over", async () => {
    const a = await createUser();
    const b = await createUser();
    const first = await subscribe(ctx.service, a, "/shared-phone");
    const taken = await executeOperation(subscribePushOp, { endpoint: `${ctx.service.origin}/shared-phone`, keys: first.json }, b.request);
    expect(taken).toMatchObject({ ok: false, code: "conflict" });
    expect((await db.pushSubscription.findFirstOrThrow({ where: { endpoint: `${ctx.service.origin}/shared-phone` } })).userId).toBe(a.id);
    await db.session.update({ where: { id: a.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await executeOperation(subscribePushOp, { endpoint: `${ctx.service.origin}/shared-phone`, keys: browserKeys().json }, b.request)).ok).toBe(true);
    expect((await db.pushSubscription.findFirstOrThrow({ where: { endpoint: `${ctx.service.origin}/shared-phone` } })).userId).toBe(b.id);
  });

  it("signing out, ending a session, signing out everywhere and deleting the account remove subscriptions", async () => {
    const u = await createUser();
    const other = await createSession(u.id, "tablet");
    const tablet = { ...u, sessionId: other.id, request: { ...u.request, sessionId: other.id } };
    await subscribe(ctx.service, u, "/phone");
    await subscribe(ctx.service, tablet, "/tablet");
    // Sign-out (next-auth's signout event calls revokeSession).
    await revokeSession(u.id, other.id);
    expect((await db.pushSubscription.findMany({ where: { userId: u.id } })).map((s) => s.endpoint)).toEqual([`${ctx.service.origin}/phone`]);
    const third = await createSession(u.id, "laptop");
    const laptop = { ...u, sessionId: third.id, request: { ...u.request, sessionId: third.id } };
    await subscribe(ctx.service, laptop, "/laptop");
    expect((await executeOperation(endSessionOp, { sessionId: third.id }, u.request)).ok).toBe(true);
    expect(await db.pushSubscription.count({ where: { userId: u.id } })).toBe(1);
    expect((await executeOperation(signOutEverywhereOp, {}, u.request)).ok).toBe(true);
    expect(await db.pushSubscription.count({ where: { userId: u.id } })).toBe(0);

    const c = await createCouple();
    await subscribe(ctx.service, c.a, "/a");
    expect((await executeOperation(deleteAccountOp, { password: FACTORY_PASSWORD }, c.a.request)).ok).toBe(true);
    expect(await db.pushSubscription.count({ where: { userId: c.a.id } })).toBe(0);
  });

  it("turning off on this device removes only my own subscription", async () => {
    const a = await createUser();
    const b = await createUser();
    const sa = await subscribe(ctx.service, a, "/a-phone");
    await subscribe(ctx.service, b, "/b-phone");
    expect(await executeOperation(unsubscribePushOp, { endpoint: `${ctx.service.origin}/b-phone` }, a.request)).toMatchObject({ ok: true, data: { removed: 1 } });
    expect(await db.pushSubscription.count({ where: { userId: b.id } })).toBe(1);
    expect(await db.pushSubscription.count({ where: { userId: a.id } })).toBe(0);
    void sa;
  });

  it("refusals are said in the person's language, like every other form's", async () => {
    const u = await createUser();
    const es = { ...u.request, locale: "es" as const };
    const keys = browserKeys().json;
    const notPush = await executeOperation(subscribePushOp, { endpoint: "https://example.org/push", keys }, es);
    expect(notPush).toMatchObject({ ok: false, fieldErrors: { endpoint: ["Steady no puede enviar notificaciones a la dirección de este navegador. Prueba con otro navegador."] } });
    const badKey = await executeOperation(subscribePushOp, { endpoint: "https://fcm.googleapis.com/fcm/send/x", keys: { ...keys, p256dh: "short" } }, es);
    expect(badKey).toMatchObject({ ok: false, fieldErrors: { keys: ["La clave de cifrado de este navegador no parece correcta. Prueba a activar las notificaciones otra vez."] } });
    const base = { pauseStarted: true, pauseAfter: false, proposals: true, checkIns: false, reviews: true, showNames: true };
    const quiet = await executeOperation(updatePushSettingsOp, { ...base, quiet: true, quietFrom: "25:00", quietTo: "" }, es);
    expect(quiet).toMatchObject({ ok: false, fieldErrors: { quietFrom: ["Escribe una hora como 22:00."], quietTo: ["Di a qué hora terminan las horas de silencio, como 07:00."] } });
    const flag = await executeOperation(updatePushSettingsOp, { ...base, pauseStarted: "yes", quiet: false }, es);
    expect(flag).toMatchObject({ ok: false, fieldErrors: { pauseStarted: ["Elige activado o desactivado."] } });
    expect(await db.pushSubscription.count()).toBe(0);
    expect(await db.notificationSettings.count()).toBe(0);
  });

  it("settings: saved for me alone; quiet hours need both times; bad input changes nothing", async () => {
    const u = await createUser();
    const base = { pauseStarted: true, pauseAfter: false, proposals: true, checkIns: false, reviews: true, showNames: true };
    const bad = await executeOperation(updatePushSettingsOp, { ...base, quiet: true, quietFrom: "22:00", quietTo: "" }, u.request);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { quietTo: ["Please give the time quiet hours end, like 07:00."] } });
    const worse = await executeOperation(updatePushSettingsOp, { ...base, quiet: true, quietFrom: "25:00", quietTo: "07:00" }, u.request);
    expect(worse.ok).toBe(false);
    expect(await db.notificationSettings.count()).toBe(0);
    expect((await executeOperation(updatePushSettingsOp, { ...base, quiet: true, quietFrom: "22:30", quietTo: "07:00" }, u.request)).ok).toBe(true);
    expect(await notificationSettings(u.id)).toEqual({ ...base, quietFrom: "22:30", quietTo: "07:00" });
  });
});
