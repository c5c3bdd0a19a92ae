import type { CoupleMember } from "../auth/member";
import { MESSAGES } from "../agreements/consent";
import { agreementTitle } from "../agreements/describe";
import { lockActiveCouple, proposeRetireIn } from "../agreements/mutations";
import { KINDS, parseContent } from "../agreements/schemas";
import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { appendEvent } from "../timeline/append";
import { reviseHref } from "./constants";
import { weekGlance } from "./glance";
import { REVIEW_MESSAGES } from "./messages";
import { findReviewRhythm, getOpenReviewView, getReviewView, loadReviewRow } from "./queries";
import { reviewWeek } from "./rhythm";
import type { DecideInput, RateInput, ReviewRefInput, StartReviewInput, StepInput, SyncReviewInput } from "./schemas";
import type { ReviewRow, ReviewView } from "./view";
import { announceReviewChange, broadcastReview, writeReview, type Tx } from "./write";

/**
 * The weekly review's writes (see write.ts for the lock, the version and the broadcast). The
 * server owns the session: the step, the ratings and the decisions live in PostgreSQL, so
 * leaving, a dropped phone or a restart loses nothing, and any screen can ask for where we are.
 */

/** Starts our review, or joins the one already open (two "Start" taps at once make one review). */
export async function startReview(member: CoupleMember, input: StartReviewInput, now: Date): Promise<{ review: ReviewView; created: boolean }> {
  const partner = member.couple.partner;
  if (!partner) throw new AppError("forbidden", REVIEW_MESSAGES.needsPartner);
  const coupleId = member.couple.id;
  const rhythm = await findReviewRhythm(coupleId);
  const timeZone = rhythm?.content.timeZone ?? member.user.timeZone;
  let created: string | null = null;
  try {
    created = await db.$transaction(async (tx) => {
      await lockActiveCouple(tx, coupleId);
      const open = await tx.review.findFirst({ where: { coupleId, finishedAt: null }, select: { id: true, mode: true, startedById: true } });
      if (open) {
        if (open.mode === "ALONE" && open.startedById !== member.user.id) throw new AppError("conflict", REVIEW_MESSAGES.partnerAlone, undefined, undefined, { name: partner.name });
        return null;
      }
      const items = await reviewItems(tx, coupleId);
      if (items.length === 0) throw new AppError("conflict", REVIEW_MESSAGES.nothingToReview);
      const review = await tx.review.create({
        data: {
          coupleId,
          mode: input.mode,
          startedById: member.user.id,
          startedAt: now,
          weekFrom: reviewWeek(now, timeZone).from,
          timeZone,
          items: { create: items.map((item, i) => ({ ...item, coupleId, position: i + 1 })) },
        },
        select: { id: true },
      });
      await appendEvent(tx, coupleId, member.user.id, "reviews.started", { reviewId: review.id, mode: input.mode, agreements: items.length }, now);
      return review.id;
    });
  } catch (err) {
    // The couple lock makes this unreachable; "one open review per couple" keeps it impossible.
    if (!isUniqueViolation(err)) throw err;
  }
  if (created) {
    const views = await broadcastReview(member, created);
    announceReviewChange(coupleId);
    return { review: views.get(member.user.id)!, created: true };
  }
  const open = await getOpenReviewView(coupleId, member.user.id);
  if (!open) throw new AppError("conflict", REVIEW_MESSAGES.movedOn);
  return { review: open, created: false };
}

/** Every agreement we have, by kind then age: the review's steps, fixed when it starts. */
async function reviewItems(tx: Tx, coupleId: string) {
  const agreements = await tx.agreement.findMany({
    where: { coupleId, status: "ACTIVE", activeVersionId: { not: null } },
    select: { id: true, kind: true, activeVersionId: true, createdAt: true, versions: { where: { status: "ACCEPTED" }, select: { id: true, content: true } } },
    orderBy: { createdAt: "asc" },
  });
  return agreements
    .sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind))
    .flatMap((a) => {
      const version = a.versions.find((v) => v.id === a.activeVersionId);
      if (!version) return [];
      return [{ agreementId: a.id, versionId: version.id, kind: a.kind, title: agreementTitle(parseContent(a.kind, version.content)) }];
    });
}

