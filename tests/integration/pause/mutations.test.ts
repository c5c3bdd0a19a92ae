import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { endPause, markPartnerReady, reconvene, startPause, undoPause } from "@/lib/pause/mutations";
import { getPauseState, listPauseHistory } from "@/lib/pause/queries";
import { phaseAt } from "@/lib/pause/state";
import { createCouple, type TestCouple } from "@/tests/factories";

const as = (couple: TestCouple, who: "a" | "b") => ({ userId: couple[who].id, coupleId: couple.id, sessionId: couple[who].sessionId });

/** Moves the pause's clock back so its time is up now (only the test process touches the row). */
async function reachZero(pauseId: string, overdueMs = 1000) {
  const p = await db.pause.findUniqueOrThrow({ where: { id: pauseId } });
  const shift = p.endsAt.getTime() - Date.now() + overdueMs;
  await db.pause.update({
    where: { id: pauseId },
    data: { startedAt: new Date(p.startedAt.getTime() - shift), endsAt: new Date(p.endsAt.getTime() - shift) },
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("starting a pause", () => {
  it("starts a 10-minute pause on the server's clock and records it on the timeline", async () => {
    const couple = await createCouple();
    const before = Date.now();
    const { state, created } = await startPause(as(couple, "a"));
    expect(created).toBe(true);
    const p = state.pause!;
    expect(p.startedById).toBe(couple.a.id);
    expect(p.startedAt).toBeGreaterThanOrEqual(before - 5);
    expect(p.endsAt - p.startedAt).toBe(10 * 60_000);
    expect(phaseAt(p, state.serverNow)).toBe("counting");
    expect(state.plan).toMatchObject({ minutes: 10 });
    const events = await db.event.findMany({ where: { coupleId: couple.id }, select: { type: true, actorId: true } });
    expect(events).toEqual([{ type: "pause.started", actorId: couple.a.id }]);
  });

  it("follows the couple's active pause rule: its minutes and its plan", async () => {
    const couple = await createCouple();
    const agreement = await db.agreement.create({ data: { coupleId: couple.id, kind: "PAUSE_RULE", status: "ACTIVE" } });
    const version = await db.agreementVersion.create({
      data: {
        agreementId: agreement.id,
        coupleId: couple.id,
        number: 1,
        action: "CREATE",
        status: "ACCEPTED",
        content: { kind: "PAUSE_RULE", minutes: 20, reconvene: "TALK_NOW", during: "A walk round the block", needs: [] },
        proposedById: couple.a.id,
        decidedById: couple.b.id,
        decidedAt: new Date(),
      },
    });
    await db.agreement.update({ where: { id: agreement.id }, data: { activeVersionId: version.id } });
    const { state } = await startPause(as(couple, "b"));
    expect(state.pause!.endsAt - state.pause!.startedAt).toBe(20 * 60_000);
    expect(state.plan).toMatchObject({ minutes: 20, during: "A walk round the block", fromAgreement: true });
    expect(state.plan.reconvene).toMatch(/as soon as the pause ends/);
  });

  it("tapping during a pause shows the same pause", async () => {
    const couple = await createCouple();
    const first = await startPause(as(couple, "a"));
    const again = await startPause(as(couple, "b"));
    expect(again.created).toBe(false);
    expect(again.state.pause!.id).toBe(first.state.pause!.id);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  });

  it("both partners tapping at once make exactly one pause (the database decides)", async () => {
    for (let round = 0; round < 5; round++) {
      const couple = await createCouple();
      const results = await Promise.all([startPause(as(couple, "a")), startPause(as(couple, "b")), startPause(as(couple, "a"))]);
      expect(new Set(results.map((r) => r.state.pause!.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
      expect(await db.event.count({ where: { coupleId: couple.id, type: "pause.started" } })).toBe(1);
    }
  });

  it("a new tap after a pause ran out without a choice closes it as expired", async () => {
    const couple = await createCouple();
    const old = (await startPause(as(couple, "a"))).state.pause!;
    await reachZero(old.id);
    const fresh = await startPause(as(couple, "b"));
    expect(fresh.created).toBe(true);
    expect(fresh.state.pause!.id).not.toBe(old.id);
    const closed = await db.pause.findUniqueOrThrow({ where: { id: old.id } });
    expect(closed.endReason).toBe("EXPIRED");
    expect(closed.endedAt?.getTime()).toBe(closed.endsAt.getTime());
  });

  it("keeps each couple's pauses to itself", async () => {
    const one = await createCouple();
    const two = await createCouple();
    const p = (await startPause(as(one, "a"))).state.pause!;
    expect((await getPauseState(two.id)).pause).toBeNull();
    for (const attempt of [
      () => endPause(as(two, "a"), { pauseId: p.id }),
      () => markPartnerReady(as(two, "b"), { pauseId: p.id }),
      () => undoPause(as(two, "a"), { pauseId: p.id }),
      () => reconvene(as(two, "a"), { pauseId: p.id, choice: "TALK_NOW" }),
    ]) {
      expect((await rejection(attempt())).code).toBe("not_found");
    }
    expect((await db.pause.findUniqueOrThrow({ where: { id: p.id } })).endedAt).toBeNull();
    expect(await db.event.count({ where: { coupleId: two.id } })).toBe(0);
  });
});

describe("during a pause", () => {
  it("only the one who asked for it can end it early; the partner can say they're ready", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    expect((await rejection(endPause(as(couple, "b"), { pauseId: p.id }))).code).toBe("forbidden");
    expect((await rejection(markPartnerReady(as(couple, "a"), { pauseId: p.id }))).code).toBe("bad_request");
    const ready = await markPartnerReady(as(couple, "b"), { pauseId: p.id });
    expect(ready.pause!.partnerReadyAt).not.toBeNull();
    expect(ready.pause!.endedAt).toBeNull();
    const ended = await endPause(as(couple, "a"), { pauseId: p.id });
    expect(ended.pause).toMatchObject({ endReason: "ENDED_EARLY", endedById: couple.a.id, reconveneChoice: "TALK_NOW" });
    expect(phaseAt(ended.pause, ended.serverNow)).toBe("ended");
    // Ending twice is harmless.
    expect((await endPause(as(couple, "a"), { pauseId: p.id })).pause!.endedAt).toBe(ended.pause!.endedAt);
  });

  it("a mistaken tap can be undone for a few seconds, and then is left out of history", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    expect((await rejection(undoPause(as(couple, "b"), { pauseId: p.id }))).code).toBe("forbidden");
    const undone = await undoPause(as(couple, "a"), { pauseId: p.id });
    expect(phaseAt(undone.pause, undone.serverNow)).toBe("idle");
    expect(await listPauseHistory(couple.id)).toEqual([]);
    // A later pause can't be undone once it has been running a while.
    const q = (await startPause(as(couple, "a"))).state.pause!;
    await db.pause.update({ where: { id: q.id }, data: { startedAt: new Date(Date.now() - 30_000) } });
    expect((await rejection(undoPause(as(couple, "a"), { pauseId: q.id }))).code).toBe("conflict");
  });
});

describe("reconvening at zero", () => {
  it("offers the choices only once the time is up", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    expect((await rejection(reconvene(as(couple, "b"), { pauseId: p.id, choice: "TALK_NOW" }))).code).toBe("conflict");
    await reachZero(p.id);
    const state = await reconvene(as(couple, "b"), { pauseId: p.id, choice: "TALK_NOW" });
    expect(state.pause).toMatchObject({ endReason: "EXPIRED", reconveneChoice: "TALK_NOW", endedById: couple.b.id });
  });

  it("10 more minutes is recorded, the first choice wins, and 24 hours is the ceiling", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    await reachZero(p.id);
    const [x, y] = await Promise.all([
      reconvene(as(couple, "a"), { pauseId: p.id, choice: "EXTEND" }),
      reconvene(as(couple, "b"), { pauseId: p.id, choice: "EXTEND" }),
    ]);
    expect(x.pause!.extensions).toBe(1);
    expect(y.pause!.extensions).toBe(1);
    const row = await db.pause.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.endsAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await db.event.count({ where: { coupleId: couple.id, type: "pause.extended" } })).toBe(1);

    // Near the 24-hour mark an extension is shortened to fit, then refused.
    await db.pause.update({
      where: { id: p.id },
      data: { startedAt: new Date(Date.now() - 24 * 3_600_000 + 5 * 60_000), endsAt: new Date(Date.now() - 1000) },
    });
    const capped = await reconvene(as(couple, "a"), { pauseId: p.id, choice: "EXTEND" });
    expect(capped.pause!.endsAt - capped.pause!.startedAt).toBeLessThanOrEqual(24 * 3_600_000);
    await db.pause.update({ where: { id: p.id }, data: { startedAt: new Date(Date.now() - 24 * 3_600_000 + 10_000), endsAt: new Date(Date.now() - 100) } });
    expect((await rejection(reconvene(as(couple, "a"), { pauseId: p.id, choice: "EXTEND" }))).message).toMatch(/24-hour/);
  });

  it("when both choose 10 more minutes one after the other, the second sees the first's choice, not an error", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    await reachZero(p.id);
    const first = await reconvene(as(couple, "a"), { pauseId: p.id, choice: "EXTEND" });
    const second = await reconvene(as(couple, "b"), { pauseId: p.id, choice: "EXTEND" });
    expect(first.pause!.extensions).toBe(1);
    expect(second.pause).toEqual(first.pause);
    expect(await db.event.count({ where: { coupleId: couple.id, type: "pause.extended" } })).toBe(1);
  });

  it("schedules a time within 24 hours, shown to both", async () => {
    const couple = await createCouple();
    const p = (await startPause(as(couple, "a"))).state.pause!;
    await reachZero(p.id);
    const tooLate = reconvene(as(couple, "a"), { pauseId: p.id, choice: "SCHEDULE", at: Date.now() + 25 * 3_600_000 });
    expect((await rejection(tooLate)).code).toBe("bad_request");
    const at = Date.now() + 2 * 3_600_000;
    const state = await reconvene(as(couple, "a"), { pauseId: p.id, choice: "SCHEDULE", at });
    expect(state.pause).toMatchObject({ reconveneChoice: "SCHEDULE", reconveneAt: at });
    expect((await getPauseState(couple.id)).pause!.reconveneAt).toBe(at);
    const [entry] = await listPauseHistory(couple.id);
    expect(entry).toMatchObject({ id: p.id, reconveneChoice: "SCHEDULE" });
  });
});
