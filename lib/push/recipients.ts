import { jobQuery } from "../db";
import { named, sql } from "../db/raw";
import type { Locale } from "../i18n/config";
import { resolveLocale } from "../i18n/negotiate";
import { DEFAULT_SETTINGS, type NotificationSettingsView } from "./constants";
import type { StoredSubscription } from "./send";

export interface Recipient {
  userId: string;
  name: string;
  timeZone: string;
  /** Their saved language, else English: a lock screen has no browser to ask. */
  locale: Locale;
  settings: NotificationSettingsView;
  subscriptions: StoredSubscription[];
}

/** What a pause's push needs to know of it, read with the recipients (lib/push/plan.ts). */
export type PausePlanRow = { endedAt: Date | null; endsAt: Date; minutes: number; reconveneChoice: string | null; reconveneAt: Date | null };

type Row = {
  userId: string;
  name: string;
  timeZone: string;
  locale: string | null;
  hasSettings: boolean;
  subId: string | null;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
  pauseFound: boolean;
  pauseEndedAt: Date | null;
  pauseEndsAt: Date | null;
  pauseMinutes: number | null;
  pauseReconveneChoice: string | null;
  pauseReconveneAt: Date | null;
} & NotificationSettingsView;

/**
 * The members of a couple that is still active, with their settings and the subscriptions of their
 * live sessions; empty once the couple ended (nothing is sent after that). With a pause id, that
 * pause of the couple as it is now (null if there is none). One statement, one round trip: a
 * pause's push reads everything it needs here (docs/performance.md, "Web Push").
 */
export async function recipientsOf(coupleId: string, pauseId: string | null = null): Promise<{ members: Recipient[]; pause: PausePlanRow | null }> {
  const rows = await jobQuery<Row>(
    named(
      "push_recipients",
      sql`SELECT u."id" AS "userId", u."name", u."timeZone", u."locale", (ns."userId" IS NOT NULL) AS "hasSettings",
          ns."pauseStarted", ns."pauseAfter", ns."proposals", ns."checkIns", ns."reviews", ns."quietFrom", ns."quietTo", ns."showNames",
          s."id" AS "subId", s."endpoint", s."p256dh", s."auth",
          (p."id" IS NOT NULL) AS "pauseFound", p."endedAt" AS "pauseEndedAt", p."endsAt" AS "pauseEndsAt", p."minutes" AS "pauseMinutes",
          p."reconveneChoice" AS "pauseReconveneChoice", p."reconveneAt" AS "pauseReconveneAt"
        FROM "Couple" c
        LEFT JOIN "Pause" p ON p."id" = ${pauseId} AND p."coupleId" = c."id"
        JOIN "Membership" m ON m."coupleId" = c."id"
        JOIN "User" u ON u."id" = m."userId"
        LEFT JOIN "NotificationSettings" ns ON ns."userId" = u."id"
        LEFT JOIN "PushSubscription" s ON s."userId" = u."id" AND EXISTS (
          SELECT 1 FROM "Session" se WHERE se."id" = s."sessionId" AND se."revokedAt" IS NULL AND se."expiresAt" > (now() AT TIME ZONE 'UTC')
        )
        WHERE c."id" = ${coupleId} AND c."endedAt" IS NULL`,
    ),
  );
  const byUser = new Map<string, Recipient>();
  const first = rows[0];
  const pause: PausePlanRow | null =
    first?.pauseFound && first.pauseEndsAt && first.pauseMinutes !== null
      ? { endedAt: first.pauseEndedAt, endsAt: first.pauseEndsAt, minutes: first.pauseMinutes, reconveneChoice: first.pauseReconveneChoice, reconveneAt: first.pauseReconveneAt }
      : null;
  for (const row of rows) {
    let r = byUser.get(row.userId);
    if (!r) {
      const settings: NotificationSettingsView = row.hasSettings
        ? {
            pauseStarted: row.pauseStarted,
            pauseAfter: row.pauseAfter,
            proposals: row.proposals,
            checkIns: row.checkIns,
            reviews: row.reviews,
            quietFrom: row.quietFrom,
            quietTo: row.quietTo,
            showNames: row.showNames,
          }
        : DEFAULT_SETTINGS;
      r = { userId: row.userId, name: row.name, timeZone: row.timeZone, locale: resolveLocale(row.locale, null), settings, subscriptions: [] };
      byUser.set(row.userId, r);
    }
    if (row.subId && row.endpoint && row.p256dh && row.auth) r.subscriptions.push({ id: row.subId, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth });
  }
  return { members: [...byUser.values()], pause };
}

/** A subscription the push service says is gone (404/410). The endpoint in the where: a re-subscribe in between keeps its row. */
export async function deleteSubscription(sub: StoredSubscription): Promise<void> {
  await jobQuery(named("push_delete_gone", sql`DELETE FROM "PushSubscription" WHERE "id" = ${sub.id} AND "endpoint" = ${sub.endpoint}`));
}
