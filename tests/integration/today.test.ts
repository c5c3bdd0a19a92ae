import { describe, expect, it } from "vitest";
import { proposeAgreementOp } from "@/lib/agreements/operations";
import { resolveMember, type CoupleMember } from "@/lib/auth/member";
import { logCheckInOp } from "@/lib/checkins/operations";
import { setAsideOp, startReviewOp } from "@/lib/reviews/operations";
import { todayView } from "@/lib/today";
import { createCouple } from "@/tests/factories";
import { checkIn, ok } from "./agreements/helpers";
import { agreeCheckIn, asAt, markAsReview } from "./checkins/helpers";

const at = (iso: string) => new Date(iso);

describe("Today answers “what now?”", () => {
  it("a new couple gets a first step; a proposal waits for the partner", async () => {
    const c = await createCouple();
    const asB = (await resolveMember(c.b.sessionId)) as CoupleMember;
    expect(await todayView(asB, at("2026-12-01T07:00:00Z"))).toEqual({ waitingForMe: 0, newCouple: true, checkIns: [], review: null });
    ok(await asAt(c.a, "2026-12-01T07:30:00Z", proposeAgreementOp, { ...checkIn(c), note: "" }));
    expect(await todayView(asB, at("2026-12-01T07:45:00Z"))).toMatchObject({ waitingForMe: 1, newCouple: false, checkIns: [] });
  });

  it("our check-in: upcoming, then due (to log), then kept; the one that needs us comes first", async () => {
    const c = await createCouple();
    const asA = (await resolveMember(c.a.sessionId)) as CoupleMember;
    // Tuesday 1 December 2026: weekly Tuesday 19:30 Berlin (18:30Z) and a daily 21:00 (20:00Z).
    const tuesday = await agreeCheckIn(c, "2026-12-01T08:00:00Z");
    const daily = await agreeCheckIn(c, "2026-12-01T08:00:00Z", { unit: "DAY", every: 1, days: [], time: "21:00", about: "Goodnight" });

    let view = await todayView(asA, at("2026-12-01T09:00:00Z"));
    expect(view.checkIns.map((r) => [r.about, r.due.state])).toEqual([
      ["How our week felt", "upcoming"],
      ["Goodnight", "upcoming"],
    ]);
    expect(view.checkIns[0]!.due).toMatchObject({ next: { at: at("2026-12-01T18:30:00Z") } });

    // 20:10Z: the daily one is due, the weekly one too (until 21:30Z); due ones first, soonest first.
    view = await todayView(asA, at("2026-12-01T20:10:00Z"));
    expect(view.checkIns.map((r) => [r.agreementId, r.due.state])).toEqual([
      [tuesday.agreementId, "due"],
      [daily.agreementId, "due"],
    ]);

    // B logs the weekly one: it waits for A's part, after the daily one that is still due.
    ok(await asAt(c.b, "2026-12-01T20:12:00Z", logCheckInOp, { agreementId: tuesday.agreementId, feeling: 4 }));
    view = await todayView(asA, at("2026-12-01T20:15:00Z"));
    expect(view.checkIns.map((r) => [r.agreementId, r.due.state])).toEqual([
      [daily.agreementId, "due"],
      [tuesday.agreementId, "kept"],
    ]);
    expect(view.checkIns[1]!.current?.parts.map((p) => p.userId)).toEqual([c.b.id]);
  });

  it("the weekly review shows from a day before, stays due until we do it, shows while open, and is not a check-in to log", async () => {
    const c = await createCouple();
    const asA = (await resolveMember(c.a.sessionId)) as CoupleMember;
    // Sundays 18:00 Berlin = 17:00Z; Sunday 6 December 2026.
    const review = await agreeCheckIn(c, "2026-12-01T08:00:00Z", { about: "How our week went", days: ["SUN"], time: "18:00", channel: "IN_APP" });
    await markAsReview(review.versionId);

    expect(await todayView(asA, at("2026-12-04T12:00:00Z"))).toMatchObject({ checkIns: [], review: null, newCouple: false });
    expect((await todayView(asA, at("2026-12-05T18:00:00Z"))).review).toEqual({ kind: "soon", agreementId: review.agreementId, at: at("2026-12-06T17:00:00Z") });
    expect((await todayView(asA, at("2026-12-06T17:10:00Z"))).review).toEqual({ kind: "due", agreementId: review.agreementId, at: at("2026-12-06T17:00:00Z") });
    // Still due later that evening: nobody has started it.
    expect((await todayView(asA, at("2026-12-06T20:30:00Z"))).review).toMatchObject({ kind: "due" });
    // Once one of us starts it, Today says it is open; once finished or set aside, nothing more this week.
    const started = ok(await asAt(c.b, "2026-12-06T20:35:00Z", startReviewOp, { mode: "ALONE" }));
    expect((await todayView(asA, at("2026-12-06T20:40:00Z"))).review).toMatchObject({ kind: "open", reviewId: started.review.id, mode: "ALONE" });
    ok(await asAt(c.b, "2026-12-06T20:50:00Z", setAsideOp, { reviewId: started.review.id }));
    expect((await todayView(asA, at("2026-12-06T21:00:00Z"))).review).toBeNull();
  });
});
