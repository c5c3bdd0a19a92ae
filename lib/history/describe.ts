import type { KeyIn } from "../i18n/keys";

/** Words for the couple's timeline: plain facts about what happened, never a verdict (messages: history.event.*). */
export interface TimelineEvent {
  type: string;
  actorId: string | null;
  data: unknown;
}

const SIMPLE: Record<string, KeyIn<"history">> = {
  "couples.joined": "event.joined",
  "couples.ended": "event.ended",
  "agreements.proposed": "event.proposed",
  "agreements.changeProposed": "event.changeProposed",
  "agreements.retireProposed": "event.retireProposed",
  "agreements.countered": "event.countered",
  "agreements.accepted": "event.accepted",
  "agreements.retired": "event.retired",
  "agreements.declined": "event.declined",
  "agreements.withdrawn": "event.withdrawn",
  "reviews.finished": "event.reviewFinished",
  "reviews.setAside": "event.reviewSetAside",
  "shareLinks.proposed": "event.shareProposed",
  "shareLinks.approved": "event.shareApproved",
  "shareLinks.revoked": "event.shareRevoked",
};

/**
 * "Blake suggested a new check-in", as a message of the history namespace and its values (the
 * agreement's kind and a review's outcome go in as select values); unknown types get a neutral line.
 */
export function describeEvent(
  event: TimelineEvent,
  name: (id: string | null) => string,
): { key: KeyIn<"history">; values: { who: string; kind: string; outcome: string } } {
  const data = (event.data ?? {}) as { kind?: string; first?: boolean; mode?: string; outcome?: string };
  const values = { who: name(event.actorId), kind: data.kind ?? "other", outcome: data.outcome ?? "other" };
  switch (event.type) {
    case "checkins.logged":
      return { key: data.first === false ? "event.checkInJoined" : "event.checkInLogged", values };
    case "reviews.started":
      return { key: data.mode === "ALONE" ? "event.reviewAlone" : "event.reviewStarted", values };
    case "reviews.decided":
      return { key: "event.reviewDecided", values };
    default:
      return { key: SIMPLE[event.type] ?? "event.other", values };
  }
}
