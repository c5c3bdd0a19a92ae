import { describe, expect, it } from "vitest";
import { acceptVersionOp, proposeAgreementOp } from "@/lib/agreements/operations";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { planReminders } from "@/lib/push/reminders";
import { createCouple } from "@/tests/factories";
import { weeklyTuesday } from "../checkins/helpers";
import { subscribe, pushWorld } from "./helpers";
import { decryptPush } from "./local-push-service";

const ctx = pushWorld();

/** A daily check-in at the next whole minute ≥ 20 minutes from now, in Berlin. */
function soon() {
  const at = new Date(Math.ceil((Date.now() + 20 * 60_000) / 60_000) * 60_000);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" }).format(at);
  return { at, time };
}

describe("check-in reminders", () => {
  it("a check-in due within the hour is planned once however often any node sweeps, and reaches both phones", async () => {
    const c = await createCouple();
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const { at, time } = soon();
    const made = await executeOperation(proposeAgreementOp, { ...weeklyTuesday, unit: "DAY", every: 1, days: [], time }, c.a.request);
    if (!made.ok) throw new Error(made.error);
    expect((await executeOperation(acceptVersionOp, made.data, c.b.request)).ok).toBe(true);
    await ctx.service.waitFor(b.path); // "a suggestion is waiting" (sent before Blake said yes)

    await Promise.all([planReminders(new Date()), planReminders(new Date()), planReminders(new Date())]);
    const jobs = await db.job.findMany({ where: { coupleId: c.id, kind: "checkin.due" } });
    expect(jobs).toHaveLength(1);
    // Due from half an hour before (as Today says): that is already now.
    expect(jobs[0]!.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(jobs[0]!.key).toBe(`checkin.due:${made.data.agreementId}:${jobs[0]!.data && (jobs[0]!.data as { occurrenceKey: string }).occurrenceKey}`);
    expect((jobs[0]!.data as { at: string }).at).toBe(at.toISOString());
    const [pushA] = await ctx.service.waitFor(a.path);
    expect(JSON.parse(decryptPush(pushA!.body, a))).toMatchObject({ kind: "checkin.due", body: `Our check-in is at ${time}`, url: "/today" });
    await ctx.service.waitFor(b.path, 2);
    // Nothing of what we agreed is on the lock screen.
    expect(decryptPush(pushA!.body, a)).not.toContain(weeklyTuesday.about);
  });
});
