import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/operations/execute";
import { acceptVersionOp, proposeAgreementOp } from "@/lib/agreements/operations";
import { resolveMember, type CoupleMember } from "@/lib/auth/member";
import { todaySummary } from "@/lib/today";
import { createCouple } from "@/tests/factories";
import { checkIn, ok } from "./agreements/helpers";

describe("Today", () => {
  it("shows what waits for me and our next check-in, in our time zone", async () => {
    const c = await createCouple();
    const asB = (await resolveMember(c.b.sessionId)) as CoupleMember;
    expect(await todaySummary(asB)).toEqual({ waitingForMe: 0, nextCheckIn: null });

    // Every step runs on a fixed clock: the check-in's rhythm counts from when it was accepted.
    const at = (iso: string) => () => new Date(iso);
    const proposed = ok(await executeOperation(proposeAgreementOp, { ...checkIn(c), note: "" }, { ...c.a.request, clock: at("2026-12-01T07:30:00Z") }));
    expect((await todaySummary(asB, new Date("2026-12-01T07:45:00Z"))).waitingForMe).toBe(1);

    ok(await executeOperation(acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }, { ...c.b.request, clock: at("2026-12-01T08:00:00Z") }));
    // Tuesday 2026-12-01, 10:00 in Berlin: the weekly Tuesday 19:30 check-in is that evening.
    const summary = await todaySummary(asB, new Date("2026-12-01T09:00:00Z"));
    expect(summary.waitingForMe).toBe(0);
    expect(summary.nextCheckIn).toEqual({ agreementId: proposed.agreementId, about: "How today felt", at: new Date("2026-12-01T18:30:00Z") });
  });
});
