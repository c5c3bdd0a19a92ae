import { defineOperation } from "../operations/define";
import { decideItem, finishReview, rateItem, setAsideReview, startReview, stepReview, syncReview } from "./mutations";
import { DecideSchema, RateSchema, ReviewRefSchema, StartReviewSchema, StepSchema, SyncReviewSchema } from "./schemas";

/**
 * The weekly review's verbs: live over the socket (both phones show the same step), and over
 * HTTP when the socket is down. Each names the review it acts on; the mutations look it up with
 * the caller's coupleId. Starting, deciding and ending count as writes; rating, stepping and
 * syncing are the session's quick taps.
 */
const live = { limit: "live", what: "requests" } as const;
const writes = { limit: "write", what: "changes" } as const;

export const startReviewOp = defineOperation({
  name: "reviews.start",
  access: "couple",
  input: StartReviewSchema,
  rateLimit: writes,
  socket: { perSecond: 3 },
  run: (input, { member, now }) => startReview(member, input, now),
});

/** Where our review is now (after a reconnect, a reload, a server restart). */
export const syncReviewOp = defineOperation({
  name: "reviews.sync",
  access: "couple",
  input: SyncReviewSchema,
  rateLimit: live,
  socket: { perSecond: 5 },
  run: (input, { member }) => syncReview(member, input),
});

export const rateOp = defineOperation({
  name: "reviews.rate",
  access: "couple",
  input: RateSchema,
  rateLimit: live,
  socket: { perSecond: 5 },
  run: (input, { member, now }) => rateItem(member, input, now),
});

export const decideOp = defineOperation({
  name: "reviews.decide",
  access: "couple",
  input: DecideSchema,
  rateLimit: writes,
  socket: { perSecond: 3 },
  run: (input, { member, now }) => decideItem(member, input, now),
});

export const stepOp = defineOperation({
  name: "reviews.step",
  access: "couple",
  input: StepSchema,
  rateLimit: live,
  socket: { perSecond: 5 },
  run: (input, { member }) => stepReview(member, input),
});

export const finishOp = defineOperation({
  name: "reviews.finish",
  access: "couple",
  input: ReviewRefSchema,
  rateLimit: writes,
  socket: { perSecond: 3 },
  run: (input, { member, now }) => finishReview(member, input, now),
});

export const setAsideOp = defineOperation({
  name: "reviews.setAside",
  access: "couple",
  input: ReviewRefSchema,
  rateLimit: writes,
  socket: { perSecond: 3 },
  run: (input, { member, now }) => setAsideReview(member, input, now),
});

export const reviewOperations = [startReviewOp, syncReviewOp, rateOp, decideOp, stepOp, finishOp, setAsideOp] as const;
