import { describe, expect, it } from "vitest";
import { SHARE_MESSAGES } from "./constants";
import { DAY_MS, decideApproval, isViewable, linkStatus, type LinkState } from "./consent";

const now = new Date("2026-12-02T10:00:00Z");
const waiting: LinkState = { id: "l1", proposedById: "alex", days: 7, approvedAt: null, expiresAt: null, revokedAt: null };
const approved: LinkState = { ...waiting, approvedAt: now, expiresAt: new Date(now.getTime() + 7 * DAY_MS) };

describe("counsellor link consent", () => {
  it("the partner who did not propose approves it, and it works for exactly its days from then", () => {
    const outcome = decideApproval(waiting, "blake", "l1", now);
    expect(outcome).toEqual({ ok: true, approvedAt: now, expiresAt: new Date("2026-12-09T10:00:00Z") });
  });

  it("the proposer cannot approve their own link", () => {
    expect(decideApproval(waiting, "alex", "l1", now)).toEqual({ ok: false, code: "forbidden", message: SHARE_MESSAGES.ownProposal });
  });

  it("an approval must name this link", () => {
    expect(decideApproval(waiting, "blake", "l2", now)).toMatchObject({ ok: false, code: "conflict" });
  });

  it("a link turned off meanwhile cannot be approved, with words that say so", () => {
    const revoked = { ...waiting, revokedAt: now };
    expect(decideApproval(revoked, "blake", "l1", now)).toEqual({ ok: false, code: "conflict", message: SHARE_MESSAGES.revoked });
  });

  it("an approved link is not approved twice (the expiry does not move)", () => {
    expect(decideApproval(approved, "blake", "l1", now)).toEqual({ ok: false, code: "conflict", message: SHARE_MESSAGES.alreadyApproved });
  });

  it("works only between approval and expiry, and never once turned off", () => {
    expect(linkStatus(waiting, now)).toBe("waiting");
    expect(isViewable(waiting, now)).toBe(false);
    expect(isViewable(approved, now)).toBe(true);
    expect(isViewable(approved, new Date(approved.expiresAt!.getTime() - 1))).toBe(true);
    expect(linkStatus(approved, approved.expiresAt!)).toBe("expired");
    expect(isViewable({ ...approved, revokedAt: now }, now)).toBe(false);
    expect(linkStatus({ ...approved, revokedAt: now }, now)).toBe("revoked");
  });
});
