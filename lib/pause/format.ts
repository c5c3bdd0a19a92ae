import type { PauseView } from "./state";

/** "21:42" in the viewer's time zone (24-hour, the same on the server render and in the browser). */
export function clockTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(ms);
}

/** "Mon 3 Mar, 21:42" in the viewer's time zone. */
export function dayAndTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(ms);
}

export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** How long the pause itself lasted (not the time spent choosing afterwards), in whole minutes. */
export function pauseLengthMinutes(p: PauseView, now: number): number {
  const end = p.endedAt === null ? Math.min(p.endsAt, now) : p.endReason === "ENDED_EARLY" ? p.endedAt : Math.min(p.endsAt, p.endedAt);
  return Math.max(1, Math.round((end - p.startedAt) / 60_000));
}

/** How a pause ended, in plain "we" words: no blame, no verdicts. */
export function outcomeText(p: PauseView, timeZone: string, now: number): string {
  const extended = p.extensions ? ` (after ${p.extensions === 1 ? "10 more minutes" : `${p.extensions} × 10 more minutes`})` : "";
  if (p.endedAt === null) return now < p.endsAt ? "Happening now" : "Time to reconvene";
  if (p.endReason === "ENDED_EARLY") return "Ready to talk before the time was up";
  if (p.reconveneChoice === "TALK_NOW") return `Talked when the time was up${extended}`;
  if (p.reconveneChoice === "SCHEDULE" && p.reconveneAt) return `Agreed to talk at ${dayAndTime(p.reconveneAt, timeZone)}${extended}`;
  return `The time ran out${extended}`;
}
