import { db } from "../db";
import { DEFAULT_SETTINGS, type NotificationSettingsView } from "./constants";

export async function notificationSettings(userId: string): Promise<NotificationSettingsView> {
  const row = await db.notificationSettings.findUnique({ where: { userId }, omit: { userId: true, updatedAt: true } });
  return row ?? DEFAULT_SETTINGS;
}

/** Whether this device (its session) gets notifications, and how many of my devices do. */
export async function pushDevices(userId: string, sessionId: string | null): Promise<{ thisDevice: boolean; count: number }> {
  const rows = await db.pushSubscription.findMany({ where: { userId, session: { revokedAt: null, expiresAt: { gt: new Date() } } }, select: { sessionId: true } });
  return { thisDevice: rows.some((r) => r.sessionId === sessionId), count: rows.length };
}
