import type { CoupleMember } from "../auth/member";
import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, COUPLE_ENDED } from "../errors";
import { isLocale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import { say } from "../i18n/translate";
import type { Prisma } from "../generated/prisma/client";
import { emitToCouple } from "../realtime/io";
import { appendEvent } from "../timeline/append";
import { agreedRhythm, type AgreedRhythm } from "./agreed-rhythm";
import { FUTURE_SLACK_MS } from "./constants";
import { findQuestion, keyAt, LOOKBACK_MS } from "./question";
import { occurrenceFor } from "./rhythm";
import type { AnswerRhythmQuestionInput, LogCheckInInput } from "./schemas";

/**
 * Check-in writes. Each runs in one transaction holding the couple's row lock (as agreement writes
 * do), so a check-in is never logged against an agreement that is being retired or changed at the
 * same moment, and two partners logging the same occurrence at once queue up: the first creates
 * the check-in, the second adds their part to it. The unique index (agreement, occurrence) is the
 * database's backstop for "one occurrence, one check-in".
 */
type Tx = Prisma.TransactionClient;

/** Refusals, as catalogue keys (messages/*.json, checkins.errors): said in the caller's language. */
export const CHECK_IN_WORDS = {
  notFound: "checkins.errors.notFound",
  notCheckIn: "checkins.errors.notCheckIn",
  proposed: "checkins.errors.proposed",
  retired: "checkins.errors.retired",
  closed: "checkins.errors.closed",
  review: "checkins.errors.review",
  future: "checkins.errors.future",
  tooEarly: "checkins.errors.tooEarly",
} as const;

export interface LogCheckInResult {
  checkInId: string;
  agreementId: string;
  occurrenceKey: string;
  occurrenceAt: Date;
  happenedAt: Date;
  /** logged: a new check-in · joined: my part added to the partner's · updated: my part changed. */
  outcome: "logged" | "joined" | "updated";
}

/** Logs a check-in (or adds my part to the one my partner logged for the same occurrence). */
export async function logCheckIn(member: CoupleMember, input: LogCheckInInput, now: Date): Promise<LogCheckInResult> {
  const coupleId = member.couple.id;
  const userId = member.user.id;
  const at = input.happenedAt ?? now;
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS)
    throw new AppError("bad_request", CHECK_IN_WORDS.future, { happenedAt: [CHECK_IN_WORDS.future] });
  let result: LogCheckInResult;
  try {
    result = await locked(coupleId, async (tx) => {
      const { agreed } = await activeCheckIn(tx, coupleId, input.agreementId);
      const occurrence = occurrenceFor(agreed.rhythm, at);
      if (!occurrence) {
        const locale = isLocale(member.user.locale) ? member.user.locale : "en";
        const since = formatDate(locale, member.user.timeZone, agreed.rhythm.anchor, "dateTimeMedium");
        // The field repeats the refusal; the executor says both in the caller's language.
        throw new AppError("bad_request", CHECK_IN_WORDS.tooEarly, { happenedAt: [say("en", CHECK_IN_WORDS.tooEarly, { since })] }, undefined, { since });
      }
      const key = { agreementId_occurrenceKey: { agreementId: input.agreementId, occurrenceKey: occurrence.key } };
      const existing = await tx.checkIn.findUnique({
        where: key,
        select: { id: true, happenedAt: true, notes: { where: { userId }, select: { id: true } } },
      });
      const checkIn =
        existing ??
        (await tx.checkIn.create({
          data: { coupleId, agreementId: input.agreementId, occurrenceKey: occurrence.key, happenedAt: at, createdById: userId },
          select: { id: true, happenedAt: true },
        }));
      const mine = { feeling: input.feeling, note: input.note };
      await tx.checkInNote.upsert({
        where: { checkInId_userId: { checkInId: checkIn.id, userId } },
        create: { checkInId: checkIn.id, coupleId, userId, ...mine },
        update: mine,
      });
      const outcome = !existing ? "logged" : existing.notes.length ? "updated" : "joined";
      // The timeline says that we checked in and who added their part, never how it felt.
      if (outcome !== "updated") {
        await appendEvent(tx, coupleId, userId, "checkins.logged", {
          agreementId: input.agreementId,
          checkInId: checkIn.id,
          occurrenceKey: occurrence.key,
          first: outcome === "logged",
        }, now);
      }
      return {
        checkInId: checkIn.id,
        agreementId: input.agreementId,
        occurrenceKey: occurrence.key,
        occurrenceAt: occurrence.at,
        happenedAt: checkIn.happenedAt,
        outcome,
      };
    });
  } catch (err) {
    // Only reachable without the couple lock (e.g. a manual insert): the same occurrence, twice.
    if (isUniqueViolation(err)) throw new AppError("conflict", "checkins.errors.justLogged");
    throw err;
  }
  const serverNow = Date.now();
  emitToCouple(coupleId, "checkins:logged", {
    agreementId: result.agreementId,
    checkInId: result.checkInId,
    outcome: result.outcome,
    actorId: userId,
    serverNow,
  });
  emitToCouple(coupleId, "couples:changed", { domain: "checkins", serverNow });
  return result;
}

