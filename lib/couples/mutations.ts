import QRCode from "qrcode";
import { verifyPassword } from "../auth/password";
import type { Member } from "../auth/member";
import { db } from "../db";
import { isCheckViolation, isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { consume } from "../rate-limit";
import { revokeAllShareLinks } from "../share-links/mutations";
import { emitToCouple, emitToUser, joinCoupleRoom, removeFromCoupleRoom } from "../realtime/io";
import { appendEvent } from "../timeline/append";
import { revokeCoupleTokens } from "../tokens/mutations";
import { generateInviteCode, hashInviteCode, INVITE_TTL_MS, isInviteExpired, normalizeInviteCode } from "./invite-code";

export interface CreatedInvite {
  code: string;
  url: string;
  qrSvg: string;
  expiresAt: string;
}

/**
 * One tap: makes sure the member has a (solo) couple, replaces any earlier invite and returns a
 * fresh code, link and QR. Only the latest invite is valid.
 */
export async function createInvite(member: Member, baseUrl: string, now = new Date()): Promise<CreatedInvite> {
  if (member.couple?.partner && !member.couple.endedAt) {
    throw new AppError("conflict", "together.errors.alreadyLinkedInvite");
  }
  await consume("inviteCreate", member.user.id, "invites");
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  const coupleId = await db.$transaction(async (tx) => {
    let coupleId = member.couple && !member.couple.endedAt ? member.couple.id : null;
    if (!coupleId) {
      // Starting over after an ended couple: let go of the read-only copy first.
      if (member.couple) await releaseEndedCouple(tx, member.user.id, member.couple.id);
      const couple = await tx.couple.create({ data: { createdAt: now, members: { create: { userId: member.user.id, slot: 1, joinedAt: now } } }, select: { id: true } });
      coupleId = couple.id;
    }
    await tx.invite.updateMany({ where: { coupleId, redeemedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.invite.create({ data: { coupleId, createdById: member.user.id, codeHash: hashInviteCode(code.replace("-", "")), expiresAt, createdAt: now } });
    return coupleId;
  });
  joinCoupleRoom(coupleId, [member.user.id]);
  const url = `${baseUrl}/join?code=${encodeURIComponent(code)}`;
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { code, url, qrSvg, expiresAt: expiresAt.toISOString() };
}

/** Cancels the member's open invite, e.g. after sending it to the wrong person. */
export async function revokeInvite(member: Member): Promise<{ revoked: number }> {
  if (!member.couple || member.couple.endedAt) return { revoked: 0 };
  const { count } = await db.invite.updateMany({
    where: { coupleId: member.couple.id, redeemedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { revoked: count };
}

/** The open invite's expiry, if any (the code itself is never stored, so it cannot be shown again). */
export async function openInvite(member: Member): Promise<{ expiresAt: Date } | null> {
  if (!member.couple || member.couple.endedAt) return null;
  return db.invite.findFirst({
    where: { coupleId: member.couple.id, redeemedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Joins the inviter's couple. The database has the last word: the invite is claimed with a
 * conditional update and the second seat is a unique (couple, slot), so of two people redeeming
 * at once exactly one gets in.
 */
export async function redeemInvite(member: Member, rawCode: string, ip: string, now = new Date()): Promise<{ coupleId: string; partnerName: string }> {
  await consume("inviteRedeem", `${member.user.id}`, "code attempts");
  await consume("inviteRedeem", `ip:${ip}`, "code attempts");
  const normalized = normalizeInviteCode(rawCode);
  const wrong = () => new AppError("bad_request", "together.errors.wrongCode", {
    code: ["together.errors.wrongCode"],
  });
  if (!normalized) throw wrong();
  const invite = await db.invite.findUnique({
    where: { codeHash: hashInviteCode(normalized) },
    select: { id: true, coupleId: true, createdById: true, expiresAt: true, redeemedAt: true, revokedAt: true, couple: { select: { endedAt: true } } },
  });
  if (!invite) throw wrong();
  const fail = (message: string) => new AppError("conflict", message, { code: [message] });
  if (invite.createdById === member.user.id) throw fail("together.errors.ownInvite");
  if (invite.redeemedAt) throw fail("together.errors.used");
  if (invite.revokedAt || invite.couple.endedAt) throw fail("together.errors.replaced");
  if (isInviteExpired(invite, now)) throw fail("together.errors.expired");
  if (member.couple && !member.couple.endedAt && member.couple.partner) {
    throw fail("together.errors.alreadyLinked");
  }

  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.invite.updateMany({
        where: { id: invite.id, redeemedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { redeemedAt: now, redeemedById: member.user.id },
      });
      if (claimed.count !== 1) throw fail("together.errors.justUsed");
      // A solo couple of the joiner's own (an unused invite of theirs) or an ended one is let go.
      if (member.couple) await releaseEndedCouple(tx, member.user.id, member.couple.id);
      await tx.membership.create({ data: { coupleId: invite.coupleId, userId: member.user.id, slot: 2, joinedAt: now } });
      await appendEvent(tx, invite.coupleId, member.user.id, "couples.joined", {}, now);
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isUniqueViolation(err) || isCheckViolation(err)) throw fail("together.errors.full");
    throw err;
  }
  const inviter = await db.user.findUnique({ where: { id: invite.createdById }, select: { name: true } });
  joinCoupleRoom(invite.coupleId, [member.user.id, invite.createdById]);
  emitToCouple(invite.coupleId, "couples:changed", { domain: "couple", serverNow: Date.now() });
  return { coupleId: invite.coupleId, partnerName: inviter?.name ?? "your partner" };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Drops a user's membership of a couple they are leaving behind; a couple nobody is left in is deleted. */
async function releaseEndedCouple(tx: Tx, userId: string, coupleId: string) {
  await tx.membership.deleteMany({ where: { userId, coupleId } });
  const left = await tx.membership.count({ where: { coupleId } });
  if (left === 0) await tx.couple.delete({ where: { id: coupleId } });
}

/**
 * Either partner, alone, at any time. The couple ends for both at once: the leaver's membership
 * goes, the other keeps a read-only view of what they built together (docs/decisions/001).
 */
export async function leaveCouple(member: Member, password: string): Promise<void> {
  await confirmPassword(member.user.id, password);
  if (!member.couple) throw new AppError("conflict", "together.errors.notInCouple");
  await endMembership(member.user.id, member.couple.id);
}

/** Shared by leave and account deletion; no password check (the callers do it). */
export async function endMembership(userId: string, coupleId: string): Promise<void> {
  const partnerIds = await db.$transaction(async (tx) => {
    const couple = await tx.couple.findUnique({ where: { id: coupleId }, select: { endedAt: true, members: { select: { userId: true } } } });
    if (!couple) return [];
    const others = couple.members.map((m) => m.userId).filter((id) => id !== userId);
    if (!couple.endedAt) {
      await tx.couple.update({ where: { id: coupleId }, data: { endedAt: new Date() } });
      await tx.invite.updateMany({ where: { coupleId, redeemedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      await revokeCoupleTokens(tx, coupleId);
      await tx.pause.updateMany({ where: { coupleId, endedAt: null }, data: { endedAt: new Date(), endedById: userId, endReason: "ENDED_EARLY" } });
      // A counsellor's link to a couple that no longer exists would outlive both partners' consent.
      await revokeAllShareLinks(tx, coupleId, userId, new Date());
      await appendEvent(tx, coupleId, null, "couples.ended");
      // Nothing is sent about a couple that ended: its timed notifications and reminders go now.
      await tx.job.deleteMany({ where: { coupleId } });
    }
    // The one who leaves takes no notifications of ours along (a phone of theirs subscribes again).
    await tx.pushSubscription.deleteMany({ where: { userId } });
    await releaseEndedCouple(tx, userId, coupleId);
    return others;
  });
  // Tell open screens first, then take every socket of both out of the room, on every node.
  emitToCouple(coupleId, "couples:ended", { serverNow: Date.now() });
  removeFromCoupleRoom(coupleId, [userId, ...partnerIds]);
  emitToUser(userId, "couples:changed", { domain: "couple", serverNow: Date.now() });
}

/** The remaining partner lets go of an ended couple's read-only copy, to start over. */
export async function releaseEndedCoupleFor(member: Member): Promise<void> {
  if (!member.couple?.endedAt) throw new AppError("conflict", "together.errors.stillActive");
  await db.$transaction((tx) => releaseEndedCouple(tx, member.user.id, member.couple!.id));
}

export async function confirmPassword(userId: string, password: string): Promise<void> {
  await consume("sensitive", userId, "password attempts");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, password))) {
    throw new AppError("bad_request", "together.errors.wrongPassword", { password: ["together.errors.wrongPassword"] });
  }
}
