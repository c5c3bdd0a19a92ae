/** Words for the couple's timeline: plain facts about what happened, never a verdict. */
const KIND_WORDS: Record<string, string> = {
  CHECK_IN: "check-in",
  TRIGGER_RESPONSE: "trigger and response",
  PAUSE_RULE: "pause rule",
  NEED: "need",
};

const REVIEW_OUTCOME_WORDS: Record<string, string> = { KEEP: "keep", REVISE: "revise", RETIRE: "retire" };

export interface TimelineEvent {
  type: string;
  actorId: string | null;
  data: unknown;
}

/** "Blake suggested a new check-in"; unknown types get a neutral line rather than nothing. */
export function describeEvent(event: TimelineEvent, name: (id: string | null) => string): string {
  const who = name(event.actorId);
  const kind = KIND_WORDS[(event.data as { kind?: string } | null)?.kind ?? ""] ?? "agreement";
  switch (event.type) {
    case "couples.joined":
      return "We linked our shared space";
    case "couples.ended":
      return "Our shared space ended";
    case "checkins.logged":
      return (event.data as { first?: boolean } | null)?.first === false ? `${who} added how our check-in felt` : `${who} logged our check-in`;
    case "agreements.proposed":
      return `${who} suggested a new ${kind}`;
    case "agreements.changeProposed":
      return `${who} suggested a change to our ${kind}`;
    case "agreements.retireProposed":
      return `${who} suggested retiring our ${kind}`;
    case "agreements.countered":
      return `${who} suggested another version of our ${kind}`;
    case "agreements.accepted":
      return `${who} agreed: our ${kind} is in place`;
    case "agreements.retired":
      return `We retired our ${kind}`;
    case "agreements.declined":
      return `${who} didn’t take up a suggestion for our ${kind}`;
    case "agreements.withdrawn":
      return `${who} withdrew a suggestion for our ${kind}`;
    case "reviews.started":
      return (event.data as { mode?: string } | null)?.mode === "ALONE" ? `${who} looked back on our week on their own` : `${who} started our weekly review`;
    case "reviews.decided":
      return `In our review we chose to ${REVIEW_OUTCOME_WORDS[(event.data as { outcome?: string } | null)?.outcome ?? ""] ?? "look at"} our ${kind}`;
    case "reviews.finished":
      return "We finished our weekly review";
    case "reviews.setAside":
      return "We set our weekly review aside for now";
    case "shareLinks.proposed":
      return `${who} suggested a link to our agreements for a counsellor`;
    case "shareLinks.approved":
      return `${who} approved a link to our agreements for a counsellor`;
    case "shareLinks.revoked":
      return `${who} turned off a link for a counsellor`;
    default:
      return "Something changed in our shared space";
  }
}
