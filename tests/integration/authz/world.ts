import { randomUUID } from "node:crypto";
import { executeOperation } from "@/lib/operations/execute";
import { type RequestInfo } from "@/lib/operations/define";
import { acceptVersionOp, proposeAgreementOp } from "@/lib/agreements/operations";
import { createSession } from "@/lib/auth/sessions";
import { endMembership } from "@/lib/couples/mutations";
import { db } from "@/lib/db";
import { hashFeedToken, newFeedToken } from "@/lib/calendar/feed-token";
import { logCheckInOp } from "@/lib/checkins/operations";
import { saveEntryOp, saveSteadiersOp } from "@/lib/journal/operations";
import { startPauseOp } from "@/lib/pause/operations";
import { rateOp, startReviewOp, stepOp } from "@/lib/reviews/operations";
import { approveShareLinkOp, proposeShareLinkOp } from "@/lib/share-links/operations";
import type { TokenScope } from "@/lib/tokens/constants";
import { createTokenOp, revokeTokenOp } from "@/lib/tokens/operations";
import { createCouple, type TestCouple } from "@/tests/factories";
import { weeklyTuesday } from "../checkins/helpers";

/**
 * The scene every authorization case plays in: a victim couple with data worth protecting, and
 * everyone who must not reach it. `markers` are strings that only the victim's data contains;
 * seeing one in an unauthorized caller's response is a leak.
 */
export interface World {
  victim: TestCouple;
  pendingAgreementId: string;
  pendingVersionId: string;
  activeAgreementId: string;
  activeVersionId: string;
  pauseId: string;
  /** An active check-in agreement of the victim's, with a check-in their partner logged. */
  checkInAgreementId: string;
  checkInId: string;
  /** The victim's live calendar feed token, and one they revoked. */
  feedToken: string;
  revokedFeedToken: string;
  /** The victim's open weekly review, on its first agreement, which Vic has rated (with a line only the victim's data holds). */
  reviewId: string;
  reviewItemId: string;
  /** A counsellor link both partners approved, and its token (the key a counsellor holds). */
  shareLinkId: string;
  shareLinkToken: string;
  /** A counsellor link the victim's a proposed, waiting for b. */
  pendingShareLinkId: string;
  actors: Record<Actor, RequestInfo>;
  /** The victim couple after its second member left: read-only for the one who stayed. */
  ended: TestCouple;
  endedAgreementId: string;
  endedVersionId: string;
  endedCheckInAgreementId: string;
  markers: string[];
  /** Strings only the ended couple's data contains: the one who stayed may see them, nobody else. */
  endedMarkers: string[];
  /** The victim A's private journal entry: A alone may reach it; for it, B (the partner) is an outsider. */
  journalEntryId: string;
  /** Strings only A's private journal and things that steady A contain (also in `markers`). */
  privateMarkers: string[];
  /** Personal access tokens (the JSON API's callers), made through tokens.create. */
  tokens: Record<TokenHolder, WorldToken>;
  /** The push endpoint of the victim A's phone (lib/push), with its keys. */
  pushEndpoint: string;
}

export interface WorldToken {
  id: string;
  secret: string;
  scope: TokenScope;
}

/**
 * Who holds a token: the victim couple (each scope), an outsider, and tokens that must no longer
 * work: revoked, and made in the ended couple (by the one who left and the one who stayed).
 */
export type TokenHolder = "victimPause" | "victimRead" | "partnerPause" | "partnerRead" | "outsiderPause" | "outsiderRead" | "revoked" | "exPartner" | "endedRemaining";

/** A domain's matrix inputs: for each of its operations, inputs aimed at the victim's data. */
export type MatrixExamples<Ops extends readonly { name: string }[]> = { [K in Ops[number]["name"]]: (w: World) => unknown[] };

export const DENIED = ["outsider", "exPartner", "endedRemaining", "signedOut", "expiredSession", "revokedSession"] as const;
export const ALLOWED = ["self", "partner"] as const;
export type Actor = (typeof DENIED)[number] | (typeof ALLOWED)[number];

