import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataOp } from "@/lib/accounts/operations";
import { logCheckInOp } from "@/lib/checkins/operations";
import { executeOperation } from "@/lib/operations/execute";
import { ourRhythms } from "@/lib/checkins/queries";
import { db } from "@/lib/db";
import { createCouple } from "@/tests/factories";
import { ok } from "../agreements/helpers";
import { connect, nextEvent, sessionCookie, settle, startRealtime, type RealtimeHarness } from "../pause/harness";
import { agreeCheckIn, asAt, checkInRows } from "./helpers";

// Tuesday 2026-12-01; the weekly Tuesday 19:30 Berlin check-in is at 18:30Z, agreed that morning.
const AGREED = "2026-12-01T08:00:00Z";

describe("logging a check-in", () => {
  it("A logs the due check-in, B adds how it felt for them, A changes theirs: one check-in, two parts", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);

    const first = ok(
      await asAt(c.a, "2026-12-01T18:40:00Z", logCheckInOp, { agreementId, feeling: "4", note: "  A long walk, phones at home  " }),
    );
    expect(first).toMatchObject({
      outcome: "logged",
      occurrenceKey: "2026-12-01",
      occurrenceAt: new Date("2026-12-01T18:30:00Z"),
      happenedAt: new Date("2026-12-01T18:40:00Z"),
    });

    // B taps later that evening, with "now" as the time: the same occurrence, so the same check-in.
    const second = ok(await asAt(c.b, "2026-12-01T21:05:00Z", logCheckInOp, { agreementId, feeling: 5, note: "" }));
    expect(second).toMatchObject({
      outcome: "joined",
      checkInId: first.checkInId,
      occurrenceKey: "2026-12-01",
      happenedAt: first.happenedAt,
    });

    const again = ok(await asAt(c.a, "2026-12-01T21:30:00Z", logCheckInOp, { agreementId, feeling: 3, note: "Thinking about it more" }));
    expect(again).toMatchObject({ outcome: "updated", checkInId: first.checkInId });

    const rows = await checkInRows();
    expect(rows.checkIns).toHaveLength(1);
    expect(rows.checkIns[0]).toMatchObject({ coupleId: c.id, agreementId, occurrenceKey: "2026-12-01", createdById: c.a.id });
    expect(rows.notes.map((n) => [n.userId, n.feeling, n.note]).sort()).toEqual(
      [
        [c.a.id, 3, "Thinking about it more"],
        [c.b.id, 5, ""],
      ].sort(),
    );
    // The timeline says we checked in and that B added theirs; never how it felt, and not A's change of mind.
    expect(rows.events.map((e) => [e.actorId, e.type, (e.data as { first: boolean }).first])).toEqual([
      [c.a.id, "checkins.logged", true],
      [c.b.id, "checkins.logged", false],
    ]);
    expect(JSON.stringify(rows.events)).not.toContain("Thinking");

    // Both see it kept, with both parts, and "kept 1 of the 1 we planned this month" so far (the
    // other four Tuesdays of December 2026 are still to come and are not counted yet).
    for (const user of [c.a, c.b]) {
      const [view] = await ourRhythms({ coupleId: c.id, userId: user.id }, new Date("2026-12-01T22:00:00Z"));
      expect(view).toMatchObject({ agreementId, purpose: "CHECK_IN", month: { kept: 1, planned: 1 }, question: null });
      expect(view!.due).toMatchObject({ state: "kept", occurrence: { key: "2026-12-01" }, next: { key: "2026-12-08" } });
      expect(view!.current?.parts.map((p) => p.userId)).toEqual([c.a.id, c.b.id]);
    }
  });

  it("two partners logging the same occurrence at the same moment make one check-in", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    const [a, b] = await Promise.all([
      asAt(c.a, "2026-12-01T18:45:00Z", logCheckInOp, { agreementId, feeling: 4 }),
      asAt(c.b, "2026-12-01T18:45:00Z", logCheckInOp, { agreementId, feeling: 2 }),
    ]);
    expect([ok(a).outcome, ok(b).outcome].sort()).toEqual(["joined", "logged"]);
    expect(ok(a).checkInId).toBe(ok(b).checkInId);
    const rows = await checkInRows();
    expect(rows.checkIns).toHaveLength(1);
    expect(rows.notes).toHaveLength(2);
  });

  it("a log counts for the occurrence it belongs to: last night's the next morning, Sunday's on Saturday", async () => {
    const c = await createCouple();
    const daily = await agreeCheckIn(c, AGREED, { unit: "DAY", every: 1, days: [], time: "20:30", about: "Ten minutes, phones down" });
    // Wednesday 08:00 in Berlin: "we talked last night" is Tuesday's check-in.
    expect(ok(await asAt(c.a, "2026-12-02T07:00:00Z", logCheckInOp, { agreementId: daily.agreementId, feeling: 4 })).occurrenceKey).toBe(
      "2026-12-01",
    );
    // An explicit earlier time works the same way.
    const late = ok(
      await asAt(c.a, "2026-12-03T12:00:00Z", logCheckInOp, {
        agreementId: daily.agreementId,
        feeling: 3,
        happenedAt: "2026-12-02T19:50:00Z",
      }),
    );
    expect(late.occurrenceKey).toBe("2026-12-02");

    const sunday = await agreeCheckIn(c, AGREED, { days: ["SUN"], time: "18:00", about: "Our Sunday talk" });
    // Saturday 5 December, 17:00 in Berlin: done a day early, it counts for this Sunday.
    const early = ok(
      await asAt(c.b, "2026-12-05T16:00:00Z", logCheckInOp, {
        agreementId: sunday.agreementId,
        feeling: 5,
        happenedAt: Date.parse("2026-12-05T16:00:00Z"),
      }),
    );
    expect(early.occurrenceKey).toBe("2026-12-06");
  });
});