/** My view of our open review (or, with an id, of that review of ours: to catch up after it ended). */
export async function syncReview(member: CoupleMember, input: SyncReviewInput): Promise<{ review: ReviewView | null }> {
  const review = input.reviewId ? await getReviewView(member.couple.id, input.reviewId, member.user.id) : await getOpenReviewView(member.couple.id, member.user.id);
  if (input.reviewId && !review) throw new AppError("not_found", REVIEW_MESSAGES.notFound);
  return { review };
}

/** The item a rating or decision names, which must be the one on screen now. */
function itemAtStep(review: ReviewRow, itemId: string) {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new AppError("not_found", REVIEW_MESSAGES.itemNotFound);
  if (item.position !== review.step) throw new AppError("conflict", REVIEW_MESSAGES.notThisStep);
  return item;
}

/**
 * "How did this go for me this week": mine can change until we have both rated (then both are
 * shown together, and stay as they are) or the agreement is decided.
 */
export async function rateItem(member: CoupleMember, input: RateInput, now: Date): Promise<{ review: ReviewView }> {
  const { view } = await writeReview(member, input.reviewId, async (tx, review) => {
    const item = itemAtStep(review, input.itemId);
    if (item.outcome) throw new AppError("conflict", REVIEW_MESSAGES.decidedNoRating);
    const mine = item.ratings.find((r) => r.userId === member.user.id);
    const other = item.ratings.find((r) => r.userId !== member.user.id);
    if (mine && other) throw new AppError("conflict", REVIEW_MESSAGES.ratingsShared);
    if (mine?.rating === input.rating && mine.note === input.note) return { changed: false, result: null };
    await tx.reviewRating.upsert({
      where: { reviewItemId_userId: { reviewItemId: item.id, userId: member.user.id } },
      create: { reviewItemId: item.id, coupleId: member.couple.id, userId: member.user.id, rating: input.rating, note: input.note, ratedAt: now },
      update: { rating: input.rating, note: input.note, ratedAt: now },
    });
    return { changed: true, result: null };
  });
  return { review: view };
}

/**
 * Keep, revise or retire, once we have both rated (or, alone, once I have). One decision per
 * agreement: the same one twice is fine, a different one is refused with what was decided.
 * RETIRE proposes the retirement in the same transaction (the partner still accepts it, as
 * always); REVISE sends its maker to the change form, whose proposal the partner then answers.
 */