function unwrap<T>(res: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!res.ok) throw new Error(`world setup failed: ${res.error}`);
  return res.data;
}

const need = (marker: string) => ({ kind: "NEED", need: "PRESENCE", why: `Being really here matters to me ${marker}`, note: "" });

const checkIn = (marker: string) => ({ ...weeklyTuesday, about: `Our evening ${marker}` });

/** An active check-in agreement, with a check-in logged by b (its note carries the marker). */
async function checkInWithLog(c: TestCouple, marker: string) {
  const proposed = unwrap(await executeOperation(proposeAgreementOp, checkIn(marker), c.a.request)) as { agreementId: string; versionId: string };
  unwrap(await executeOperation(acceptVersionOp, proposed, c.b.request));
  const logged = unwrap(await executeOperation(logCheckInOp, { agreementId: proposed.agreementId, feeling: 4, note: `We laughed ${marker}` }, c.b.request)) as {
    checkInId: string;
  };
  return { agreementId: proposed.agreementId, checkInId: logged.checkInId };
}

async function feedFor(userId: string, revoked = false) {
  const token = newFeedToken();
  await db.calendarFeed.create({ data: { userId, tokenHash: hashFeedToken(token), revokedAt: revoked ? new Date() : null } });
  return token;
}

async function agreementPair(c: TestCouple, marker: string) {
  const pending = unwrap(await executeOperation(proposeAgreementOp, need(`pending-${marker}`), c.a.request)) as { agreementId: string; versionId: string };
  const active = unwrap(await executeOperation(proposeAgreementOp, need(`active-${marker}`), c.a.request)) as { agreementId: string; versionId: string };
  unwrap(await executeOperation(acceptVersionOp, { agreementId: active.agreementId, versionId: active.versionId }, c.b.request));
  return { pending, active };
}

