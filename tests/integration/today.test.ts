import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/actions/operation";
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

    const proposed = ok(await executeOperation(proposeAgreementOp, { ...checkIn(c), note: "" }, c.a.request));
    expect((await todaySummary(asB)).waitingForMe).toBe(1);

    ok(await executeOperation(acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }, c.b.request));
    // Tuesday 2026-12-01, 10:00 in Berlin: the weekly Tuesday 19:30 check-in is that evening.
    const summary = await todaySummary(asB, new Date("2026-12-01T09:00:00Z"));
    expect(summary.waitingForMe).toBe(0);
    expect(summary.nextCheckIn).toEqual({ agreementId: proposed.agreementId, about: "How today felt", at: new Date("2026-12-01T18:30:00Z") });
  });
});
