import { countWaitingFor, listAgreements } from "./agreements/queries";
import type { CoupleMember } from "./auth/member";
import { ourRhythms, type RhythmView } from "./checkins/queries";
import { reviewNear, type ReviewNear } from "./reviews/queries";

/**
 * What Today answers: "what now?" — our check-ins (the one that is due first), proposals waiting
 * for me, the weekly review when it is near, and for a couple with no agreements yet, a short start.
 */
export interface TodayView {
  /** Proposals waiting for my answer. */
  waitingForMe: number;
  /** No agreement proposed or in place yet: Today offers a first step instead. */
  newCouple: boolean;
  /** Our check-in rhythms, what needs us first: due, missed (still loggable), kept, then upcoming. */
  checkIns: RhythmView[];
  /** The weekly review when it is near, due or open (lib/reviews/queries.ts#reviewNear: the one rule). */
  review: ReviewNear;
}

export async function todayView(member: CoupleMember, now: Date): Promise<TodayView> {
  const coupleId = member.couple.id;
  const [waitingForMe, agreements, rhythms, review] = await Promise.all([
    countWaitingFor(coupleId, member.user.id),
    listAgreements(coupleId, ["PROPOSED", "ACTIVE"]),
    ourRhythms({ coupleId, userId: member.user.id }, now),
    reviewNear(coupleId, now),
  ]);
  const checkIns = rhythms
    .filter((r) => r.purpose === "CHECK_IN")
    .sort((x, y) => rank(x, member.user.id) - rank(y, member.user.id) || nextAt(x) - nextAt(y));
  return { waitingForMe, newCouple: agreements.length === 0, checkIns, review };
}

function rank(r: RhythmView, meId: string): number {
  switch (r.due.state) {
    case "due":
      return 0;
    case "missed":
      return 1;
    case "kept":
      return r.current?.parts.some((p) => p.userId === meId) ? 3 : 2;
    case "upcoming":
      return 4;
  }
}

const nextAt = (r: RhythmView) => (r.due.state === "upcoming" ? r.due.next : r.due.occurrence).at.getTime();
