import { acceptVersionOp, proposeAgreementOp, proposeRetireOp } from "@/lib/agreements/operations";
import { db } from "@/lib/db";
import type { AnyOperation } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";
import type { ActionResult } from "@/lib/operations/result";
import type { TestCouple, TestUser } from "@/tests/factories";
import { ok } from "../agreements/helpers";

/** Runs an operation as this user at a fixed instant (the request's clock). */
export function asAt<O>(
  user: TestUser,
  iso: string,
  op: AnyOperation & { run: (...args: never[]) => Promise<O> },
  input: unknown,
): Promise<ActionResult<O>> {
  return executeOperation(op, input, { ...user.request, clock: () => new Date(iso) });
}

export const weeklyTuesday = {
  kind: "CHECK_IN",
  about: "How our week felt",
  unit: "WEEK",
  every: 1,
  days: ["TUE"],
  time: "19:30",
  timeZone: "Europe/Berlin",
  channel: "IN_PERSON",
  starter: "either",
  note: "",
} as const;

/** A proposes, B accepts at `acceptedAt`: the rhythm counts from then. */
export async function agreeCheckIn(c: TestCouple, acceptedAt: string, content: Record<string, unknown> = {}) {
  const proposedAt = new Date(new Date(acceptedAt).getTime() - 3_600_000).toISOString();
  const made = ok(await asAt(c.a, proposedAt, proposeAgreementOp, { ...weeklyTuesday, ...content }));
  ok(await asAt(c.b, acceptedAt, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }));
  return made;
}

/** The weekly review's rhythm: what the review engineer's `purpose` field marks (written directly, as it is not in this schema yet). */
export async function markAsReview(versionId: string) {
  const version = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } });
  await db.agreementVersion.update({ where: { id: versionId }, data: { content: { ...(version.content as object), purpose: "REVIEW" } } });
}

export async function retire(c: TestCouple, made: { agreementId: string; versionId: string }, at: string) {
  const proposal = ok(await asAt(c.a, at, proposeRetireOp, { agreementId: made.agreementId, basedOnVersionId: made.versionId, note: "" }));
  ok(await asAt(c.b, at, acceptVersionOp, { agreementId: made.agreementId, versionId: proposal.versionId }));
}

/** Everything check-ins write, for "nothing changed" assertions. */
export async function checkInRows() {
  const [checkIns, notes, answers, events] = await Promise.all([
    db.checkIn.findMany({ orderBy: { id: "asc" } }),
    db.checkInNote.findMany({ orderBy: { id: "asc" } }),
    db.rhythmAnswer.findMany({ orderBy: { id: "asc" } }),
    db.event.findMany({ where: { type: { startsWith: "checkins." } }, orderBy: { id: "asc" } }),
  ]);
  return { checkIns, notes, answers, events };
}
