import type { CoupleMember } from "../auth/member";
import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, COUPLE_ENDED } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { enqueue } from "../jobs/queue";
import { kickJobs } from "../jobs/worker";
import type { AgreementsChangedPayload } from "../realtime/events";
import { emitToCouple } from "../realtime/io";
import { appendEvent } from "../timeline/append";
import { checkNewProposal, decide, MESSAGES, type AgreementStatus, type ConsentCommand, type ConsentState } from "./consent";
import {
  parseContent,
  personFields,
  toContent,
  type AgreementContent,
  type CounterProposalInput,
  type DeclineInput,
  type DecisionInput,
  type Kind,
  type ProposeAgreementInput,
  type ProposeChangeInput,
  type ProposeRetireInput,
} from "./schemas";

/**
 * Agreement writes. Each one takes a row lock on the couple (FOR NO KEY UPDATE), so all agreement
 * writes of a couple happen one after another; reads the current state; asks the consent machine;
 * writes exactly its outcome with an Event; and tells both phones after the commit.
 * The partial unique indexes (one pending version per agreement, one active pause rule per
 * couple) are the database's backstop for the same rules.
 */
type Tx = Prisma.TransactionClient;

export interface AgreementWriteResult {
  agreementId: string;
  /** The version that was proposed, or the one that was decided. */
  versionId: string;
  status: AgreementStatus;
}

const NOT_FOUND = "agreements.errors.notFound";
const NEEDS_PARTNER = "agreements.errors.needsPartner";

