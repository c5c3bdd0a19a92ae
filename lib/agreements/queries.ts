import type { Member } from "../auth/member";
import { db } from "../db";
import type { Viewer } from "./describe";
import { parseContent, type AgreementContent, type Kind } from "./schemas";
import type { AgreementStatus, VersionAction } from "./consent";


/**
 * Reads for agreements. Every query takes the caller's coupleId and filters on it in the where
 * clause: an id from another couple simply finds nothing. Safe to import from server.ts (no Next APIs).
 */
const versionSelect = {
  id: true,
  agreementId: true,
  number: true,
  action: true,
  status: true,
  content: true,
  note: true,
  proposedById: true,
  proposedAt: true,
  decidedById: true,
  decidedAt: true,
  declineReason: true,
} as const;

export interface VersionView {
  id: string;
  number: number;
  action: VersionAction;
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED";
  content: AgreementContent;
  note: string | null;
  proposedById: string | null;
  proposedAt: Date;
  decidedById: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
}

export interface AgreementView {
  id: string;
  kind: Kind;
  status: AgreementStatus;
  createdAt: Date;
  updatedAt: Date;
  /** The version we both accepted (for a retired agreement: the last one it had). */
  active: VersionView | null;
  /** The proposal waiting for an answer, if any. */
  pending: VersionView | null;
  /** The newest version whatever its status (what a proposal that wasn't taken up said). */
  latest: VersionView;
}

type VersionRow = Omit<VersionView, "content"> & { content: unknown };
type AgreementRow = Pick<AgreementView, "id" | "kind" | "status" | "createdAt" | "updatedAt"> & { activeVersionId: string | null; versions: VersionRow[] };

const agreementSelect = { id: true, kind: true, status: true, createdAt: true, updatedAt: true, activeVersionId: true } as const;

function toVersion(kind: Kind, row: VersionRow): VersionView {
  return { ...row, content: parseContent(kind, row.content) };
}

/** An agreement row and (some of) its versions → the view every screen reads; null without versions. */
function toView(row: AgreementRow): (AgreementView & { versions: VersionView[] }) | null {
  const versions = row.versions.map((v) => toVersion(row.kind, v)).sort((x, y) => x.number - y.number);
  const latest = versions.at(-1);
  if (!latest) return null;
  const { activeVersionId, ...rest } = row;
  return {
    ...rest,
    active: versions.find((v) => v.id === activeVersionId) ?? null,
    pending: versions.find((v) => v.status === "PENDING") ?? null,
    latest,
    versions,
  };
}

/** The couple's agreements in the given statuses, most recently touched first. */
export async function listAgreements(coupleId: string, statuses: AgreementStatus[]): Promise<AgreementView[]> {
  const rows = await db.agreement.findMany({
    where: { coupleId, status: { in: statuses } },
    select: {
      ...agreementSelect,
      // Closed agreements never had an accepted version: their story is their last proposal.
      versions: { where: statuses.includes("CLOSED") ? {} : { status: { in: ["PENDING", "ACCEPTED"] } }, select: versionSelect },
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.flatMap((row) => {
    const view = toView(row);
    if (!view) return [];
    const { versions: _all, ...rest } = view;
    return [rest];
  });
}

export interface AgreementDetail extends AgreementView {
  /** Every version, oldest first: the full story of who proposed what and how it was answered. */
  versions: VersionView[];
}

/** One agreement of this couple with its whole history, or null (also for another couple's id). */
export async function getAgreementDetail(coupleId: string, agreementId: string): Promise<AgreementDetail | null> {
  const row = await db.agreement.findFirst({
    where: { id: agreementId, coupleId },
    select: { ...agreementSelect, versions: { select: versionSelect } },
  });
  return row ? toView(row) : null;
}

/** How many proposals wait for this member's answer (the Agreements badge). */
export async function countWaitingFor(coupleId: string, userId: string): Promise<number> {
  return db.agreementVersion.count({ where: { coupleId, status: "PENDING", NOT: { proposedById: userId } } });
}

/** How people are named on this member's screens: "Me" and the partner's name. */
/** Who is looking, and (from getWords("agreements")) in which words; without words, English. */
export function viewerFor(member: Member, w?: Viewer["w"]): Viewer {
  const names: Record<string, string> = { [member.user.id]: member.user.name };
  if (member.couple?.partner) names[member.couple.partner.id] = member.couple.partner.name;
  return { meId: member.user.id, names, ...(w ? { w } : {}) };
}

/** The couple's agreements in these statuses, each with its whole history, oldest first (the printable record). */
export async function listAgreementDetails(coupleId: string, statuses: AgreementStatus[]): Promise<AgreementDetail[]> {
  const rows = await db.agreement.findMany({
    where: { coupleId, status: { in: statuses } },
    select: { ...agreementSelect, versions: { select: versionSelect } },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((row) => toView(row) ?? []);
}
