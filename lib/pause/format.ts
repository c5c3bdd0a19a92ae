import type { Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import type { KeyIn } from "../i18n/keys";
import type { PauseView } from "./state";

/** "21:42" in the viewer's language and time zone (24-hour, the same on the server render and in the browser). */
export function clockTime(ms: number, timeZone: string, locale: Locale = "en"): string {
  return formatDate(locale, timeZone, ms, "time");
}

/** "Mon 3 Mar, 21:42" in the viewer's language and time zone. */
export function dayAndTime(ms: number, timeZone: string, locale: Locale = "en"): string {
  return formatDate(locale, timeZone, ms, "dayTime");
}

/** How long, as a message of the pause namespace: "10 min", "1 h 30 min". */
export function lengthWords(minutes: number): { key: KeyIn<"pause">; values: { hours: number; minutes: number } } {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return { key: hours === 0 ? "history.minutes" : rest ? "history.hoursMinutes" : "history.hours", values: { hours, minutes: hours === 0 ? minutes : rest } };
}

/** How long the pause itself lasted (not the time spent choosing afterwards), in whole minutes. */
export function pauseLengthMinutes(p: PauseView, now: number): number {
  const end = p.endedAt === null ? Math.min(p.endsAt, now) : p.endReason === "ENDED_EARLY" ? p.endedAt : Math.min(p.endsAt, p.endedAt);
  return Math.max(1, Math.round((end - p.startedAt) / 60_000));
}

/** How a pause ended, in plain "we" words (no blame, no verdicts), as a message of the pause namespace. */
export function outcomeWords(p: PauseView, timeZone: string, now: number, locale: Locale = "en"): { key: KeyIn<"pause">; values: Record<string, string | number> } {
  const extensions = p.extensions;
  if (p.endedAt === null) return { key: now < p.endsAt ? "history.now" : "history.reconvene", values: {} };
  if (p.endReason === "ENDED_EARLY") return { key: "history.early", values: {} };
  if (p.reconveneChoice === "TALK_NOW") return { key: "history.talked", values: { extensions } };
  if (p.reconveneChoice === "SCHEDULE" && p.reconveneAt) return { key: "history.scheduled", values: { extensions, when: dayAndTime(p.reconveneAt, timeZone, locale) } };
  return { key: "history.ranOut", values: { extensions } };
}
