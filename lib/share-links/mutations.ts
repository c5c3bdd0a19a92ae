import type { CoupleMember } from "../auth/member";
import { db } from "../db";
import { AppError, COUPLE_ENDED } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { emitToCouple } from "../realtime/io";
import type { Locale } from "../i18n/config";
import { buildRecord, counsellorRecordViewer } from "../record/build";
import type { CoupleRecord } from "../record/types";
import { appendEvent } from "../timeline/append";
import { MAX_OPEN_LINKS, SHARE_MESSAGES, UNAVAILABLE } from "./constants";
import { decideApproval, isViewable } from "./consent";
import type { ProposeShareLinkInput } from "./schemas";
import { generateToken, hashToken, looksLikeToken } from "./token";

/**
 * Counsellor links. Each write filters by the caller's coupleId, writes in a transaction with its
 * timeline event, then tells the couple's open screens. The token exists only in the proposer's
 * answer (and the URL they share): it is never stored, logged or put in an event.
 */
const linkState = { id: true, proposedById: true, days: true, approvedAt: true, expiresAt: true, revokedAt: true } as const;

type Tx = Prisma.TransactionClient;

/**
 * Takes the couple's row lock, as agreement writes do, and re-checks that it has not ended: a
 * couple's link writes run one after another, and none can slip in after the couple ended (ending
 * revokes every link in the transaction that sets endedAt).
 */
async function lockLiveCouple(tx: Tx, coupleId: string) {
  const live = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Couple" WHERE id = ${coupleId} AND "endedAt" IS NULL FOR NO KEY UPDATE`;
  if (live.length === 0) throw new AppError("forbidden", COUPLE_ENDED);
}

function changed(coupleId: string) {
  emitToCouple(coupleId, "couples:changed", { domain: "shareLinks", serverNow: Date.now() });
}

export interface ProposedShareLink {
  linkId: string;
  /** The only time the link is shown: it works once the partner approves. */
  url: string;
  days: number;
  therapistName: string | null;
}

export async function proposeShareLink(member: CoupleMember, input: ProposeShareLinkInput, now: Date, baseUrl: string): Promise<ProposedShareLink> {
  const coupleId = member.couple.id;
  if (!member.couple.partner) throw new AppError("conflict", SHARE_MESSAGES.needsPartner);
  const token = generateToken();
  const link = await db.$transaction(async (tx) => {
    await lockLiveCouple(tx, coupleId); // two proposals at once cannot both pass the count
    const open = await tx.shareLink.count({ where: { coupleId, revokedAt: null, OR: [{ approvedAt: null }, { expiresAt: { gt: now } }] } });
    if (open >= MAX_OPEN_LINKS) throw new AppError("conflict", SHARE_MESSAGES.tooMany, undefined, undefined, { max: MAX_OPEN_LINKS });
    const created = await tx.shareLink.create({
      data: { coupleId, proposedById: member.user.id, therapistName: input.therapistName, days: input.days, tokenHash: hashToken(token), createdAt: now },
      select: { id: true },
    });
    await appendEvent(tx, coupleId, member.user.id, "shareLinks.proposed", { linkId: created.id, days: input.days });
    return created;
  });
  changed(coupleId);
  return { linkId: link.id, url: `${baseUrl}/shared/${token}`, days: input.days, therapistName: input.therapistName };
}

/** The partner who did not propose it says yes: from now it works for its days. */
export async function approveShareLink(member: CoupleMember, linkId: string, now: Date): Promise<{ linkId: string; expiresAt: Date }> {
  const coupleId = member.couple.id;
  const result = await db.$transaction(async (tx) => {
    await lockLiveCouple(tx, coupleId);
    const link = await tx.shareLink.findFirst({ where: { id: linkId, coupleId }, select: linkState });
    if (!link) throw new AppError("not_found", SHARE_MESSAGES.notFound);
    const outcome = decideApproval(link, member.user.id, linkId, now);
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
    // Conditional as well as locked: whatever changed the link since the read wins, and nothing is approved.
    const { count } = await tx.shareLink.updateMany({
      where: { id: linkId, coupleId, approvedAt: null, revokedAt: null },
      data: { approvedById: member.user.id, approvedAt: outcome.approvedAt, expiresAt: outcome.expiresAt },
    });
    if (count !== 1) throw new AppError("conflict", SHARE_MESSAGES.revoked);
    await appendEvent(tx, coupleId, member.user.id, "shareLinks.approved", { linkId });
    return { linkId, expiresAt: outcome.expiresAt };
  });
  changed(coupleId);
  return result;
}

/** Either of us, alone, at once. Turning off a link that is already off changes nothing and is not an error. */
export async function revokeShareLink(member: CoupleMember, linkId: string, now: Date): Promise<{ linkId: string; revokedAt: Date }> {
  const coupleId = member.couple.id;
  const result = await db.$transaction(async (tx) => {
    await lockLiveCouple(tx, coupleId);
    const { count } = await tx.shareLink.updateMany({ where: { id: linkId, coupleId, revokedAt: null }, data: { revokedAt: now, revokedById: member.user.id } });
    const link = await tx.shareLink.findFirst({ where: { id: linkId, coupleId }, select: { revokedAt: true } });
    if (!link?.revokedAt) throw new AppError("not_found", SHARE_MESSAGES.notFound);
    if (count === 1) await appendEvent(tx, coupleId, member.user.id, "shareLinks.revoked", { linkId });
    return { linkId, revokedAt: link.revokedAt, written: count === 1 };
  });
  if (result.written) changed(coupleId);
  return { linkId: result.linkId, revokedAt: result.revokedAt };
}

/** Every link of a couple stops working, inside the caller's transaction (the couple is ending). */
export async function revokeAllShareLinks(tx: Pick<Tx, "shareLink">, coupleId: string, byUserId: string | null, now: Date): Promise<void> {
  await tx.shareLink.updateMany({ where: { coupleId, revokedAt: null }, data: { revokedAt: now, revokedById: byUserId } });
}

export interface SharedRecord {
  record: CoupleRecord;
  therapistName: string | null;
  /** When it stops working, in the record's time zone. */
  expiresAt: Date;
}

/**
 * What a counsellor holding the link sees. Malformed, unknown, waiting, expired, turned off or of
 * an ended couple: one answer, the same words, nothing about the couple. Opening it is recorded.
 */
export async function openSharedRecord(token: string, now: Date, locale: Locale = "en"): Promise<SharedRecord> {
  const unavailable = () => new AppError("not_found", UNAVAILABLE);
  if (!looksLikeToken(token)) throw unavailable();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      ...linkState,
      coupleId: true,
      therapistName: true,
      couple: { select: { endedAt: true, members: { orderBy: { slot: "asc" }, select: { user: { select: { id: true, name: true, timeZone: true } } } } } },
    },
  });
  if (!link || link.couple.endedAt || !isViewable(link, now)) throw unavailable();
  const opened = await db.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { lastOpenedAt: now } });
  if (opened.count !== 1) throw unavailable();
  const people = link.couple.members.map((m) => m.user);
  // Times are written in the proposer's zone (they are the one who will talk the link through).
  const timeZone = people.find((p) => p.id === link.proposedById)?.timeZone ?? people[0]?.timeZone ?? "UTC";
  const record = await buildRecord(link.coupleId, counsellorRecordViewer(people, timeZone, locale), now);
  return { record, therapistName: link.therapistName, expiresAt: link.expiresAt! };
}
