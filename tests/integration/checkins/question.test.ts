import { describe, expect, it } from "vitest";
import { proposeChangeOp } from "@/lib/agreements/operations";
import { answerRhythmQuestionOp, logCheckInOp } from "@/lib/checkins/operations";
import { ourRhythms } from "@/lib/checkins/queries";
import { db } from "@/lib/db";
import { createCouple, type TestCouple } from "@/tests/factories";
import { ok } from "../agreements/helpers";
import { agreeCheckIn, asAt, weeklyTuesday } from "./helpers";

/** Daily at 20:30 in Berlin (19:30Z in December), agreed on the morning of Tuesday 1 December 2026. */
const daily = { unit: "DAY", every: 1, days: [], time: "20:30", about: "Ten minutes, phones down" };

async function questionFor(c: TestCouple, who: "a" | "b", iso: string) {
  const [view] = await ourRhythms({ coupleId: c.id, userId: c[who].id }, new Date(iso));
  return view!.question?.key ?? null;
}

describe("“does this rhythm still fit us?”", () => {
  it("is asked once per person after a missed check-in, and not every evening after that", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, "2026-12-01T08:00:00Z", daily);

    // Before the check-in's time and while it is due: no question.
    expect(await questionFor(c, "a", "2026-12-01T19:00:00Z")).toBeNull();
    expect(await questionFor(c, "a", "2026-12-01T22:00:00Z")).toBeNull();
    // Past its due window, not logged: both of us are asked about Tuesday.
    expect(await questionFor(c, "a", "2026-12-02T00:00:00Z")).toBe("2026-12-01");
    expect(await questionFor(c, "b", "2026-12-02T00:00:00Z")).toBe("2026-12-01");

    // A: "it still fits" — remembered for A only.
    expect(ok(await asAt(c.a, "2026-12-02T00:05:00Z", answerRhythmQuestionOp, { agreementId, answer: "STILL_FITS" }))).toEqual({
      recorded: true,
    });
    expect(await questionFor(c, "a", "2026-12-02T00:10:00Z")).toBeNull();
    expect(await questionFor(c, "b", "2026-12-02T00:10:00Z")).toBe("2026-12-01");
    // Answering again changes nothing: there is nothing left to answer.
    expect(ok(await asAt(c.a, "2026-12-02T00:06:00Z", answerRhythmQuestionOp, { agreementId, answer: "PROPOSE_CHANGE" }))).toEqual({
      recorded: false,
    });
    expect(await db.rhythmAnswer.findMany({ select: { userId: true, occurrenceKey: true, answer: true } })).toEqual([
      { userId: c.a.id, occurrenceKey: "2026-12-01", answer: "STILL_FITS" },
    ]);

    // Wednesday's check-in is due: the moment is for the check-in, not the question.
    expect(await questionFor(c, "b", "2026-12-02T19:40:00Z")).toBeNull();
    // Wednesday slips by too. A answered less than a week ago: not asked again. B still is, about Wednesday now.
    expect(await questionFor(c, "a", "2026-12-03T00:00:00Z")).toBeNull();
    expect(await questionFor(c, "b", "2026-12-03T00:00:00Z")).toBe("2026-12-02");
    // A week after A's answer, a new miss asks A again.
    expect(await questionFor(c, "a", "2026-12-10T00:00:00Z")).toBe("2026-12-09");
  });

  it("goes away when the check-in is logged late, or when a change is already proposed; “propose a change” is remembered", async () => {
    const c = await createCouple();
    const made = await agreeCheckIn(c, "2026-12-01T08:00:00Z", daily);
    expect(await questionFor(c, "b", "2026-12-02T00:00:00Z")).toBe("2026-12-01");
    ok(
      await asAt(c.b, "2026-12-02T07:00:00Z", logCheckInOp, {
        agreementId: made.agreementId,
        feeling: 3,
        happenedAt: "2026-12-01T20:00:00Z",
      }),
    );
    expect(await questionFor(c, "b", "2026-12-02T07:05:00Z")).toBeNull();

    expect(await questionFor(c, "a", "2026-12-03T00:00:00Z")).toBe("2026-12-02");
    expect(
      ok(await asAt(c.a, "2026-12-03T00:01:00Z", answerRhythmQuestionOp, { agreementId: made.agreementId, answer: "PROPOSE_CHANGE" })),
    ).toEqual({ recorded: true });
    expect(await db.rhythmAnswer.findFirst({ select: { answer: true, occurrenceKey: true } })).toEqual({
      answer: "PROPOSE_CHANGE",
      occurrenceKey: "2026-12-02",
    });

    expect(await questionFor(c, "b", "2026-12-03T00:00:00Z")).toBe("2026-12-02");
    ok(
      await asAt(c.a, "2026-12-03T00:02:00Z", proposeChangeOp, {
        ...weeklyTuesday,
        ...daily,
        time: "21:00",
        agreementId: made.agreementId,
        basedOnVersionId: made.versionId,
      }),
    );
    expect(await questionFor(c, "b", "2026-12-03T00:05:00Z")).toBeNull();
  });

  it("is not raised about a check-in more than a week ago", async () => {
    const c = await createCouple();
    await agreeCheckIn(c, "2026-12-01T08:00:00Z", { every: 2 });
    expect(await questionFor(c, "a", "2026-12-02T00:00:00Z")).toBe("2026-12-01");
    expect(await questionFor(c, "a", "2026-12-09T00:00:00Z")).toBeNull();
  });
});
