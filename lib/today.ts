import { nextOccurrence } from "./agreements/cadence";
import { agreementTitle } from "./agreements/describe";
import { countWaitingFor, listAgreements } from "./agreements/queries";
import type { CoupleMember } from "./auth/member";

export interface TodaySummary {
  /** Proposals waiting for my answer. */
  waitingForMe: number;
  /** The soonest upcoming check-in we agreed on, if any. */
  nextCheckIn: { agreementId: string; about: string; at: Date } | null;
}

/** What the Today screen shows beyond the greeting: what waits for me, and our next check-in. */
export async function todaySummary(member: CoupleMember, now = new Date()): Promise<TodaySummary> {
  const [waitingForMe, active] = await Promise.all([countWaitingFor(member.couple.id, member.user.id), listAgreements(member.couple.id, ["ACTIVE"])]);
  let nextCheckIn: TodaySummary["nextCheckIn"] = null;
  for (const agreement of active) {
    const content = agreement.active?.content;
    if (!content || content.kind !== "CHECK_IN") continue;
    const at = nextOccurrence(content, now, agreement.active!.decidedAt ?? agreement.active!.proposedAt);
    if (at && (!nextCheckIn || at < nextCheckIn.at)) nextCheckIn = { agreementId: agreement.id, about: agreementTitle(content), at };
  }
  return { waitingForMe, nextCheckIn };
}
