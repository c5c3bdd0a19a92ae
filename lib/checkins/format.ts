import { localTimeIn } from "./local-time";

/**
 * Check-in times in words, each partner on their own clock: "today at 19:30", or, when our clocks
 * differ, "today at 19:30 for you · 13:30 for Sam". Plain Intl, so client components can use it.
 */
export interface Clock {
  timeZone: string;
}

const dayNames = new Map<string, Intl.DateTimeFormat>();

function dayName(timeZone: string): Intl.DateTimeFormat {
  let f = dayNames.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" });
    dayNames.set(timeZone, f);
  }
  return f;
}

/** "today", "tomorrow", "yesterday", or "Tue 1 Dec", on the calendar of `timeZone`. */
export function dayLabel(at: Date, timeZone: string, now: Date): string {
  const day = Date.parse(localTimeIn(at, timeZone).date);
  const today = Date.parse(localTimeIn(now, timeZone).date);
  const diff = Math.round((day - today) / 86_400_000);
  if (diff === 0) return "today";
  if (diff === 1) return "tomorrow";
  if (diff === -1) return "yesterday";
  return dayName(timeZone).format(at);
}

/** "today at 19:30", "Tue 1 Dec at 19:30". */
export function whenLabel(at: Date, timeZone: string, now: Date): string {
  return `${dayLabel(at, timeZone, now)} at ${localTimeIn(at, timeZone).time}`;
}

/** The same instant for me and, when their clock reads differently, for my partner. */
export function whenForUs(at: Date, me: Clock, partner: (Clock & { name: string }) | null, now: Date): string {
  const mine = whenLabel(at, me.timeZone, now);
  if (!partner) return mine;
  const a = localTimeIn(at, me.timeZone);
  const b = localTimeIn(at, partner.timeZone);
  if (a.date === b.date && a.time === b.time) return mine;
  const theirs = a.date === b.date ? b.time : whenLabel(at, partner.timeZone, now);
  return `${mine} for you · ${theirs} for ${partner.name}`;
}

/** Capitalises the first letter, for labels that start a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
