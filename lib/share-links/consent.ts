import { decide } from "../agreements/consent";
import { SHARE_MESSAGES } from "./constants";

/**
 * The consent rules for a counsellor link, as pure functions. A link is a proposal like any other:
 * nothing is shared until the partner who did not propose it approves (the rule of
 * lib/agreements/consent.ts, asked through its `decide`), an approval names the exact link, and an
 * answer to a link that was turned off meanwhile is refused. Unlike an agreement, either of us may
 * turn a link off alone, at once: sharing needs two yeses, stopping needs one.
 */
export interface LinkState {
  id: string;
  proposedById: string | null;
  days: number;
  approvedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export type LinkStatus = "waiting" | "active" | "expired" | "revoked";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a link stands at `now`. */
export function linkStatus(link: Pick<LinkState, "approvedAt" | "expiresAt" | "revokedAt">, now: Date): LinkStatus {
  if (link.revokedAt) return "revoked";
  if (!link.approvedAt || !link.expiresAt) return "waiting";
  return link.expiresAt.getTime() > now.getTime() ? "active" : "expired";
}

/** Whether someone holding the link may see the record now: approved, not turned off, not expired. */
export function isViewable(link: Pick<LinkState, "approvedAt" | "expiresAt" | "revokedAt">, now: Date): boolean {
  return linkStatus(link, now) === "active";
}

export type ApprovalOutcome = { ok: true; approvedAt: Date; expiresAt: Date } | { ok: false; code: "conflict" | "forbidden"; message: string };

/** `by` approves link `linkId` at `now`: allowed only for the partner who did not propose it, while it waits. */
export function decideApproval(link: LinkState, by: string, linkId: string, now: Date): ApprovalOutcome {
  const waiting = linkStatus(link, now) === "waiting";
  const outcome = decide(
    { status: "PROPOSED", activeVersionId: null, pending: waiting ? { id: link.id, proposedById: link.proposedById, action: "CREATE" } : null },
    { type: "accept", by, versionId: linkId },
  );
  if (outcome.ok) return { ok: true, approvedAt: now, expiresAt: new Date(now.getTime() + link.days * DAY_MS) };
  if (outcome.code === "forbidden") return { ok: false, code: "forbidden", message: SHARE_MESSAGES.ownProposal };
  return { ok: false, code: "conflict", message: link.revokedAt ? SHARE_MESSAGES.revoked : SHARE_MESSAGES.alreadyApproved };
}
