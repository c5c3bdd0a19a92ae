import { describe, expect, it } from "vitest";
import { whenForUs } from "@/lib/checkins/format";
import { namespaceTranslator } from "@/lib/i18n/translate";
import { logCheckInOp } from "@/lib/checkins/operations";
import { ourRhythms } from "@/lib/checkins/queries";
import { db } from "@/lib/db";
import { createCouple } from "@/tests/factories";
import { ok } from "../agreements/helpers";
import { agreeCheckIn, asAt } from "./helpers";

/**
 * Alex in Berlin, Blake in New York; the check-in is Tuesdays 19:30 Berlin. The US moves its clocks
 * on 8 March 2026, Europe on 29 March: for three weeks the two clocks are five hours apart, not six.
 */
describe("check-ins across time zones and daylight-saving changes", () => {
  it("both partners see the same due check-in, each on their own clock, every week of March", async () => {
    const c = await createCouple();
    await db.user.update({ where: { id: c.b.id }, data: { timeZone: "America/New_York" } });
    const { agreementId } = await agreeCheckIn(c, "2026-03-01T10:00:00Z");
    const alex = { id: c.a.id, name: "Alex", timeZone: "Europe/Berlin" };
    const blake = { id: c.b.id, name: "Blake", timeZone: "America/New_York" };

    const weeks = [
      { key: "2026-03-03", at: "2026-03-03T18:30:00Z", forBlake: "13:30" },
      { key: "2026-03-10", at: "2026-03-10T18:30:00Z", forBlake: "14:30" },
      { key: "2026-03-17", at: "2026-03-17T18:30:00Z", forBlake: "14:30" },
      { key: "2026-03-24", at: "2026-03-24T18:30:00Z", forBlake: "14:30" },
      { key: "2026-03-31", at: "2026-03-31T17:30:00Z", forBlake: "13:30" },
    ];
    for (const week of weeks) {
      const at = new Date(week.at);
      const now = new Date(at.getTime() + 10 * 60_000);
      const [forA] = await ourRhythms({ coupleId: c.id, userId: c.a.id }, now);
      const [forB] = await ourRhythms({ coupleId: c.id, userId: c.b.id }, now);
      for (const view of [forA!, forB!]) expect(view.due).toMatchObject({ state: "due", occurrence: { key: week.key, at } });
      expect(whenForUs(at, alex, blake, now, "en", namespaceTranslator("en", "checkins"))).toBe(`today at 19:30 for you · ${week.forBlake} for Blake`);
      expect(whenForUs(at, blake, alex, now, "en", namespaceTranslator("en", "checkins"))).toBe(`today at ${week.forBlake} for you · 19:30 for Alex`);
    }

    // Blake logs on their own afternoon, by the time on their clock: it is the same Tuesday's check-in.
    const fromNewYork = ok(
      await asAt(c.b, "2026-03-10T19:00:00Z", logCheckInOp, { agreementId, feeling: 4, happenedAt: "2026-03-10T14:45:00-04:00" }),
    );
    expect(fromNewYork).toMatchObject({ occurrenceKey: "2026-03-10", occurrenceAt: new Date("2026-03-10T18:30:00Z") });
    const afterEurope = ok(await asAt(c.a, "2026-03-31T18:00:00Z", logCheckInOp, { agreementId, feeling: 5 }));
    expect(afterEurope).toMatchObject({ occurrenceKey: "2026-03-31", occurrenceAt: new Date("2026-03-31T17:30:00Z") });

    // "Kept 2 of the 5 we planned this month" reads the same for both (the agreement's month).
    const end = new Date("2026-03-31T21:00:00Z");
    const [a] = await ourRhythms({ coupleId: c.id, userId: c.a.id }, end);
    const [b] = await ourRhythms({ coupleId: c.id, userId: c.b.id }, end);
    expect(a!.month).toEqual({ kept: 2, planned: 5 });
    expect(b!.month).toEqual(a!.month);
    expect(b!.due).toMatchObject({ state: "kept", next: { key: "2026-04-07", at: new Date("2026-04-07T17:30:00Z") } });
  });
});