export async function buildWorld(): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const victim = await createCouple({ a: `Vic-${tag}`, b: `Val-${tag}` });
  const { pending, active } = await agreementPair(victim, `V-${tag}`);
  const victimCheckIn = await checkInWithLog(victim, `CI-${tag}`);
  const revokedFeedToken = await feedFor(victim.a.id, true);
  const feedToken = await feedFor(victim.a.id);
  const pause = unwrap(await executeOperation(startPauseOp, {}, victim.a.request)) as { pause: { id: string } | null };
  const { review } = unwrap(await executeOperation(startReviewOp, { mode: "TOGETHER" }, victim.a.request)) as { review: { id: string; items: { id: string }[] } };
  unwrap(await executeOperation(stepOp, { reviewId: review.id, from: 0, to: 1 }, victim.a.request));
  unwrap(await executeOperation(rateOp, { reviewId: review.id, itemId: review.items[0]!.id, rating: 4, note: `Went well R-${tag}` }, victim.a.request));
  const shared = unwrap(await executeOperation(proposeShareLinkOp, { therapistName: `Dr-${tag}`, days: 7 }, victim.a.request));
  unwrap(await executeOperation(approveShareLinkOp, { linkId: shared.linkId }, victim.b.request));
  const pendingShare = unwrap(await executeOperation(proposeShareLinkOp, { therapistName: `Dr-${tag}`, days: 3 }, victim.a.request));
  const journalEntryId = randomUUID();
  const privateMarkers = [`J-happened-${tag}`, `J-feared-${tag}`, `J-words-${tag}`, `jtag-${tag}`, `S-steady-${tag}`, journalEntryId];
  const entry = { id: journalEntryId, draft: false, happened: privateMarkers[0], feared: privateMarkers[1], feelingWords: privateMarkers[2], feelings: ["hurt"], intensity: 4, tags: [privateMarkers[3]] };
  unwrap(await executeOperation(saveEntryOp, entry, victim.a.request));
  unwrap(await executeOperation(saveSteadiersOp, { items: [{ kind: "WORDS", text: privateMarkers[4] }] }, victim.a.request));

  const outsider = await createCouple({ a: "Otto", b: "Olga" });
  await agreementPair(outsider, "outsider-own");

  // The ended couple: its b left; b is the ex-partner, a stays with a read-only copy.
  const ended = await createCouple({ a: `Eve-${tag}`, b: `Ezra-${tag}` });
  const endedPair = await agreementPair(ended, `E-${tag}`);
  const endedCheckIn = await checkInWithLog(ended, `E-${tag}`);
  const token = async (request: RequestInfo, scope: TokenScope) => {
    const made = unwrap(await executeOperation(createTokenOp, { name: `matrix ${scope}`, scope }, request));
    return { id: made.id, secret: made.secret, scope };
  };
  const endedTokens = { exPartner: await token(ended.b.request, "pause"), endedRemaining: await token(ended.a.request, "pause") };
  await endMembership(ended.b.id, ended.id);
  const revoked = await token(victim.a.request, "pause");
  unwrap(await executeOperation(revokeTokenOp, { tokenId: revoked.id }, victim.a.request));
  const tokens: World["tokens"] = {
    victimPause: await token(victim.a.request, "pause"),
    victimRead: await token(victim.a.request, "read"),
    partnerPause: await token(victim.b.request, "pause"),
    partnerRead: await token(victim.b.request, "read"),
    outsiderPause: await token(outsider.a.request, "pause"),
    outsiderRead: await token(outsider.a.request, "read"),
    revoked,
    ...endedTokens,
  };

  const expired = await createSession(victim.a.id, "old phone");
  await db.session.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const revokedSession = await createSession(victim.a.id, "lost phone");
  await db.session.update({ where: { id: revokedSession.id }, data: { revokedAt: new Date() } });

  const pushEndpoint = `https://fcm.googleapis.com/fcm/send/victim-${tag}`;
  await db.pushSubscription.create({ data: { userId: victim.a.id, sessionId: victim.a.sessionId, endpoint: pushEndpoint, p256dh: `victim-key-${tag}`, auth: `victim-auth-${tag}` } });
  await db.notificationSettings.create({ data: { userId: victim.a.id, quietFrom: "21:00", quietTo: "06:30" } });

  const ip = (n: number) => `10.77.${n}.${Math.floor(Math.random() * 250)}`;
  return {
    victim,
    pendingAgreementId: pending.agreementId,
    pendingVersionId: pending.versionId,
    activeAgreementId: active.agreementId,
    activeVersionId: active.versionId,
    pauseId: pause.pause!.id,
    checkInAgreementId: victimCheckIn.agreementId,
    checkInId: victimCheckIn.checkInId,
    feedToken,
    revokedFeedToken,
    reviewId: review.id,
    reviewItemId: review.items[0]!.id,
    shareLinkId: shared.linkId,
    shareLinkToken: shared.url.split("/shared/")[1]!,
    pendingShareLinkId: pendingShare.linkId,
    ended,
    endedAgreementId: endedPair.active.agreementId,
    endedVersionId: endedPair.active.versionId,
    endedCheckInAgreementId: endedCheckIn.agreementId,
    actors: {
      self: victim.a.request,
      partner: victim.b.request,
      outsider: outsider.a.request,
      exPartner: ended.b.request,
      endedRemaining: ended.a.request,
      signedOut: { sessionId: null, ip: ip(1), userAgent: "matrix" },
      expiredSession: { sessionId: expired.id, ip: ip(2), userAgent: "matrix" },
      revokedSession: { sessionId: revokedSession.id, ip: ip(3), userAgent: "matrix" },
    },
    markers: [
      victim.id,
      victim.a.id,
      victim.b.id,
      victim.a.email,
      victim.b.email,
      `Vic-${tag}`,
      `Val-${tag}`,
      `V-${tag}`,
      `CI-${tag}`,
      `R-${tag}`,
      `Dr-${tag}`,
      victim.a.sessionId,
      victim.b.sessionId,
      feedToken,
      hashFeedToken(feedToken),
      ...privateMarkers,
      tokens.victimPause.id,
      tokens.victimPause.secret,
      tokens.partnerRead.id,
      pushEndpoint,
    ],
    endedMarkers: [ended.id, ended.a.email, `Eve-${tag}`, `E-${tag}`],
    journalEntryId,
    privateMarkers,
    tokens,
    pushEndpoint,
  };
}

