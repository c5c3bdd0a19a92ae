import { rawQuery } from "../db";
import { named, sql } from "../db/raw";
import { DEFAULT_SETTINGS, type NotificationSettingsView } from "./constants";
import type { StoredSubscription } from "./send";

export interface Recipient {
  userId: string;
  name: string;
  timeZone: string;
  settings: NotificationSettingsView;
  subscriptions: StoredSubscription[];
}

type Row = {
  userId: string;
  name: string;
  timeZone: string;
  hasSettings: boolean;
  subId: string | null;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
} & NotificationSettingsView;

/**
 * The members of a couple that is still active, with their settings and the subscriptions of their
 * live sessions; empty once the couple ended (nothing is sent after that). One statement.
 */
export async function recipientsOf(coupleId: string): Promise<Recipient[]> {
  const rows = await rawQuery<Row>(
    named(
      "push_recipients",
      sql`SELECT u."id" AS "userId", u."name", u."timeZone", (ns."userId" IS NOT NULL) AS "hasSettings",
          ns."pauseStarted", ns."pauseAfter", ns."proposals", ns."checkIns", ns."reviews", ns."quietFrom", ns."quietTo", ns."showNames",
          s."id" AS "subId", s."endpoint", s."p256dh", s."auth"
        FROM "Couple" c
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
      r = { userId: row.userId, name: row.name, timeZone: row.timeZone, settings, subscriptions: [] };
      byUser.set(row.userId, r);
    }
    if (row.subId && row.endpoint && row.p256dh && row.auth) r.subscriptions.push({ id: row.subId, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth });
  }
  return [...byUser.values()];
}

/** A subscription the push service says is gone (404/410). The endpoint in the where: a re-subscribe in between keeps its row. */
export async function deleteSubscription(sub: StoredSubscription): Promise<void> {
  await rawQuery(named("push_delete_gone", sql`DELETE FROM "PushSubscription" WHERE "id" = ${sub.id} AND "endpoint" = ${sub.endpoint}`));
}
