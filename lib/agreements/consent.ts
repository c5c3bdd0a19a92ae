/**
 * The consent rules, as pure functions (docs/decisions/002-agreement-consent.md).
 * Nothing becomes ours unless the partner who did not propose it accepts it; every decision names
 * the version it decides on, so an answer to something that has since changed is refused.
 * mutations.ts loads the state under a lock, asks `decide`, and writes exactly what it returns.
 */
export type AgreementStatus = "PROPOSED" | "ACTIVE" | "RETIRED" | "CLOSED";
export type VersionAction = "CREATE" | "CHANGE" | "RETIRE";
export type ClosedVersionStatus = "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED";

export interface ConsentState {
  status: AgreementStatus;
  activeVersionId: string | null;
  /** The one version waiting for an answer (the database allows at most one). */
  pending: { id: string; proposedById: string | null; action: VersionAction } | null;
}

export type ConsentCommand =
  | { type: "change"; by: string; basedOnVersionId: string }
  | { type: "retire"; by: string; basedOnVersionId: string }
  | { type: "accept"; by: string; versionId: string }
  | { type: "decline"; by: string; versionId: string }
  | { type: "withdraw"; by: string; versionId: string }
  | { type: "counter"; by: string; versionId: string };

export type ConsentOutcome =
  | {
      ok: true;
      /** The agreement's status afterwards. */
      status: AgreementStatus;
      /** The version that becomes the active one (only on accepting a new or changed version). */
      activate: string | null;
      /** What the pending version becomes, if it is decided. */
      close: ClosedVersionStatus | null;
      /** A new pending version to write, proposed by `by`. */
      propose: VersionAction | null;
    }
  | { ok: false; code: "conflict" | "forbidden"; message: string };

/** The refusals' catalogue keys (messages/*.json agreements.errors), said in the caller's language. */
export const MESSAGES = {
  stale: "agreements.errors.stale",
  changedMeanwhile: "agreements.errors.changedMeanwhile",
  pendingExists: "agreements.errors.pendingExists",
  notActive: "agreements.errors.notActive",
  stillProposed: "agreements.errors.stillProposed",
  ownProposal: "agreements.errors.ownProposal",
  notYours: "agreements.errors.notYours",
  pauseRuleExists: "agreements.errors.pauseRuleExists",
  reviewRhythmExists: "agreements.errors.reviewRhythmExists",
} as const;

const refuse = (code: "conflict" | "forbidden", message: string): ConsentOutcome => ({ ok: false, code, message });

/** The next state of an agreement after one person's command, or why it can't happen. */
export function decide(state: ConsentState, command: ConsentCommand): ConsentOutcome {
  switch (command.type) {
    case "change":
    case "retire": {
      if (state.status === "PROPOSED") return refuse("conflict", MESSAGES.stillProposed);
      if (state.status !== "ACTIVE") return refuse("conflict", MESSAGES.notActive);
      if (state.pending) return refuse("conflict", MESSAGES.pendingExists);
      if (command.basedOnVersionId !== state.activeVersionId) return refuse("conflict", MESSAGES.changedMeanwhile);
      return { ok: true, status: "ACTIVE", activate: null, close: null, propose: command.type === "change" ? "CHANGE" : "RETIRE" };
    }
    case "accept":
    case "decline":
    case "counter":
    case "withdraw": {
      const pending = state.pending;
      if (!pending || pending.id !== command.versionId) return refuse("conflict", MESSAGES.stale);
      const isProposer = pending.proposedById === command.by;
      if (command.type === "withdraw") {
        if (!isProposer) return refuse("forbidden", MESSAGES.notYours);
        return { ok: true, status: afterNo(state.status), activate: null, close: "WITHDRAWN", propose: null };
      }
      if (isProposer) return refuse("forbidden", MESSAGES.ownProposal);
      if (command.type === "decline") return { ok: true, status: afterNo(state.status), activate: null, close: "DECLINED", propose: null };
      if (command.type === "counter") {
        // A counter is a fresh proposal from the other side; countering a retirement proposes a change.
        return { ok: true, status: state.status, activate: null, close: "SUPERSEDED", propose: state.status === "PROPOSED" ? "CREATE" : "CHANGE" };
      }
      if (pending.action === "RETIRE") return { ok: true, status: "RETIRED", activate: null, close: "ACCEPTED", propose: null };
      return { ok: true, status: "ACTIVE", activate: pending.id, close: "ACCEPTED", propose: null };
    }
  }
}

/** A first proposal that is declined or withdrawn never became ours; an active agreement stays as it was. */
function afterNo(status: AgreementStatus): AgreementStatus {
  return status === "PROPOSED" ? "CLOSED" : status;
}

/**
 * Whether a new agreement of this kind may be proposed, given the couple's other agreements of the
 * same kind. One pause rule at a time: while one is proposed or active, we change it instead.
 */
export function checkNewProposal(kind: string, sameKindStatuses: readonly AgreementStatus[]): ConsentOutcome | null {
  if (kind === "PAUSE_RULE" && sameKindStatuses.some((s) => s === "PROPOSED" || s === "ACTIVE")) {
    return refuse("conflict", MESSAGES.pauseRuleExists);
  }
  return null;
}
