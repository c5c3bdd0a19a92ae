import type { KeyIn } from "@/lib/i18n/keys";
import type { Words } from "@/lib/i18n/words";

/** What Me's "Notifications" islands take: their words (`push.me`) and the lock screen's sample (`push.notification`). */
export const PUSH_ISLAND_KEYS = ["me", "notification.pauseStarted", "notification.pauseStartedBy"];
export type PushIslandWords = Words<KeyIn<"push">>;