export async function decideItem(member: CoupleMember, input: DecideInput, now: Date): Promise<{ review: ReviewView; href: string | null }> {
  const { view, result } = await writeReview(member, input.reviewId, async (tx, review) => {
    const item = itemAtStep(review, input.itemId);
    const href = input.outcome === "REVISE" ? reviseHref(item.agreementId) : null;
    if (item.outcome === input.outcome) return { changed: false, result: href };
    if (item.outcome) throw new AppError("conflict", REVIEW_MESSAGES.alreadyDecided, undefined, undefined, { outcome: item.outcome });
    const mine = item.ratings.some((r) => r.userId === member.user.id);
    const other = item.ratings.some((r) => r.userId !== member.user.id);
    if (review.mode === "TOGETHER" && !(mine && other)) throw new AppError("conflict", REVIEW_MESSAGES.rateFirstTogether);
    if (review.mode === "ALONE" && !mine) throw new AppError("conflict", REVIEW_MESSAGES.rateFirstAlone);
    const agreement = await tx.agreement.findFirst({
      where: { id: item.agreementId, coupleId: member.couple.id },
      select: { status: true, activeVersionId: true, versions: { where: { status: "PENDING" }, select: { id: true } } },
    });
    if (!agreement || agreement.status !== "ACTIVE" || !agreement.activeVersionId) throw new AppError("conflict", REVIEW_MESSAGES.notActive);
    if (input.outcome !== "KEEP" && agreement.versions.length) throw new AppError("conflict", MESSAGES.pendingExists);
    let proposalVersionId: string | null = null;
    let after: (() => void) | undefined;
    if (input.outcome === "RETIRE") {
      const retire = await proposeRetireIn(tx, member, { agreementId: item.agreementId, basedOnVersionId: agreement.activeVersionId, note: "Suggested in our weekly review." }, now);
      proposalVersionId = retire.result.versionId;
      after = retire.notify;
    }
    // Conditional on "not decided yet": the lock already serialises us; this keeps one decision even without it.
    const { count } = await tx.reviewItem.updateMany({
      where: { id: item.id, coupleId: member.couple.id, outcome: null },
      data: { outcome: input.outcome, decidedById: member.user.id, decidedAt: now, proposalVersionId },
    });
    if (count !== 1) throw new AppError("conflict", REVIEW_MESSAGES.movedOn);
    await appendEvent(tx, member.couple.id, member.user.id, "reviews.decided", { reviewId: review.id, agreementId: item.agreementId, outcome: input.outcome, kind: item.kind }, now);
    return { changed: true, result: href, after };
  });
  return { review: view, href: result };
}

/** Next or back, from the step the sender was looking at; forward past an agreement only once it is decided. */
export async function stepReview(member: CoupleMember, input: StepInput): Promise<{ review: ReviewView }> {
  const { view } = await writeReview(member, input.reviewId, async (tx, review) => {
    if (input.from !== review.step) throw new AppError("conflict", REVIEW_MESSAGES.movedOn);
    if (input.to > review.items.length + 1) throw new AppError("conflict", REVIEW_MESSAGES.noSuchStep);
    const leaving = review.items.find((i) => i.position === review.step);
    if (input.to > input.from && leaving && !leaving.outcome) throw new AppError("conflict", REVIEW_MESSAGES.decideFirst);
    await tx.review.updateMany({ where: { id: review.id, coupleId: member.couple.id, step: input.from }, data: { step: input.to } });
    return { changed: true, result: null };
  });
  return { review: view };
}

/** Finishes the review from its wrap-up, saving the week at a glance with it. */
export function finishReview(member: CoupleMember, input: ReviewRefInput, now: Date): Promise<{ review: ReviewView }> {
  return endReview(member, input, now, true);
}

/** Sets an open review aside (we stopped partway, or the week moved on): saved as it stands, marked unfinished. */
export function setAsideReview(member: CoupleMember, input: ReviewRefInput, now: Date): Promise<{ review: ReviewView }> {
  return endReview(member, input, now, false);
}

async function endReview(member: CoupleMember, input: ReviewRefInput, now: Date, completed: boolean): Promise<{ review: ReviewView }> {
  // The glance is read before the transaction: on the embedded database one connection serves both.
  const before = await loadReviewRow(db, member.couple.id, { id: input.reviewId });
  const glance = before ? await weekGlance(member.couple.id, { from: before.weekFrom, to: before.startedAt }, now, before.timeZone) : null;
  const { view } = await writeReview(member, input.reviewId, async (tx, review) => {
    if (completed && (review.step !== review.items.length + 1 || review.items.some((i) => !i.outcome))) throw new AppError("conflict", REVIEW_MESSAGES.notDone);
    await tx.review.updateMany({
      where: { id: review.id, coupleId: member.couple.id, finishedAt: null },
      data: { finishedAt: now, completed, summary: (glance ?? undefined) as Prisma.InputJsonValue | undefined },
    });
    await appendEvent(tx, member.couple.id, member.user.id, completed ? "reviews.finished" : "reviews.setAside", { reviewId: review.id, mode: review.mode }, now);
    return { changed: true, result: null };
  });
  announceReviewChange(member.couple.id);
  return { review: view };
}
