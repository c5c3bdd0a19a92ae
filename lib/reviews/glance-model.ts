import { dayNumber, fromDayNumber, localParts, weekdayOf } from "../agreements/cadence";
import type { OccurrenceStatus } from "../checkins/due";

/**
 * The week at a glance that opens a review: check-ins kept against those planned, the pauses we
 * took and how they ended, the proposals we decided. Plain numbers and strings (it is sent to
 * screens and saved with a finished review), built by `buildGlance` from rows lib/reviews/glance.ts reads.
 */
export interface WeekGlance {
  from: number;
  to: number;
  timeZone: string;
  /** The local days of the week, oldest first: "2026-11-26", "Thu". */
  days: { key: string; label: string }[];
  checkIns: { agreementId: string; title: string; planned: number; kept: number; occurrences: { key: string; at: number; status: OccurrenceStatus }[] }[];
  pauses: { day: string; ended: PauseEnding }[];
  proposals: ProposalCounts;
}

/** "full": the pause ran its time; "early": the one who asked ended it, ready to talk; "open": still running. */
export type PauseEnding = "full" | "early" | "open";

export interface ProposalCounts {
  /** New agreements and changes we both said yes to. */
  accepted: number;
  /** Agreements we agreed to retire. */
  retired: number;
  /** Proposals that weren't taken up. */
  declined: number;
  withdrawn: number;
  /** Answered with another suggestion. */
  countered: number;
}

export interface GlanceRows {
  from: Date;
  to: Date;
  timeZone: string;
  checkIns: WeekGlance["checkIns"];
  pauses: { startedAt: Date; endReason: "EXPIRED" | "ENDED_EARLY" | "UNDONE" | null }[];
  decidedVersions: { action: "CREATE" | "CHANGE" | "RETIRE"; status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED" }[];
}

const WEEKDAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const pad = (v: number, w = 2) => String(v).padStart(w, "0");

export function dayKey(instant: number, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local days from `from` to `to` (both included), in the zone. */
export function daysOf(from: Date, to: Date, timeZone: string): WeekGlance["days"] {
  const first = dayNumber(localParts(from.getTime(), timeZone));
  const last = dayNumber(localParts(Math.max(from.getTime(), to.getTime() - 1), timeZone));
  const days: WeekGlance["days"] = [];
  for (let n = first; n <= last; n++) {
    const d = fromDayNumber(n);
    days.push({ key: `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`, label: WEEKDAY_LABELS[weekdayOf(n)]! });
  }
  return days;
}

export function buildGlance(rows: GlanceRows): WeekGlance {
  const proposals: ProposalCounts = { accepted: 0, retired: 0, declined: 0, withdrawn: 0, countered: 0 };
  for (const v of rows.decidedVersions) {
    if (v.status === "ACCEPTED") proposals[v.action === "RETIRE" ? "retired" : "accepted"]++;
    else if (v.status === "DECLINED") proposals.declined++;
    else if (v.status === "WITHDRAWN") proposals.withdrawn++;
    else if (v.status === "SUPERSEDED") proposals.countered++;
  }
  return {
    from: rows.from.getTime(),
    to: rows.to.getTime(),
    timeZone: rows.timeZone,
    days: daysOf(rows.from, rows.to, rows.timeZone),
    checkIns: rows.checkIns,
    pauses: rows.pauses
      // A mistaken tap that was taken back within seconds is not a pause we took.
      .filter((p) => p.endReason !== "UNDONE")
      .sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime())
      .map((p) => ({ day: dayKey(p.startedAt.getTime(), rows.timeZone), ended: p.endReason === "EXPIRED" ? "full" : p.endReason === "ENDED_EARLY" ? "early" : "open" })),
    proposals,
  };
}
