import { ICalEventRepeatingFreq, ICalWeekday, type ICalRepeatingOptions } from "ical-generator";
import type { Cadence } from "../agreements/cadence";

const BYDAY: Record<string, ICalWeekday> = {
  MON: ICalWeekday.MO,
  TUE: ICalWeekday.TU,
  WED: ICalWeekday.WE,
  THU: ICalWeekday.TH,
  FRI: ICalWeekday.FR,
  SAT: ICalWeekday.SA,
  SUN: ICalWeekday.SU,
};

/**
 * The RRULE for a cadence. It reproduces lib/checkins only when DTSTART is the rhythm's first
 * occurrence: RFC 5545 counts INTERVAL from DTSTART's day (DAILY) or week (WEEKLY), and the first
 * occurrence lies on the day, or in a week, that cadence.ts counts from. WKST=MO is RFC 5545's
 * default, written out because cadence.ts's weeks start on Monday and some clients assume Sunday.
 */
export function rruleFor(cadence: Cadence): ICalRepeatingOptions {
  if (cadence.unit === "DAY") return { freq: ICalEventRepeatingFreq.DAILY, interval: cadence.every };
  return {
    freq: ICalEventRepeatingFreq.WEEKLY,
    interval: cadence.every,
    byDay: cadence.days.map((d) => BYDAY[d]!),
    startOfWeek: ICalWeekday.MO,
  };
}
