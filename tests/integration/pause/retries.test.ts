import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { endPause, startPause } from "@/lib/pause/mutations";
import { startPauseOp } from "@/lib/pause/operations";
import { api, makeToken } from "@/tests/integration/api/helpers";
import { ask, connect, nextEvent, sessionCookie, startRealtime, type RealtimeHarness, type TestSocket } from "@/tests/integration/pause/harness";
import { createCouple, type TestCouple } from "@/tests/factories";

// A tap retried after its answer was lost (socket, then HTTP; "Try again"): the retry must not
// start a second pause, and must tell both phones what the first attempt did (docs/reliability.md).
const as = (couple: TestCouple, who: "a" | "b") => ({ userId: couple[who].id, coupleId: couple.id, sessionId: couple[who].sessionId });
const KEY = () => `tap-${crypto.randomUUID()}`;

let realtime: RealtimeHarness;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  realtime = await startRealtime();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await realtime.close();
});

async function phones(couple: TestCouple) {
  const a = await connect(realtime.url, await sessionCookie(couple.a));
  const b = await connect(realtime.url, await sessionCookie(couple.b));
  sockets.push(a, b);
  return { a, b };
}

describe("a start retried with the tap's key", () => {
  it("returns the pause the first attempt started, and the couple has one row", async () => {
    const couple = await createCouple();
    const key = KEY();
    const first = await startPause(as(couple, "a"), key);
    const retry = await startPause(as(couple, "a"), key);
    expect(retry.state.pause!.id).toBe(first.state.pause!.id);
    expect(retry.created).toBe(true); // what the first answer said
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
    expect(await db.event.count({ where: { coupleId: couple.id, type: "pause.started" } })).toBe(1);
  });

  it("after that pause ended, a late retry starts nothing; a new tap (another key) starts a new pause as before", async () => {
    const couple = await createCouple();
    const key = KEY();
    const first = await startPause(as(couple, "a"), key);
    await endPause(as(couple, "a"), { pauseId: first.state.pause!.id });
    const late = await startPause(as(couple, "a"), key);
    expect(late.state.pause!.id).toBe(first.state.pause!.id);
    expect(late.state.pause!.endedAt).not.toBeNull();
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
    const next = await startPause(as(couple, "a"), KEY());
    expect(next.created).toBe(true);
    expect(next.state.pause!.id).not.toBe(first.state.pause!.id);
    // Without a key (older phones, the API without one): as today.
    await endPause(as(couple, "a"), { pauseId: next.state.pause!.id });
    expect((await startPause(as(couple, "b"))).created).toBe(true);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(3);
  });

  it("the same tap racing itself (socket and HTTP at once) makes one pause", async () => {
    const couple = await createCouple();
    const key = KEY();
    const answers = await Promise.all([startPause(as(couple, "a"), key), startPause(as(couple, "a"), key), startPause(as(couple, "a"), key)]);
    expect(new Set(answers.map((x) => x.state.pause!.id)).size).toBe(1);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  });

  it("is honoured by every transport: the socket, the server action's executor and the JSON API", async () => {
    const couple = await createCouple();
    const { a, b } = await phones(couple);
    const key = KEY();
    const viaSocket = await ask(a, "pause:start", { key });
    const id = viaSocket.ok ? viaSocket.data.pause!.id : "";
    expect(id).not.toBe("");
    // The retry over HTTP tells the partner's phone again: the first broadcast may have been lost.
    const told = nextEvent(b, "pause:state", 3000, (s) => s.pause?.id === id);
    const viaAction = await executeOperation(startPauseOp, { key }, couple.a.request);
    expect(viaAction.ok && viaAction.data.pause!.id).toBe(id);
    await told;
    const { secret } = await makeToken(couple.a.request, "pause");
    const viaApi = await api("POST", "/pause/start", { token: secret, body: { key } });
    expect(viaApi.status).toBe(200);
    expect((viaApi.body.pause as { id: string }).id).toBe(id);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  });

  it("a key that is not one is refused with words, and nothing is written", async () => {
    const couple = await createCouple();
    const res = await executeOperation(startPauseOp, { key: "x; DROP" }, couple.a.request);
    expect(res).toMatchObject({ ok: false, code: "bad_request" });
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(0);
  });
});

describe("a verb retried after its first attempt committed but its broadcast was lost", () => {
  it("“I'm ready too” again tells the starter's phone", async () => {
    const couple = await createCouple();
    const { a, b } = await phones(couple);
    const started = await ask(a, "pause:start", { key: KEY() });
    const pauseId = started.ok ? started.data.pause!.id : "";
    // The first attempt's commit, whose answer and broadcast never left (a node or database gone).
    await db.pause.update({ where: { id: pauseId }, data: { partnerReadyAt: new Date() } });
    const told = nextEvent(a, "pause:state", 3000, (s) => s.pause?.partnerReadyAt != null);
    const retry = await ask(b, "pause:markReady", { pauseId });
    expect(retry.ok && retry.data.pause!.partnerReadyAt).not.toBeNull();
    expect((await told).pause!.id).toBe(pauseId);
  });

  it("ending again tells the partner's phone", async () => {
    const couple = await createCouple();
    const { a, b } = await phones(couple);
    const started = await ask(a, "pause:start", { key: KEY() });
    const pauseId = started.ok ? started.data.pause!.id : "";
    await db.pause.update({ where: { id: pauseId }, data: { endedAt: new Date(), endedById: couple.a.id, endReason: "ENDED_EARLY" } });
    const told = nextEvent(b, "pause:state", 3000, (s) => s.pause?.endedAt != null);
    expect((await ask(a, "pause:end", { pauseId })).ok).toBe(true);
    expect((await told).pause!.id).toBe(pauseId);
  });
});
