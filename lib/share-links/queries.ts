import { db } from "../db";
import { linkStatus, type LinkStatus } from "./consent";

/**
 * Reads for counsellor links, with the couple id in every where. Never selects the token's hash:
 * screens have no use for it.
 */
export interface ShareLinkView {
  id: string;
  therapistName: string | null;
  days: number;
  proposedById: string | null;
  createdAt: Date;
  approvedById: string | null;
  approvedAt: Date | null;
  expiresAt: Date | null;
  revokedById: string | null;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  status: LinkStatus;
}

const select = {
  id: true,
  therapistName: true,
  days: true,
  proposedById: true,
  createdAt: true,
  approvedById: true,
  approvedAt: true,
  expiresAt: true,
  revokedById: true,
  revokedAt: true,
  lastOpenedAt: true,
} as const;

/** The couple's links, newest first, each with where it stands at `now`. */
export async function listShareLinks(coupleId: string, now: Date, take = 20): Promise<ShareLinkView[]> {
  const rows = await db.shareLink.findMany({ where: { coupleId }, select, orderBy: { createdAt: "desc" }, take });
  return rows.map((row) => ({ ...row, status: linkStatus(row, now) }));
}

/** Links my partner suggested that wait for my approval (a badge on Me, a card on the record page). */
export async function countShareLinksWaitingFor(coupleId: string, userId: string): Promise<number> {
  return db.shareLink.count({ where: { coupleId, approvedAt: null, revokedAt: null, NOT: { proposedById: userId } } });
}
