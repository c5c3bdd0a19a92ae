import { db } from "../db";
import { AppError } from "../errors";
import { getLiveSession } from "./sessions";

export interface Partner {
  id: string;
  name: string;
  timeZone: string;
}

export interface Member {
  sessionId: string;
  user: { id: string; name: string; email: string; timeZone: string };
  /** The couple this user belongs to; endedAt is set when the partner left (read-only then). */
  couple: { id: string; endedAt: Date | null; partner: Partner | null } | null;
}

/** A member of a couple that is still active: the only context allowed to write shared data. */
export type CoupleMember = Member & { couple: { id: string; endedAt: null; partner: Partner | null } };

/**
 * The one resolver behind every guard (pages, actions, route handlers, sockets):
 * a live server-side session → its user → their membership and partner.
 */
export async function resolveMember(sessionId: string | null | undefined): Promise<Member | null> {
  if (!sessionId) return null;
  const session = await getLiveSession(sessionId);
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      membership: {
        select: {
          couple: {
            select: {
              id: true,
              endedAt: true,
              members: { select: { user: { select: { id: true, name: true, timeZone: true } } } },
            },
          },
        },
      },
    },
  });
  if (!user) return null;
  const couple = user.membership?.couple;
  const partner = couple?.members.map((m) => m.user).find((u) => u.id !== user.id) ?? null;
  return {
    sessionId,
    user: { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone },
    couple: couple ? { id: couple.id, endedAt: couple.endedAt, partner } : null,
  };
}

export function isCoupleMember(member: Member | null): member is CoupleMember {
  return !!member?.couple && member.couple.endedAt === null;
}

/** Throws the AppError a signed-out or couple-less caller should see. */
export function assertCoupleMember(member: Member | null): asserts member is CoupleMember {
  if (!member) throw new AppError("unauthorized", "Please sign in again to continue.");
  if (!member.couple) throw new AppError("forbidden", "This needs a shared space with your partner. You can invite them from Me.");
  if (member.couple.endedAt) throw new AppError("forbidden", "This shared space has ended, so it can’t be changed any more.");
}
