import { RECONVENE_WINDOW_MS } from "./constants";

/**
 * The wire shape of a pause, shared by the server, the socket contract and the browser.
 * Times are ms since the epoch on the server's clock; clients correct them with their offset.
 */
export interface PauseView {
  id: string;
  startedById: string | null;
  startedAt: number;
  endsAt: number;
  minutes: number;
  extensions: number;
  partnerReadyAt: number | null;
  endedAt: number | null;
  endedById: string | null;
  endReason: "EXPIRED" | "ENDED_EARLY" | "UNDONE" | null;
  reconveneChoice: "TALK_NOW" | "SCHEDULE" | null;
  reconveneAt: number | null;
}

/** What the couple agreed for a pause (from their pause rule), shown during it. */
export interface PausePlan {
  minutes: number;
  /** How we come back together, in words ("We talk again as soon as the pause ends"). */
  reconvene: string | null;
  /** The same as a value, for screens that say it in the viewer's language (lib/i18n). */
  reconveneWay: "TALK_NOW" | "SCHEDULE_WITHIN_24H" | null;
  /** What we agreed to do during the pause, in the couple's own words. */
  during: string | null;
  fromAgreement: boolean;
}

/** The authoritative state broadcast as `pause:state` and returned by every pause ack. */
export interface PauseStatePayload {
  /** The open pause, or the last one if it ended recently (so both phones can show the outcome). */
  pause: PauseView | null;
  plan: PausePlan;
  serverNow: number;
}

export type PausePhase = "idle" | "counting" | "reconvene" | "ended";

/** How long an ended pause keeps being shown ("We're talking now"), unless a later time was scheduled. */
export const RECENT_OUTCOME_MS = 15 * 60 * 1000;

/** Derives the phase at `now` (server clock). Pure, so the browser can do it too, with its offset. */
export function phaseAt(pause: PauseView | null, now: number): PausePhase {
  if (!pause) return "idle";
  if (pause.endedAt === null) {
    if (now < pause.endsAt) return "counting";
    return now - pause.endsAt < RECONVENE_WINDOW_MS ? "reconvene" : "idle";
  }
  if (pause.endReason === "UNDONE") return "idle";
  if (pause.reconveneAt !== null && pause.reconveneAt > now) return "ended";
  return now - pause.endedAt < RECENT_OUTCOME_MS ? "ended" : "idle";
}

/** How long the "time to talk" reminder stays up after the scheduled moment. */
export const TALK_REMINDER_MS = 30 * 60 * 1000;

/**
 * True from the time we scheduled to talk until half an hour after it: open phones show a gentle
 * reminder then (the in-app reminder; nothing is sent anywhere else).
 */
export function talkReminderDue(pause: PauseView | null, now: number): boolean {
  if (!pause || pause.reconveneChoice !== "SCHEDULE" || pause.reconveneAt === null) return false;
  return now >= pause.reconveneAt && now < pause.reconveneAt + TALK_REMINDER_MS;
}
