import { countWaitingFor } from "./agreements/queries";
import type { Member } from "./auth/member";

type BadgeSource = (member: Member) => Promise<Partial<Record<"/agreements" | "/today" | "/history" | "/me", number>>>;

/**
 * Counts of things waiting for this member, per destination. Domains add a source here
 * (e.g. agreements: proposals waiting for my answer). Counts only; nothing is scored.
 */
const sources: BadgeSource[] = [
  async (member) => (member.couple && !member.couple.endedAt ? { "/agreements": await countWaitingFor(member.couple.id, member.user.id) } : {}),
];

export async function navBadges(member: Member) {
  const parts = await Promise.all(sources.map((source) => source(member)));
  return Object.assign({}, ...parts) as Awaited<ReturnType<BadgeSource>>;
}
