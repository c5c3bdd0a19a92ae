import { localParts } from "../agreements/cadence";

/**
 * A planned check-in shown to each partner in their own zone. The check-in is a wall-clock time in
 * the agreement's zone; a partner elsewhere meets at the same instant, which reads differently on
 * their clock (and may fall on another day). Plain Intl, so client components can use it too.
 */
export interface LocalTime {
  timeZone: string;
  /** YYYY-MM-DD on that zone's calendar. */
  date: string;
  /** HH:MM, 24-hour. */
  time: string;
  weekday: "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";
  /** For people, in their locale: "Tue 3 Mar, 19:30". */
  label: string;
}

const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
const labels = new Map<string, Intl.DateTimeFormat>();

/** How an instant reads on a clock in `timeZone`. */
export function localTimeIn(at: Date, timeZone: string, locale = "en-GB"): LocalTime {
  const p = localParts(at.getTime(), timeZone);
  const pad = (v: number, w = 2) => String(v).padStart(w, "0");
  const weekday = WEEKDAYS[(new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7]!;
  return {
    timeZone,
    date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
    weekday,
    label: label(locale, timeZone).format(at),
  };
}

export interface PartnerTime {
  /** The time as agreed, in the agreement's zone. */
  agreed: LocalTime;
  /** The same instant on the viewer's clock. */
  mine: LocalTime;
  /** Whether the two clocks read alike, so one time is enough to show. */
  sameClock: boolean;
  /** Calendar days the viewer's date is ahead (+1) or behind (-1) of the agreed date. */
  dayShift: number;
}

/** A planned instant for a viewer whose zone may differ from the agreement's. */
export function partnerTime(at: Date, agreementZone: string, viewerZone: string, locale = "en-GB"): PartnerTime {
  const agreed = localTimeIn(at, agreementZone, locale);
  const mine = localTimeIn(at, viewerZone, locale);
  const dayShift = Math.round((Date.parse(mine.date) - Date.parse(agreed.date)) / 86_400_000);
  return { agreed, mine, sameClock: agreed.date === mine.date && agreed.time === mine.time, dayShift };
}

function label(locale: string, timeZone: string): Intl.DateTimeFormat {
  const id = `${locale}|${timeZone}`;
  let f = labels.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
    labels.set(id, f);
  }
  return f;
}
