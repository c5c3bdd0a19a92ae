import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptVersionOp, proposeAgreementOp } from "@/lib/agreements/operations";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import type { PauseStatePayload } from "@/lib/pause/state";
import { createCouple } from "@/tests/factories";
import { checkIn, ok } from "../agreements/helpers";
import { connect, nextEvent, sessionCookie, startRealtime, type RealtimeHarness } from "../pause/harness";
import { api, makeToken } from "./helpers";

/**
 * A phone's Shortcut starts the pause with a token, and the partner's open screen (a real socket)
 * shows it at once, exactly as after a tap; the same for ending it; widgets read it.
 */
let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

describe("the pause over the JSON API", () => {
  it("a token starts the pause, the partner's socket sees it, a read shows it, the starter ends it early", async () => {
    const c = await createCouple({ a: "Robin", b: "Sam" });
    const robinPause = await makeToken(c.a.request, "pause", "Action button");
    const samWidget = await makeToken(c.b.request, "read", "Widget");
    const sam = await connect(harness.url, await sessionCookie(c.b));

    const seen = nextEvent(sam, "pause:state", 3000, (s) => !!s.pause && s.pause.endedAt === null);
    const started = await api("POST", "/pause/start", { token: robinPause.secret });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ created: true, pause: { startedById: c.a.id, minutes: 10, endedAt: null } });
    const pause = (started.body as unknown as PauseStatePayload).pause!;
    expect((await seen).pause!.id).toBe(pause.id);
    // Exactly what a tap writes: the pause and its timeline event, by Robin.
    expect(await db.event.findMany({ where: { coupleId: c.id }, select: { type: true, actorId: true } })).toEqual([{ type: "pause.started", actorId: c.a.id }]);

    const forRobin = await api("GET", "/pause", { token: robinPause.secret });
    expect(forRobin.status).toBe(200);
    expect(forRobin.body).toMatchObject({ phase: "counting", pause: { id: pause.id, startedBy: "me", startedByName: "Robin", partnerReady: false }, atZero: { minutes: 10 } });
    const remaining = (forRobin.body.pause as { remainingSeconds: number }).remainingSeconds;
    expect(remaining).toBeGreaterThan(590);
    expect(remaining).toBeLessThanOrEqual(600);
    const forSam = await api("GET", "/pause", { token: samWidget.secret });
    expect(forSam.body).toMatchObject({ phase: "counting", pause: { id: pause.id, startedBy: "partner", startedByName: "Robin" } });

    // Tapping again (a second press of the Action button) shows the running pause.
    const again = await api("POST", "/pause/start", { token: robinPause.secret });
    expect(again.body).toMatchObject({ created: false, pause: { id: pause.id } });

    const ended = nextEvent(sam, "pause:state", 3000, (s) => s.pause?.id === pause.id && s.pause.endedAt !== null);
    const end = await api("POST", "/pause/end", { token: robinPause.secret, body: { pauseId: pause.id } });
    expect(end.status).toBe(200);
    expect(end.body).toMatchObject({ pause: { id: pause.id, endReason: "ENDED_EARLY", endedById: c.a.id } });
    expect((await ended).pause!.endReason).toBe("ENDED_EARLY");
    expect(await api("GET", "/pause", { token: samWidget.secret })).toMatchObject({ body: { phase: "ended" } });
    sam.close();
  });

  it("the partner says they're ready over the API; the starter's socket hears it", async () => {
    const c = await createCouple();
    const aSocket = await connect(harness.url, await sessionCookie(c.a));
    const bToken = await makeToken(c.b.request, "pause");
    const aToken = await makeToken(c.a.request, "pause");
    const { body } = await api("POST", "/pause/start", { token: aToken.secret });
    const pauseId = (body as unknown as PauseStatePayload).pause!.id;
    const heard = nextEvent(aSocket, "pause:state", 3000, (s) => s.pause?.partnerReadyAt !== null);
    const ready = await api("POST", "/pause/ready", { token: bToken.secret, body: { pauseId } });
    expect(ready.status).toBe(200);
    expect((await heard).pause!.id).toBe(pauseId);
    expect(await api("GET", "/pause", { token: aToken.secret })).toMatchObject({ body: { phase: "counting", pause: { partnerReady: true } } });
    aSocket.close();
  });

  it("reads today's summary: what waits for me and our next check-in", async () => {
    const c = await createCouple();
    const widget = await makeToken(c.b.request, "read");
    expect(await api("GET", "/today", { token: widget.secret })).toMatchObject({ status: 200, body: { waitingForMe: 0, nextCheckIn: null } });
    const proposed = ok(await executeOperation(proposeAgreementOp, { ...checkIn(c), note: "" }, c.a.request));
    expect(await api("GET", "/today", { token: widget.secret })).toMatchObject({ body: { waitingForMe: 1, nextCheckIn: null } });
    ok(await executeOperation(acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }, c.b.request));
    const { body } = await api("GET", "/today", { token: widget.secret });
    expect(body).toMatchObject({ waitingForMe: 0, nextCheckIn: { agreementId: proposed.agreementId, about: "How today felt" } });
    const at = Date.parse((body.nextCheckIn as { at: string }).at);
    expect(at).toBeGreaterThan(Date.now());
    expect(at - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600_000);
  });

  it("a token's use is recorded as its last use, at most once a minute", async () => {
    const c = await createCouple();
    const t = await makeToken(c.a.request, "read");
    expect((await db.accessToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt).toBeNull();
    await api("GET", "/pause", { token: t.secret });
    const first = (await db.accessToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await api("GET", "/pause", { token: t.secret });
    expect((await db.accessToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt).toEqual(first);
  });
});
