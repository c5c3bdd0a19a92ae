import { parseContent, type CheckInContent } from "../agreements/schemas";
import { rhythmOf } from "../checkins/rhythm";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { WeekGlance } from "./glance-model";
import { nextReviewAt, reviewTiming } from "./rhythm";
import { buildTrends, type TrendAxis } from "./trends";
import { wordsFor } from "../i18n/translate";
import { sayItemTitle } from "./item-title";
import { toReviewView, type ReviewRow, type ReviewView } from "./view";

/**
 * Reads for the weekly review. Every query takes the caller's coupleId and filters on it, and
 * every review leaves here through toReviewView (lib/reviews/view.ts) for one viewer: the rule
 * that a partner's rating is shown only once both exist is applied in one place.
 */
type Client = Pick<Prisma.TransactionClient, "review" | "agreementVersion">;

export const reviewSelect = {
  id: true,
  mode: true,
  startedById: true,
  startedAt: true,
  weekFrom: true,
  timeZone: true,
  finishedAt: true,
  completed: true,
  step: true,
  version: true,
  items: {
    select: {
      id: true,
      agreementId: true,
      position: true,
      versionId: true,
      title: true,
      kind: true,
      outcome: true,
      decidedById: true,
      ratings: { select: { userId: true, rating: true, note: true } },
      agreement: {
        select: { status: true, activeVersionId: true, versions: { where: { status: "PENDING" }, select: { id: true, action: true, proposedById: true, proposedAt: true } } },
      },
    },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.ReviewSelect;

type SelectedRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

/** Kinds whose title is the app's words, said from the reviewed version's content (item-title.ts). */
const WORDED_KINDS = new Set(["PAUSE_RULE", "NEED"]);

/**
 * Adds the reviewed versions' contents to the items whose title is the app's words, in one more
 * read (none when a review has no such item): the title then follows each reader's language.
 */
async function withContents(client: Client, coupleId: string, rows: SelectedRow[]): Promise<ReviewRow[]> {
  const ids = [...new Set(rows.flatMap((r) => r.items.filter((i) => WORDED_KINDS.has(i.kind)).map((i) => i.versionId)))];
  const versions = ids.length ? await client.agreementVersion.findMany({ where: { coupleId, id: { in: ids } }, select: { id: true, content: true } }) : [];
  const contents = new Map(versions.map((v) => [v.id, v.content as unknown]));
  return rows.map((r) => ({ ...r, items: r.items.map((i) => ({ ...i, content: contents.get(i.versionId) ?? null })) }));
}

/** The stored review with everyone's ratings: only for mutations and for toReviewView. */
export async function loadReviewRow(client: Client, coupleId: string, where: { id: string } | { open: true }): Promise<ReviewRow | null> {
  const row = await client.review.findFirst({
    where: "id" in where ? { id: where.id, coupleId } : { coupleId, finishedAt: null },
    select: reviewSelect,
  });
  return row ? (await withContents(client, coupleId, [row]))[0]! : null;
}

/** My view of our open review, or null. */
export async function getOpenReviewView(coupleId: string, viewerId: string): Promise<ReviewView | null> {
  const row = await loadReviewRow(db, coupleId, { open: true });
  return row ? toReviewView(row, viewerId) : null;
}

/** My view of one of our reviews, open or finished, or null (also for another couple's id). */
export async function getReviewView(coupleId: string, reviewId: string, viewerId: string): Promise<ReviewView | null> {
  const row = await loadReviewRow(db, coupleId, { id: reviewId });
  return row ? toReviewView(row, viewerId) : null;
}

/** A finished review with the week at a glance saved when it ended. */
export async function getReviewSummary(coupleId: string, reviewId: string, viewerId: string): Promise<{ view: ReviewView; glance: WeekGlance | null } | null> {
  const [row, saved] = await Promise.all([
    loadReviewRow(db, coupleId, { id: reviewId }),
    db.review.findFirst({ where: { id: reviewId, coupleId }, select: { summary: true } }),
  ]);
  if (!row || !row.finishedAt) return null;
  return { view: toReviewView(row, viewerId), glance: (saved?.summary ?? null) as WeekGlance | null };
}

/** Our finished reviews, newest first, each as this viewer may see it. */
export async function listPastReviews(coupleId: string, viewerId: string, take = 52): Promise<ReviewView[]> {
  const rows = await db.review.findMany({ where: { coupleId, finishedAt: { not: null } }, orderBy: { startedAt: "desc" }, take, select: reviewSelect });
  return (await withContents(db, coupleId, rows)).map((row) => toReviewView(row, viewerId));
}

/** Ratings per agreement over our last `weeks` finished reviews. */
export async function getRatingTrends(coupleId: string, viewerId: string, weeks = 12): Promise<TrendAxis> {
  return buildTrends(await listPastReviews(coupleId, viewerId, weeks));
}

export interface ReviewRhythm {
  agreementId: string;
  content: CheckInContent;
  /** When this version of the rhythm became ours: occurrences count from here. */
  anchor: Date;
}

/** Our active weekly-review rhythm (the check-in whose purpose is REVIEW), if we agreed one. */
export async function findReviewRhythm(coupleId: string): Promise<ReviewRhythm | null> {
  const agreements = await db.agreement.findMany({
    where: { coupleId, kind: "CHECK_IN", status: "ACTIVE" },
    select: { id: true, activeVersionId: true, versions: { where: { status: "ACCEPTED" }, select: { id: true, content: true, decidedAt: true, proposedAt: true } } },
    orderBy: { createdAt: "asc" },
  });
  for (const a of agreements) {
    const active = a.versions.find((v) => v.id === a.activeVersionId);
    const content = active ? parseContent("CHECK_IN", active.content) : null;
    if (active && content?.kind === "CHECK_IN" && content.purpose === "REVIEW") return { agreementId: a.id, content, anchor: active.decidedAt ?? active.proposedAt };
  }
  return null;
}

export type ReviewNear =
  | { kind: "open"; reviewId: string; mode: ReviewView["mode"]; startedById: string | null; startedAt: Date }
  | { kind: "due" | "soon"; agreementId: string; at: Date }
  | null;

/**
 * Whether our weekly review is near, for reminders (the (app) layout's banner, Today): a review
 * that is open (running, or waiting for us to come back to it); else our rhythm's time, from
 * half an hour before until a day after, or within the next day ("soon"); else null.
 */
export async function reviewNear(coupleId: string, now: Date): Promise<ReviewNear> {
  const open = await db.review.findFirst({ where: { coupleId, finishedAt: null }, select: { id: true, mode: true, startedById: true, startedAt: true } });
  if (open) return { kind: "open", reviewId: open.id, mode: open.mode, startedById: open.startedById, startedAt: open.startedAt };
  const rhythm = await findReviewRhythm(coupleId);
  if (!rhythm) return null;
  // Reviews started in the last few weeks are enough to know whether this time's review is done.
  const recent = await db.review.findMany({ where: { coupleId, startedAt: { gte: new Date(now.getTime() - 70 * 86_400_000) } }, select: { startedAt: true } });
  const timing = reviewTiming(rhythmOf(rhythm.content, rhythm.anchor), recent.map((r) => r.startedAt), now);
  return timing ? { kind: timing.kind, agreementId: rhythm.agreementId, at: timing.at } : null;
}

/** Our rhythm's next time, for the review screen ("Next: Sunday at 18:00"). */
export async function nextReview(coupleId: string, now: Date): Promise<{ rhythm: ReviewRhythm; at: Date | null } | null> {
  const rhythm = await findReviewRhythm(coupleId);
  return rhythm ? { rhythm, at: nextReviewAt(rhythm.content, rhythm.anchor, now) } : null;
}

/** Our reviews for a data export: what this member may see of them, nothing more. */
export async function exportReviews(coupleId: string, viewerId: string, partnerId: string | null) {
  const english = wordsFor("en", "agreements").t;
  const rows = await withContents(db, coupleId, await db.review.findMany({ where: { coupleId }, orderBy: { startedAt: "asc" }, select: reviewSelect }));
  return rows.map((row) => {
    const view = toReviewView(row, viewerId);
    return {
      mode: view.mode,
      startedAt: new Date(view.startedAt),
      finishedAt: view.finishedAt === null ? null : new Date(view.finishedAt),
      completed: view.completed,
      startedBy: view.startedById === viewerId ? "me" : view.startedById === partnerId ? "partner" : "former partner",
      // The export is English data (like its keys and its note): the app's words in English.
      agreements: view.items.map((i) => ({ title: sayItemTitle(i.title, english),  kind: i.kind, outcome: i.outcome, myRating: i.mine, partnerRating: i.partner })),
    };
  });
}
