import type { CoupleMember } from "../auth/member";
import { lockActiveCouple } from "../agreements/mutations";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { emitToCouple, emitToUser } from "../realtime/io";
import { REVIEW_MESSAGES } from "./messages";
import { loadReviewRow } from "./queries";
import { toReviewView, type ReviewRow, type ReviewView } from "./view";

export type Tx = Prisma.TransactionClient;

/**
 * One write to a review. Every review write takes the couple's row lock first (the one every
 * agreement write takes, so a decision that proposes a retirement sees the agreements as they
 * are), reads the review with the caller's coupleId, applies the body and bumps the version.
 * Two partners acting at once therefore act one after the other, and the second sees the
 * first's change: "two different decisions at once" becomes one decision and a clear refusal.
 * After the commit each partner gets their own view (lib/reviews/view.ts), never the other's.
 */
export interface WriteOutcome<T> {
  /** False: nothing changed (e.g. the same decision twice), so no version bump and no broadcast. */
  changed: boolean;
  result: T;
  /** Runs after the commit (e.g. the agreements' own broadcast). */
  after?: () => void;
}

export async function writeReview<T>(member: CoupleMember, reviewId: string, body: (tx: Tx, review: ReviewRow) => Promise<WriteOutcome<T>>): Promise<{ view: ReviewView; result: T }> {
  if (!member.couple.partner) throw new AppError("forbidden", REVIEW_MESSAGES.needsPartner);
  const coupleId = member.couple.id;
  const outcome = await db.$transaction(async (tx) => {
    await lockActiveCouple(tx, coupleId);
    const review = await loadReviewRow(tx, coupleId, { id: reviewId });
    if (!review) throw new AppError("not_found", REVIEW_MESSAGES.notFound);
    if (review.finishedAt) throw new AppError("conflict", REVIEW_MESSAGES.finished);
    if (review.mode === "ALONE" && review.startedById !== member.user.id) throw new AppError("forbidden", REVIEW_MESSAGES.partnerAlone, undefined, undefined, { name: member.couple.partner!.name });
    const done = await body(tx, review);
    if (done.changed) await tx.review.updateMany({ where: { id: reviewId, coupleId }, data: { version: { increment: 1 } } });
    return done;
  });
  outcome.after?.();
  const views = outcome.changed ? await broadcastReview(member, reviewId) : null;
  const view = views?.get(member.user.id) ?? (await viewFor(member, reviewId));
  return { view, result: outcome.result };
}

async function viewFor(member: CoupleMember, reviewId: string): Promise<ReviewView> {
  const row = await loadReviewRow(db, member.couple.id, { id: reviewId });
  if (!row) throw new AppError("not_found", REVIEW_MESSAGES.notFound);
  return toReviewView(row, member.user.id);
}

/**
 * Sends each partner their own view of the review, on every node (through the user rooms). One
 * read, two views: the partner's rating is in a payload only as view.ts allows.
 */
export async function broadcastReview(member: CoupleMember, reviewId: string): Promise<Map<string, ReviewView>> {
  const row = await loadReviewRow(db, member.couple.id, { id: reviewId });
  if (!row) throw new AppError("not_found", REVIEW_MESSAGES.notFound);
  const serverNow = Date.now();
  const views = new Map<string, ReviewView>();
  for (const userId of [member.user.id, member.couple.partner?.id].filter((id): id is string => !!id)) {
    const view = toReviewView(row, userId);
    views.set(userId, view);
    emitToUser(userId, "reviews:state", { review: view, serverNow });
  }
  return views;
}

/** Screens that show reminders (the banner in the app's layout) re-read when a review starts or ends. */
export function announceReviewChange(coupleId: string) {
  emitToCouple(coupleId, "couples:changed", { domain: "reviews", serverNow: Date.now() });
}
