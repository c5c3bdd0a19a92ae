import type { Member } from "../auth/member";
import { db } from "../db";
import { journalExport } from "../journal/export";
import { exportReviews } from "../reviews/queries";

/**
 * Everything this person can see and wrote, as one JSON document: their profile and sessions,
 * and — while they belong to a couple — its agreements with full history, check-ins, pauses and timeline.
 * Never includes the password hash or anyone's private rows but their own; my private journal
 * comes decrypted, only ever mine.
 */
export async function buildExport(member: Member) {
  const userId = member.user.id;
  const [user, sessions, invites, calendarFeeds, journal] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, timeZone: true, createdAt: true } }),
    db.session.findMany({ where: { userId }, select: { userAgent: true, createdAt: true, lastSeenAt: true, revokedAt: true } }),
    db.invite.findMany({ where: { createdById: userId }, select: { createdAt: true, expiresAt: true, redeemedAt: true, revokedAt: true } }),
    // Never the token (we don't have it) nor its hash: when each link was made, used and revoked.
    db.calendarFeed.findMany({ where: { userId }, select: { createdAt: true, lastUsedAt: true, revokedAt: true }, orderBy: { createdAt: "asc" } }),
    journalExport(userId),
  ]);
  const coupleId = member.couple?.id;
  const shared = coupleId
    ? await Promise.all([
        db.agreement.findMany({
          where: { coupleId },
          select: {
            id: true,
            kind: true,
            status: true,
            createdAt: true,
            versions: {
              select: { number: true, action: true, status: true, content: true, note: true, proposedById: true, proposedAt: true, decidedById: true, decidedAt: true, declineReason: true },
              orderBy: { number: "asc" },
            },
          },
          orderBy: { createdAt: "asc" },
        }),
        db.pause.findMany({ where: { coupleId }, orderBy: { startedAt: "asc" }, omit: { coupleId: true } }),
        db.event.findMany({ where: { coupleId }, select: { type: true, actorId: true, data: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
        db.checkIn.findMany({
          where: { coupleId },
          select: {
            agreementId: true,
            occurrenceKey: true,
            happenedAt: true,
            createdById: true,
            notes: { select: { userId: true, feeling: true, note: true, createdAt: true, updatedAt: true }, orderBy: { createdAt: "asc" } },
          },
          orderBy: { happenedAt: "asc" },
        }),
        // As I can see them: a partner's rating only where we both rated (lib/reviews/view.ts).
        exportReviews(coupleId, userId, member.couple?.partner?.id ?? null),
      ])
    : null;
  const people = { [userId]: "me", ...(member.couple?.partner ? { [member.couple.partner.id]: "partner" } : {}) };
  return {
    format: "steady-export/1",
    exportedAt: new Date().toISOString(),
    note: "Ids of people are replaced by 'me', 'partner' or 'former partner'.",
    me: user,
    sessions,
    invitesICreated: invites,
    calendarLinks: calendarFeeds,
    myPrivateJournal: journal,
    couple: member.couple
      ? {
          partnerName: member.couple.partner?.name ?? null,
          endedAt: member.couple.endedAt,
          agreements: shared?.[0].map((a) => ({
            ...a,
            versions: a.versions.map((v) => ({ ...v, proposedById: who(people, v.proposedById), decidedById: who(people, v.decidedById) })),
          })),
          pauses: shared?.[1].map((p) => ({ ...p, startedById: who(people, p.startedById), endedById: who(people, p.endedById) })),
          timeline: shared?.[2].map((e) => ({ ...e, actorId: who(people, e.actorId) })),
          checkIns: shared?.[3].map((c) => ({
            ...c,
            createdById: who(people, c.createdById),
            notes: c.notes.map((n) => ({ ...n, userId: who(people, n.userId) })),
          })),
          weeklyReviews: shared?.[4],
        }
      : null,
  };
}

function who(people: Record<string, string>, id: string | null): string | null {
  if (!id) return null;
  return people[id] ?? "former partner";
}