describe("my data export", () => {
  it("carries our check-ins, each part named me or partner, and my calendar links without their secret", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    ok(await asAt(c.a, "2026-12-01T18:40:00Z", logCheckInOp, { agreementId, feeling: 4, note: "A long walk" }));
    ok(await asAt(c.b, "2026-12-01T18:45:00Z", logCheckInOp, { agreementId, feeling: 5 }));
    await db.calendarFeed.create({ data: { userId: c.b.id, tokenHash: "f".repeat(64) } });
    const exported = ok(await executeOperation(exportDataOp, {}, c.b.request));
    expect(exported.couple?.checkIns).toEqual([
      expect.objectContaining({
        agreementId,
        occurrenceKey: "2026-12-01",
        createdById: "partner",
        notes: [
          expect.objectContaining({ userId: "partner", feeling: 4, note: "A long walk" }),
          expect.objectContaining({ userId: "me", feeling: 5, note: "" }),
        ],
      }),
    ]);
    expect(exported.calendarLinks).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain("f".repeat(64));
  });
});

describe("the partner's open screen", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await startRealtime();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("hears about a check-in right after it is saved, and about nothing a refusal did not write", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    const socket = await connect(harness.url, await sessionCookie(c.b));
    try {
      const logged = nextEvent(socket, "checkins:logged");
      const changed = nextEvent(socket, "couples:changed", 3000, (p) => p.domain === "checkins");
      const made = ok(await asAt(c.a, "2026-12-01T18:40:00Z", logCheckInOp, { agreementId, feeling: 4 }));
      expect(await logged).toMatchObject({ agreementId, checkInId: made.checkInId, outcome: "logged", actorId: c.a.id });
      expect(await changed).toMatchObject({ domain: "checkins" });
      // The check-in exists by the time the partner's screen re-reads.
      expect(await db.checkIn.count({ where: { id: made.checkInId } })).toBe(1);

      let heard = false;
      socket.on("checkins:logged", () => (heard = true));
      const refused = await asAt(c.a, "2026-12-01T18:50:00Z", logCheckInOp, { agreementId, feeling: 9 });
      expect(refused.ok).toBe(false);
      await settle();
      expect(heard).toBe(false);
    } finally {
      socket.disconnect();
    }
  });
});
