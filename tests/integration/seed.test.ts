import { describe, expect, it } from "vitest";
import { resolveMember, type CoupleMember } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { listAgreements } from "@/lib/agreements/queries";
import { listPauseHistory } from "@/lib/pause/queries";
import { todayView } from "@/lib/today";
import { seedDemoCouple } from "@/prisma/seed/demo-couple";

const NOW = new Date("2026-12-02T10:00:00Z");

describe("the demo couple (npm run db:seed)", () => {
  it("gives a newcomer a lived-in couple: agreements of every kind, a waiting proposal, six weeks of pauses", { timeout: 60_000 }, async () => {
    const demo = await seedDemoCouple(NOW);
    const sam = (await resolveMember(demo.b.request.sessionId)) as CoupleMember;
    const today = await todayView(sam, NOW);
    expect(today.waitingForMe).toBe(1);
    // The weekly review's rhythm is not a check-in to log: Today lists only the evening one.
    expect(today.checkIns.map((r) => r.agreementId)).toEqual([demo.agreements.daily]);
    const daily = today.checkIns[0]!;
    // Six weeks of evening check-ins, most kept, some not: "kept K of N" has something to say.
    const month = daily.month;
    expect(month.kept).toBeGreaterThan(0);
    expect(month.kept).toBeLessThanOrEqual(month.planned);
    expect(await db.checkIn.count({ where: { coupleId: demo.coupleId } })).toBeGreaterThan(25);

    const active = await listAgreements(demo.coupleId, ["ACTIVE"]);
    expect(new Set(active.map((a) => a.kind))).toEqual(new Set(["CHECK_IN", "TRIGGER_RESPONSE", "PAUSE_RULE", "NEED"]));
    expect((await listAgreements(demo.coupleId, ["RETIRED"])).map((a) => a.id)).toEqual([demo.agreements.retired]);

    // Two weekly reviews done together, every agreement rated by both: the history has trends to draw.
    const reviews = await db.review.findMany({ where: { coupleId: demo.coupleId }, select: { finishedAt: true, mode: true, _count: { select: { items: true } } } });
    expect(reviews).toHaveLength(2);
    expect(reviews.every((r) => r.finishedAt && r.mode === "TOGETHER" && r._count.items >= 4)).toBe(true);
    expect(await db.reviewRating.count({ where: { coupleId: demo.coupleId } })).toBe(reviews.reduce((n, r) => n + 2 * r._count.items, 0));

    const pauses = await listPauseHistory(demo.coupleId);
    expect(pauses).toHaveLength(6);
    expect(new Set(pauses.map((p) => p.endReason))).toEqual(new Set(["EXPIRED", "ENDED_EARLY"]));
    expect(pauses.some((p) => p.reconveneChoice === "SCHEDULE") && pauses.some((p) => p.extensions > 0)).toBe(true);

    // The timeline is spread over the six weeks, on each step's own clock, not stamped "now".
    const events = await db.event.findMany({ where: { coupleId: demo.coupleId }, select: { createdAt: true } });
    const oldest = Math.min(...events.map((e) => e.createdAt.getTime()));
    expect(NOW.getTime() - oldest).toBeGreaterThan(40 * 86_400_000);
    expect(events.every((e) => e.createdAt.getTime() <= NOW.getTime())).toBe(true);
  });

  it("refuses to run twice on the same database, writing nothing", async () => {
    await seedDemoCouple(NOW);
    const before = await db.user.count();
    await expect(seedDemoCouple(NOW)).rejects.toThrow(/already exists/);
    expect(await db.user.count()).toBe(before);
  });
});
