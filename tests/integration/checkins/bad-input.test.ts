import { describe, expect, it } from "vitest";
import { proposeAgreementOp } from "@/lib/agreements/operations";
import { CHECK_IN_WORDS } from "@/lib/checkins/mutations";
import { answerRhythmQuestionOp, logCheckInOp } from "@/lib/checkins/operations";
import { db } from "@/lib/db";
import { isCheckViolation } from "@/lib/db/unique-violation";
import { COUPLE_ENDED } from "@/lib/errors";
import { say } from "@/lib/i18n/translate";
import { createCouple } from "@/tests/factories";
import { ok } from "../agreements/helpers";
import { agreeCheckIn, asAt, checkInRows, markAsReview, retire, weeklyTuesday } from "./helpers";

const AGREED = "2026-12-01T08:00:00Z";
const NOW = "2026-12-01T18:40:00Z";
const FEELING = "Please choose how it felt for you, from 1 to 5.";

/** Runs a refused log and checks that its words are the expected ones and that nothing was written. */
async function refused(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await checkInRows();
  const result = await run();
  expect(result).toMatchObject({ ok: false, ...expected });
  expect(await checkInRows()).toEqual(before);
}

describe("logging a check-in: bad input gets clear words and writes nothing", () => {
  it("ratings outside 1–5, a long note, an unreadable or future time", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    const log = (input: Record<string, unknown>) => () => asAt(c.a, NOW, logCheckInOp, { agreementId, ...input });
    for (const feeling of [0, 6, -1, 3.5, "five", "", null, undefined]) {
      await refused(log({ feeling }), {
        code: "bad_request",
        error: "Please check the highlighted fields.",
        fieldErrors: { feeling: [FEELING] },
      });
    }
    await refused(log({ feeling: 4, note: "x".repeat(401) }), {
      code: "bad_request",
      fieldErrors: { note: ["Please keep the note to 400 characters or fewer."] },
    });
    await refused(log({ feeling: 4, happenedAt: "last Tuesday-ish" }), {
      code: "bad_request",
      fieldErrors: { happenedAt: ["Please give a date and time, like 2026-12-01 19:30."] },
    });
    // Ten minutes ahead of the server's clock: not yet. (Five minutes of drift are forgiven.)
    await refused(log({ feeling: 4, happenedAt: "2026-12-01T18:50:00Z" }), {
      code: "bad_request",
      error: say("en", CHECK_IN_WORDS.future),
      fieldErrors: { happenedAt: [say("en", CHECK_IN_WORDS.future)] },
    });
    expect(ok(await log({ feeling: 4, happenedAt: "2026-12-01T18:44:00Z" })()).outcome).toBe("logged");
    // Not an object at all.
    await refused(() => asAt(c.a, NOW, logCheckInOp, "log it"), { code: "bad_request" });
  });

  it("a time before we agreed the rhythm", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    const tooEarly = say("en", CHECK_IN_WORDS.tooEarly, { since: "1 Dec 2026, 09:00" });
    await refused(() => asAt(c.a, NOW, logCheckInOp, { agreementId, feeling: 3, happenedAt: "2026-11-24T18:30:00Z" }), {
      code: "bad_request",
      error: tooEarly,
      fieldErrors: { happenedAt: [tooEarly] },
    });
  });

  it("a retired, not-yet-agreed, other kind of, the review's, or another couple's agreement", async () => {
    const c = await createCouple();
    const other = await createCouple();
    const retired = await agreeCheckIn(c, AGREED);
    await retire(c, retired, "2026-12-01T09:00:00Z");
    const proposed = ok(await asAt(c.a, AGREED, proposeAgreementOp, { ...weeklyTuesday, about: "Still a proposal" }));
    const need = ok(
      await asAt(c.a, AGREED, proposeAgreementOp, { kind: "NEED", need: "RESPECT", ownWords: "", why: "Kind words", note: "" }),
    );
    const review = await agreeCheckIn(c, AGREED, { about: "How our week went", days: ["SUN"], time: "18:00" });
    await markAsReview(review.versionId);
    const theirs = await agreeCheckIn(other, AGREED);

    const log = (agreementId: string) => () => asAt(c.a, NOW, logCheckInOp, { agreementId, feeling: 4 });
    await refused(log(retired.agreementId), { code: "conflict", error: say("en", CHECK_IN_WORDS.retired) });
    await refused(log(proposed.agreementId), { code: "conflict", error: say("en", CHECK_IN_WORDS.proposed) });
    await refused(log(need.agreementId), { code: "bad_request", error: say("en", CHECK_IN_WORDS.notCheckIn) });
    await refused(log(review.agreementId), { code: "bad_request", error: say("en", CHECK_IN_WORDS.review) });
    // Another couple's agreement is not found, in the same words as an id that never existed.
    await refused(log(theirs.agreementId), { code: "not_found", error: say("en", CHECK_IN_WORDS.notFound) });
    await refused(log("c-no-such-agreement"), { code: "not_found", error: say("en", CHECK_IN_WORDS.notFound) });
    await refused(() => asAt(c.a, NOW, logCheckInOp, { agreementId: "", feeling: 4 }), {
      code: "bad_request",
      fieldErrors: { agreementId: ["Please choose which check-in."] },
    });
    await refused(() => asAt(c.a, NOW, answerRhythmQuestionOp, { agreementId: theirs.agreementId, answer: "STILL_FITS" }), {
      code: "not_found",
    });
    await refused(() => asAt(c.a, NOW, answerRhythmQuestionOp, { agreementId: retired.agreementId, answer: "MAYBE" }), {
      code: "bad_request",
      fieldErrors: { answer: ["Please choose “It still fits” or “Propose a change”."] },
    });
  });

  it("an ended shared space is read-only", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    await db.couple.update({ where: { id: c.id }, data: { endedAt: new Date("2026-12-01T12:00:00Z") } });
    await refused(() => asAt(c.a, NOW, logCheckInOp, { agreementId, feeling: 4 }), { code: "forbidden", error: COUPLE_ENDED });
    await refused(() => asAt(c.a, NOW, answerRhythmQuestionOp, { agreementId, answer: "STILL_FITS" }), {
      code: "forbidden",
      error: COUPLE_ENDED,
    });
  });

  it("the database itself refuses a feeling outside 1–5, a long note and a malformed occurrence", async () => {
    const c = await createCouple();
    const { agreementId } = await agreeCheckIn(c, AGREED);
    const made = ok(await asAt(c.a, NOW, logCheckInOp, { agreementId, feeling: 4 }));
    const attempts = [
      db.checkInNote.create({ data: { checkInId: made.checkInId, coupleId: c.id, userId: c.b.id, feeling: 6 } }),
      db.checkInNote.create({ data: { checkInId: made.checkInId, coupleId: c.id, userId: c.b.id, feeling: 0 } }),
      db.checkInNote.create({ data: { checkInId: made.checkInId, coupleId: c.id, userId: c.b.id, feeling: 3, note: "x".repeat(401) } }),
      db.checkIn.create({ data: { coupleId: c.id, agreementId, occurrenceKey: "tuesday", happenedAt: new Date() } }),
    ];
    for (const attempt of attempts) {
      const err = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isCheckViolation(err), String(err)).toBe(true);
    }
  });
});