/**
 * Answers "does this rhythm still fit us?" for the missed check-in it is asking about now, so it is
 * not asked again. Nothing to answer (already answered, or nothing missed) is not an error: the
 * question simply is not there any more.
 */
export async function answerRhythmQuestion(
  member: CoupleMember,
  input: AnswerRhythmQuestionInput,
  now: Date,
): Promise<{ recorded: boolean }> {
  const coupleId = member.couple.id;
  const userId = member.user.id;
  return locked(coupleId, async (tx) => {
    const { agreed, pendingChange } = await activeCheckIn(tx, coupleId, input.agreementId);
    const from = keyAt(new Date(now.getTime() - LOOKBACK_MS), agreed.rhythm.cadence.timeZone);
    const [logged, answers] = await Promise.all([
      tx.checkIn.findMany({
        where: { coupleId, agreementId: input.agreementId, occurrenceKey: { gte: from } },
        select: { occurrenceKey: true },
      }),
      tx.rhythmAnswer.findMany({
        where: { coupleId, agreementId: input.agreementId, userId, answeredAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
        select: { occurrenceKey: true, answeredAt: true },
      }),
    ]);
    const question = findQuestion(agreed.rhythm, { logged: logged.map((c) => c.occurrenceKey), answers, pendingChange, now });
    if (!question) return { recorded: false };
    await tx.rhythmAnswer.create({
      data: { coupleId, agreementId: input.agreementId, userId, occurrenceKey: question.key, answer: input.answer, answeredAt: now },
    });
    return { recorded: true };
  });
}

/** One transaction under the couple's row lock; an ended couple is refused (the guard checked it a moment ago). */
async function locked<T>(coupleId: string, body: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const live = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Couple" WHERE id = ${coupleId} AND "endedAt" IS NULL FOR NO KEY UPDATE`;
    if (live.length === 0) throw new AppError("forbidden", COUPLE_ENDED);
    return body(tx);
  });
}

/** The agreement as an active check-in of ours, or the refusal a person can act on. */
async function activeCheckIn(tx: Tx, coupleId: string, agreementId: string): Promise<{ agreed: AgreedRhythm; pendingChange: boolean }> {
  const agreement = await tx.agreement.findFirst({
    where: { id: agreementId, coupleId },
    select: { kind: true, status: true, activeVersionId: true, versions: { where: { status: "PENDING" }, select: { id: true } } },
  });
  if (!agreement) throw new AppError("not_found", CHECK_IN_WORDS.notFound);
  if (agreement.kind !== "CHECK_IN") throw new AppError("bad_request", CHECK_IN_WORDS.notCheckIn);
  if (agreement.status === "PROPOSED") throw new AppError("conflict", CHECK_IN_WORDS.proposed);
  if (agreement.status === "RETIRED") throw new AppError("conflict", CHECK_IN_WORDS.retired);
  if (agreement.status === "CLOSED" || !agreement.activeVersionId) throw new AppError("conflict", CHECK_IN_WORDS.closed);
  const version = await tx.agreementVersion.findFirst({
    where: { id: agreement.activeVersionId, coupleId },
    select: { content: true, decidedAt: true, proposedAt: true },
  });
  const agreed = version ? agreedRhythm(version.content, version) : null;
  if (!agreed) throw new AppError("conflict", CHECK_IN_WORDS.closed);
  if (agreed.purpose === "REVIEW") throw new AppError("bad_request", CHECK_IN_WORDS.review);
  return { agreed, pendingChange: agreement.versions.length > 0 };
}
