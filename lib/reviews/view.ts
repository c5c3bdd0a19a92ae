import type { AgreementStatus, VersionAction } from "../agreements/consent";
import type { Kind } from "../agreements/schemas";
import type { Outcome, ReviewMode } from "./constants";
import { itemTitleOf, type ItemTitle } from "./item-title";

/**
 * What one partner may see of a review. The rule every read and every broadcast goes through:
 * a partner's rating (and its line) is in a payload only once both of us have rated that
 * agreement — then both are shown together. Before that, only the fact that they have rated is
 * (for "waiting for…"). A review done alone shows the one who did it to the other only once it is
 * finished, and never shows a rating the absent partner did not give. Pure: no database, no clock.
 */
export interface RatingView {
  rating: number;
  note: string;
}

export interface ItemView {
  id: string;
  agreementId: string;
  /** The step that shows it (1…n). */
  position: number;
  /** The title of the version we reviewed, as data: each screen says it in its reader's words. */
  title: ItemTitle;
  kind: Kind;
  outcome: Outcome | null;
  decidedById: string | null;
  mine: RatingView | null;
  /** The partner's rating: only once both exist (or, done alone, once it is finished). */
  partner: RatingView | null;
  /** Whether the partner has rated, never what: "waiting for Blake…". */
  partnerHasRated: boolean;
  /** Where the agreement stands now, for what follows a revise or retire decision. */
  agreement: { status: AgreementStatus; activeVersionId: string | null; pending: { versionId: string; action: VersionAction; proposedById: string | null; proposedAt: number } | null };
}

export interface ReviewView {
  id: string;
  viewerId: string;
  mode: ReviewMode;
  startedById: string | null;
  startedAt: number;
  weekFrom: number;
  timeZone: string;
  finishedAt: number | null;
  completed: boolean;
  /** 0 = the week at a glance, 1…n = items[position - 1], n + 1 = the wrap-up. */
  step: number;
  /** Bumped by every change: a screen keeps the highest it has seen. */
  version: number;
  items: ItemView[];
}

/** The stored review, as queries.ts loads it (every rating, everyone's): never sent as it is. */
export interface ReviewRow {
  id: string;
  mode: ReviewMode;
  startedById: string | null;
  startedAt: Date;
  weekFrom: Date;
  timeZone: string;
  finishedAt: Date | null;
  completed: boolean;
  step: number;
  version: number;
  items: {
    id: string;
    agreementId: string;
    position: number;
    /** English, as saved when the review started: shown only where the content says nothing else. */
    title: string;
    /** The reviewed version's content, for pause rules and needs (queries.ts#withContents); else null. */
    content: unknown;
    kind: Kind;
    outcome: Outcome | null;
    decidedById: string | null;
    ratings: { userId: string; rating: number; note: string }[];
    agreement: {
      status: AgreementStatus;
      activeVersionId: string | null;
      versions: { id: string; action: VersionAction; proposedById: string | null; proposedAt: Date }[];
    };
  }[];
}

/** Whether the viewer may see the other partner's rating of an item (see the top of this file). */
export function partnerRatingVisible(review: Pick<ReviewRow, "mode" | "startedById" | "finishedAt">, viewerId: string, mineExists: boolean, otherExists: boolean): boolean {
  if (!otherExists) return false;
  if (review.mode === "TOGETHER") return mineExists;
  // Alone: the one who reviewed sees no one else's; the other sees theirs once it is finished.
  return review.startedById !== viewerId && review.finishedAt !== null;
}

export function toReviewView(row: ReviewRow, viewerId: string): ReviewView {
  return {
    id: row.id,
    viewerId,
    mode: row.mode,
    startedById: row.startedById,
    startedAt: row.startedAt.getTime(),
    weekFrom: row.weekFrom.getTime(),
    timeZone: row.timeZone,
    finishedAt: row.finishedAt?.getTime() ?? null,
    completed: row.completed,
    step: row.step,
    version: row.version,
    items: [...row.items]
      .sort((x, y) => x.position - y.position)
      .map((item) => {
        const mine = item.ratings.find((r) => r.userId === viewerId) ?? null;
        const other = item.ratings.find((r) => r.userId !== viewerId) ?? null;
        const visible = partnerRatingVisible(row, viewerId, !!mine, !!other);
        const pending = item.agreement.versions[0] ?? null;
        return {
          id: item.id,
          agreementId: item.agreementId,
          position: item.position,
          title: itemTitleOf(item.kind, item.content, item.title),
          kind: item.kind,
          outcome: item.outcome,
          decidedById: item.decidedById,
          mine: mine ? { rating: mine.rating, note: mine.note } : null,
          partner: visible && other ? { rating: other.rating, note: other.note } : null,
          partnerHasRated: row.mode === "TOGETHER" ? !!other : visible,
          agreement: {
            status: item.agreement.status,
            activeVersionId: item.agreement.activeVersionId,
            pending: pending ? { versionId: pending.id, action: pending.action, proposedById: pending.proposedById, proposedAt: pending.proposedAt.getTime() } : null,
          },
        };
      }),
  };
}

/** The step's item, or null on the glance and the wrap-up. */
export function currentItem(view: Pick<ReviewView, "step" | "items">): ItemView | null {
  return view.items.find((i) => i.position === view.step) ?? null;
}

/** Whether `next` should replace what a screen shows: a newer review, or a newer version of this one. */
export function isNewer(current: ReviewView | null, next: ReviewView | null): boolean {
  if (!next) return false;
  if (!current) return true;
  if (next.id !== current.id) return next.startedAt >= current.startedAt;
  // Equal versions may still carry fresher agreement states (a proposal answered meanwhile).
  return next.version >= current.version;
}