/** Proposes a brand-new agreement: it waits for the partner's answer before it becomes ours. */
export async function proposeAgreement(member: CoupleMember, input: ProposeAgreementInput, now = new Date()): Promise<AgreementWriteResult> {
  const content = prepare(member, input);
  return write(member, "proposed", async (tx) => {
    const same = await tx.agreement.findMany({
      where: { coupleId: member.couple.id, kind: content.kind, status: { in: ["PROPOSED", "ACTIVE"] } },
      select: { status: true },
    });
    const refusal = checkNewProposal(content.kind, same.map((a) => a.status));
    if (refusal && !refusal.ok) throw new AppError(refusal.code, refusal.message);
    await refuseSecondReviewRhythm(tx, member.couple.id, content, null);
    const agreement = await tx.agreement.create({
      data: {
        coupleId: member.couple.id,
        kind: content.kind,
        status: "PROPOSED",
        createdAt: now,
        versions: { create: { coupleId: member.couple.id, number: 1, action: "CREATE", ...versionData(member, content, input.note, now) } },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    const versionId = agreement.versions[0]!.id;
    await appendEvent(tx, member.couple.id, member.user.id, "agreements.proposed", { agreementId: agreement.id, versionId, kind: content.kind, number: 1 }, now);
    return { agreementId: agreement.id, versionId, status: "PROPOSED" };
  });
}

/** Proposes a change to an agreement we have, starting from the version the proposer was looking at. */
export function proposeChange(member: CoupleMember, input: ProposeChangeInput, now = new Date()) {
  const content = prepare(member, input);
  return transition(member, input.agreementId, { type: "change", by: member.user.id, basedOnVersionId: input.basedOnVersionId }, { content, note: input.note }, now);
}

/** Proposes retiring an agreement; it stays ours until the partner agrees. */
export function proposeRetire(member: CoupleMember, input: ProposeRetireInput, now = new Date()) {
  return transition(member, input.agreementId, { type: "retire", by: member.user.id, basedOnVersionId: input.basedOnVersionId }, { note: input.note }, now);
}

/** Counter-proposal: replaces the partner's pending version with one of mine, for them to answer. */
export function counterPropose(member: CoupleMember, input: CounterProposalInput, now = new Date()) {
  const content = prepare(member, input);
  return transition(member, input.agreementId, { type: "counter", by: member.user.id, versionId: input.versionId }, { content, note: input.note }, now);
}

export function acceptVersion(member: CoupleMember, input: DecisionInput, now = new Date()) {
  return transition(member, input.agreementId, { type: "accept", by: member.user.id, versionId: input.versionId }, {}, now);
}

export function declineVersion(member: CoupleMember, input: DeclineInput, now = new Date()) {
  return transition(member, input.agreementId, { type: "decline", by: member.user.id, versionId: input.versionId }, { reason: input.reason }, now);
}

export function withdrawVersion(member: CoupleMember, input: DecisionInput, now = new Date()) {
  return transition(member, input.agreementId, { type: "withdraw", by: member.user.id, versionId: input.versionId }, {}, now);
}

interface Extras {
  content?: AgreementContent;
  note?: string;
  reason?: string;
}

const CHANGE_NAMES: Record<ConsentCommand["type"], AgreementsChangedPayload["change"]> = {
  change: "proposed",
  retire: "proposed",
  counter: "countered",
  accept: "accepted",
  decline: "declined",
  withdraw: "withdrawn",
};

function transition(member: CoupleMember, agreementId: string, command: ConsentCommand, extras: Extras, now: Date): Promise<AgreementWriteResult> {
  return write(member, CHANGE_NAMES[command.type], (tx) => transitionIn(tx, member, agreementId, command, extras, now));
}

/**
 * Proposes retiring an agreement inside another domain's transaction (the weekly review's
 * decision), which must already hold the couple's lock (lockActiveCouple). The retirement and the
 * review's decision then commit together or not at all; call `notify` once it has committed.
 */
export async function proposeRetireIn(tx: Tx, member: CoupleMember, input: ProposeRetireInput, now: Date) {
  if (!member.couple.partner) throw new AppError("forbidden", NEEDS_PARTNER);
  const command: ConsentCommand = { type: "retire", by: member.user.id, basedOnVersionId: input.basedOnVersionId };
  const result = await transitionIn(tx, member, input.agreementId, command, { note: input.note }, now);
  // Like any proposal: the partner's locked phone hears that it waits for them.
  await enqueueProposalPush(tx, member, result);
  return {
    result,
    notify: () => {
      notifyChanged(member, "proposed", result);
      kickJobs();
    },
  };
}

function enqueueProposalPush(tx: Tx, member: CoupleMember, written: AgreementWriteResult) {
  return enqueue(tx, { kind: "proposal.waiting", coupleId: member.couple.id, data: { versionId: written.versionId, agreementId: written.agreementId, actorId: member.user.id } });
}

/** The couple's row lock that every agreement write takes first; refuses an ended couple. */
export async function lockActiveCouple(tx: Tx, coupleId: string): Promise<void> {
  const live = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Couple" WHERE id = ${coupleId} AND "endedAt" IS NULL FOR NO KEY UPDATE`;
  if (live.length === 0) throw new AppError("forbidden", COUPLE_ENDED);
}

async function transitionIn(tx: Tx, member: CoupleMember, agreementId: string, command: ConsentCommand, extras: Extras, now: Date): Promise<AgreementWriteResult> {
  const coupleId = member.couple.id;
  const agreement = await tx.agreement.findFirst({
    where: { id: agreementId, coupleId },
    select: { id: true, kind: true, status: true, activeVersionId: true, versions: { where: { status: "PENDING" }, select: { id: true, proposedById: true, action: true } } },
  });
  if (!agreement) throw new AppError("not_found", NOT_FOUND);
  if (extras.content && extras.content.kind !== agreement.kind) {
    throw new AppError("bad_request", "agreements.errors.sameKind", undefined, undefined, { kind: agreement.kind });
  }
  const state: ConsentState = { status: agreement.status, activeVersionId: agreement.activeVersionId, pending: agreement.versions[0] ?? null };
  const outcome = decide(state, command);
  if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
  if (extras.content) await refuseSecondReviewRhythm(tx, coupleId, extras.content, agreementId);

  let versionId = state.pending?.id ?? "";
  if (outcome.close && state.pending) {
    const closed = await tx.agreementVersion.updateMany({
      where: { id: state.pending.id, coupleId, status: "PENDING" },
      data: { status: outcome.close, decidedById: member.user.id, decidedAt: now, declineReason: outcome.close === "DECLINED" ? extras.reason || null : null },
    });
    if (closed.count !== 1) throw new AppError("conflict", MESSAGES.stale);
  }
  if (outcome.propose) {
    const content = extras.content ?? (await activeContent(tx, agreement.kind, agreement.activeVersionId));
    const last = await tx.agreementVersion.aggregate({ where: { agreementId, coupleId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const created = await tx.agreementVersion.create({
      data: { agreementId, coupleId, number, action: outcome.propose, ...versionData(member, content, extras.note, now) },
      select: { id: true },
    });
    versionId = created.id;
  }
  await tx.agreement.update({
    where: { id: agreementId },
    data: { status: outcome.status, ...(outcome.activate ? { activeVersionId: outcome.activate } : {}) },
  });
  const type = command.type === "accept" && outcome.status === "RETIRED" ? "agreements.retired" : `agreements.${EVENT_NAMES[command.type]}`;
  await appendEvent(tx, coupleId, member.user.id, type, { agreementId, versionId, kind: agreement.kind }, now);
  return { agreementId, versionId, status: outcome.status };
}

const EVENT_NAMES: Record<ConsentCommand["type"], string> = {
  change: "changeProposed",
  retire: "retireProposed",
  counter: "countered",
  accept: "accepted",
  decline: "declined",
  withdraw: "withdrawn",
};

/** Runs one locked transaction for the caller's couple and, once committed, tells both phones. */
async function write(member: CoupleMember, change: AgreementsChangedPayload["change"], body: (tx: Tx) => Promise<AgreementWriteResult>) {
  if (!member.couple.partner) throw new AppError("forbidden", NEEDS_PARTNER);
  let result: AgreementWriteResult;
  try {
    result = await db.$transaction(async (tx) => {
      await lockActiveCouple(tx, member.couple.id);
      const written = await body(tx);
      // A proposal now waits for the partner: a notification for a locked phone (lib/push), checked again when sent.
      if (change === "proposed" || change === "countered") await enqueueProposalPush(tx, member, written);
      return written;
    });
  } catch (err) {
    // The lock makes these unreachable in practice; the partial unique indexes keep them impossible.
    if (isUniqueViolation(err)) throw new AppError("conflict", MESSAGES.stale);
    throw err;
  }
  notifyChanged(member, change, result);
  if (change === "proposed" || change === "countered") kickJobs();
  return result;
}

/** Tells both phones, after the commit. */
function notifyChanged(member: CoupleMember, change: AgreementsChangedPayload["change"], result: AgreementWriteResult) {
  const coupleId = member.couple.id;
  const serverNow = Date.now();
  emitToCouple(coupleId, "agreements:changed", { agreementId: result.agreementId, versionId: result.versionId, change, actorId: member.user.id, serverNow });
  emitToCouple(coupleId, "couples:changed", { domain: "agreements", serverNow });
}

/**
 * One weekly review rhythm per couple (the check-in whose purpose is REVIEW): while one is proposed
 * or ours, we change it rather than add a second. Under the couple's lock, like every agreement write.
 */
async function refuseSecondReviewRhythm(tx: Tx, coupleId: string, content: AgreementContent, exceptAgreementId: string | null) {
  if (content.kind !== "CHECK_IN" || content.purpose !== "REVIEW") return;
  const versions = await tx.agreementVersion.findMany({
    where: {
      coupleId,
      status: { in: ["PENDING", "ACCEPTED"] },
      content: { path: ["purpose"], equals: "REVIEW" },
      agreement: { kind: "CHECK_IN", status: { in: ["PROPOSED", "ACTIVE"] }, ...(exceptAgreementId ? { id: { not: exceptAgreementId } } : {}) },
    },
    select: { id: true, status: true, agreement: { select: { activeVersionId: true } } },
  });
  // An older accepted version that a change replaced is history, not the rhythm we keep.
  if (versions.some((v) => v.status === "PENDING" || v.id === v.agreement.activeVersionId)) throw new AppError("conflict", MESSAGES.reviewRhythmExists);
}

/** Canonical content, with every person it names checked to be one of us. */
function prepare(member: CoupleMember, input: AgreementContent & Record<string, unknown>): AgreementContent {
  const content = toContent(input);
  const us = [member.user.id, member.couple.partner?.id].filter(Boolean);
  const fieldErrors: Record<string, string[]> = {};
  for (const { field, value, allowed } of personFields(content)) {
    if (!allowed.includes(value) && !us.includes(value)) fieldErrors[field] = ["agreements.validation.oneOfUs"];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("bad_request", "errors.checkFields", fieldErrors);
  return content;
}

function versionData(member: CoupleMember, content: AgreementContent, note: string | undefined, proposedAt: Date) {
  const { kind: _kind, ...stored } = content;
  return { content: stored as Prisma.InputJsonValue, note: note || null, proposedById: member.user.id, proposedAt };
}

async function activeContent(tx: Tx, kind: Kind, activeVersionId: string | null): Promise<AgreementContent> {
  const version = activeVersionId ? await tx.agreementVersion.findUnique({ where: { id: activeVersionId }, select: { content: true } }) : null;
  if (!version) throw new AppError("conflict", MESSAGES.notActive);
  return parseContent(kind, version.content);
}
