/**
 * Notification kinds and settings, without zod: the Me screen and the service worker import these.
 * Each kind belongs to one setting a person can turn off; only the pause's kinds pass quiet hours.
 */
export const PUSH_KINDS = ["pause.started", "pause.undone", "pause.zero", "pause.reconvened", "pause.talkAt", "proposal.waiting", "checkin.due", "review.due"] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

export const SETTING_KEYS = ["pauseStarted", "pauseAfter", "proposals", "checkIns", "reviews"] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SETTING_OF: Record<PushKind, SettingKey> = {
  "pause.started": "pauseStarted",
  // Only someone told that the pause started is told it was taken back.
  "pause.undone": "pauseStarted",
  "pause.zero": "pauseAfter",
  "pause.reconvened": "pauseAfter",
  "pause.talkAt": "pauseAfter",
  "proposal.waiting": "proposals",
  "checkin.due": "checkIns",
  "review.due": "reviews",
};

/** The partner's pause is why notifications exist: quiet hours never hold back any part of it. */
export const PASSES_QUIET_HOURS: ReadonlySet<PushKind> = new Set(["pause.started", "pause.undone", "pause.zero", "pause.reconvened", "pause.talkAt"]);

export interface NotificationSettingsView {
  pauseStarted: boolean;
  pauseAfter: boolean;
  proposals: boolean;
  checkIns: boolean;
  reviews: boolean;
  /** "HH:MM" in the person's own time zone, or null for no quiet hours. */
  quietFrom: string | null;
  quietTo: string | null;
  showNames: boolean;
}

export const DEFAULT_SETTINGS: NotificationSettingsView = {
  pauseStarted: true,
  pauseAfter: true,
  proposals: true,
  checkIns: true,
  reviews: true,
  quietFrom: null,
  quietTo: null,
  showNames: false,
};

/** The kinds whose plan reads their pause (data.pauseId), read together with the recipients. */
export const PAUSE_ROW_KINDS: ReadonlySet<PushKind> = new Set(["pause.started", "pause.undone", "pause.zero", "pause.talkAt"]);

/** A notification's title: the app's name, the same in every language. */
export const PUSH_TITLE = "Steady";

/** What a push message carries to the service worker (JSON): the text is made on the server. */
export interface PushMessage {
  kind: PushKind;
  title: string;
  body: string;
  /** Where a tap leads, a path on this origin. */
  url: string;
  /** One notification per tag: a newer one about the same thing replaces the last. */
  tag: string;
  /** When the server made it (ms). */
  at: number;
  /** The language the text is in (the recipient's). */
  lang?: string;
}
