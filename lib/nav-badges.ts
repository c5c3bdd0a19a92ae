import { countWaitingFor } from "./agreements/queries";
import type { Member } from "./auth/member";
import { countShareLinksWaitingFor } from "./share-links/queries";

type BadgeSource = (member: Member) => Promise<Partial<Record<"/agreements" | "/today" | "/history" | "/me", number>>>;

/**
 * Counts of things waiting for this member, per destination. Domains add a source here
 * (e.g. agreements: proposals waiting for my answer). Counts only; nothing is scored.
 */
const sources: BadgeSource[] = [
  async (member) => (member.couple && !member.couple.endedAt ? { "/agreements": await countWaitingFor(member.couple.id, member.user.id) } : {}),
  // A counsellor link my partner suggested waits for me on the record page, reached from Me.
  async (member) => (member.couple && !member.couple.endedAt ? { "/me": await countShareLinksWaitingFor(member.couple.id, member.user.id) } : {}),
];

export async function navBadges(member: Member) {
  const parts = await Promise.all(sources.map((source) => source(member)));
  // Sources may count for the same destination: their counts add up.
  const total: Awaited<ReturnType<BadgeSource>> = {};
  for (const part of parts) for (const [href, n] of Object.entries(part) as [keyof typeof total, number][]) total[href] = (total[href] ?? 0) + n;
  return total;
}
