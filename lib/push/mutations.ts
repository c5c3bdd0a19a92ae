import type { Member } from "../auth/member";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { NotificationSettingsView } from "./constants";
import { endpointAllowed } from "./endpoint";
import type { SubscribeInput } from "./schemas";

// Catalogue keys (messages/*.json "push.errors"): said in the person's language by executeOperation.
const FROM_APP = "push.errors.fromApp";
const NOT_A_PUSH_SERVICE = "push.errors.notAPushService";
const TAKEN = "push.errors.taken";

/**
 * This device's subscription, one per session: subscribing again (new keys, a new endpoint)
 * replaces it. An endpoint still held by another account's live session is refused rather than
 * taken over; one left behind by an ended session is replaced.
 */
export async function subscribe(member: Member, input: SubscribeInput): Promise<{ subscribed: true }> {
  const sessionId = member.sessionId;
  if (!sessionId) throw new AppError("forbidden", FROM_APP);
  if (!endpointAllowed(input.endpoint, env().PUSH_EXTRA_ORIGINS)) throw new AppError("bad_request", NOT_A_PUSH_SERVICE, { endpoint: [NOT_A_PUSH_SERVICE] });
  await db.$transaction(async (tx) => {
    const holder = await tx.pushSubscription.findUnique({
      where: { endpoint: input.endpoint },
      select: { id: true, userId: true, session: { select: { revokedAt: true, expiresAt: true } } },
    });
    if (holder && holder.userId !== member.user.id && !holder.session.revokedAt && holder.session.expiresAt > new Date()) {
      throw new AppError("conflict", TAKEN);
    }
    await tx.pushSubscription.deleteMany({ where: { OR: [{ sessionId }, { endpoint: input.endpoint }] } });
    // A renewal replaces the endpoint the push service retired, wherever it was mine.
    if (input.oldEndpoint) await tx.pushSubscription.deleteMany({ where: { userId: member.user.id, endpoint: input.oldEndpoint } });
    await tx.pushSubscription.create({
      data: { userId: member.user.id, sessionId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth },
    });
  });
  return { subscribed: true };
}

/** Turns notifications off on this device (its session's subscription), or for a given endpoint of mine. */
export async function unsubscribe(member: Member, endpoint: string | undefined): Promise<{ removed: number }> {
  const mine = { userId: member.user.id };
  const where = member.sessionId ? { ...mine, OR: [{ sessionId: member.sessionId }, ...(endpoint ? [{ endpoint }] : [])] } : { ...mine, endpoint: endpoint ?? "" };
  const { count } = await db.pushSubscription.deleteMany({ where });
  return { removed: count };
}

export async function updateSettings(member: Member, input: NotificationSettingsView): Promise<NotificationSettingsView> {
  await db.notificationSettings.upsert({ where: { userId: member.user.id }, create: { userId: member.user.id, ...input }, update: input });
  return input;
}