/**
 * Everything stored about the victim (and, unless the caller is the one who stayed in it, the
 * ended couple), minus clocks that reads may touch: one JSON string per table.
 */
export async function snapshot(w: World, actor?: Actor): Promise<Record<string, string>> {
  // Callers may change their own account; the one who stayed in the ended couple may let it go.
  const coupleIds = actor === "endedRemaining" ? [w.victim.id] : [w.victim.id, w.ended.id];
  const own = actor === "endedRemaining" ? w.ended.a.id : actor === "exPartner" ? w.ended.b.id : null;
  const userIds = [w.victim.a.id, w.victim.b.id, w.ended.a.id, w.ended.b.id].filter((id) => id !== own);
  const byCouple = { where: { coupleId: { in: coupleIds } }, orderBy: { id: "asc" as const } };
  const data = await Promise.all([
    db.couple.findMany({ where: { id: { in: coupleIds } }, orderBy: { id: "asc" } }),
    db.membership.findMany(byCouple),
    db.agreement.findMany({ ...byCouple, omit: { updatedAt: true } }),
    db.agreementVersion.findMany(byCouple),
    db.pause.findMany(byCouple),
    db.event.findMany(byCouple),
    db.invite.findMany(byCouple),
    db.review.findMany(byCouple),
    db.reviewItem.findMany(byCouple),
    db.reviewRating.findMany(byCouple),
    db.user.findMany({ where: { id: { in: userIds } }, orderBy: { id: "asc" }, omit: { passwordHash: false, updatedAt: true } }),
    db.session.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, omit: { lastSeenAt: true } }),
    db.checkIn.findMany(byCouple),
    db.checkInNote.findMany(byCouple),
    db.rhythmAnswer.findMany(byCouple),
    db.calendarFeed.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
    db.shareLink.findMany(byCouple),
    ...privateTables(userIds),
    db.accessToken.findMany({ where: { coupleId: { in: coupleIds }, userId: { in: userIds } }, orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
    db.pushSubscription.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" } }),
    db.notificationSettings.findMany({ where: { userId: { in: userIds } }, orderBy: { userId: "asc" } }),
  ]);
  const names = [
    "couple", "membership", "agreement", "agreementVersion", "pause", "event", "invite", "review", "reviewItem", "reviewRating", "user", "session",
    "checkIn", "checkInNote", "rhythmAnswer", "calendarFeed", "shareLink", ...PRIVATE_TABLES, "accessToken", "pushSubscription", "notificationSettings",
  ];
  return Object.fromEntries(names.map((name, i) => [name, JSON.stringify(data[i])]));
}

const PRIVATE_TABLES = ["journalEntry", "userKey", "steadiers"];

/** People's private rows (journal, its key, things that steady them), every column. */
function privateTables(userIds: string[]) {
  const byUser = { where: { userId: { in: userIds } } };
  return [
    db.journalEntry.findMany({ ...byUser, orderBy: { id: "asc" } }),
    db.userKey.findMany({ ...byUser, orderBy: { userId: "asc" } }),
    db.steadiers.findMany({ ...byUser, orderBy: { userId: "asc" } }),
  ] as const;
}

/** The victim A's private rows only: what the partner must never change. */
export async function privateSnapshot(w: World): Promise<Record<string, string>> {
  const data = await Promise.all(privateTables([w.victim.a.id]));
  return Object.fromEntries(PRIVATE_TABLES.map((name, i) => [name, JSON.stringify(data[i])]));
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((table) => before[table] !== after[table]);
}
