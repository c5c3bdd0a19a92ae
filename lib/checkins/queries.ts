import { db } from "../db";
import { agreedRhythm, type AgreedRhythm } from "./agreed-rhythm";
import type { RhythmPurpose } from "./constants";
import { dueState, type DueState } from "./due";
import { findQuestion, keyAt, LOOKBACK_MS } from "./question";
import type { Occurrence, Rhythm } from "./rhythm";
import { monthWindow, tally, type Window } from "./tally";

/**
 * Reads for check-ins: where each of our rhythms stands now, for Today and the agreement page.
 * Every query filters on the caller's coupleId. The clock is a parameter, so tests fix it.
 */
export interface CheckInPart {
  userId: string;
  feeling: number;
  note: string;
}

export interface LoggedCheckIn {
  id: string;
  occurrenceKey: string;
  happenedAt: Date;
  createdById: string | null;
  /** Each partner's feeling and note, first logged first. */
  parts: CheckInPart[];
}

export interface RhythmView {
  agreementId: string;
  versionId: string;
  about: string;
  purpose: RhythmPurpose;
  /** The agreement's zone: the time as agreed. */
  timeZone: string;
  rhythm: Rhythm;
  due: DueState;
  /** The check-in logged for the occurrence `due` is about (kept), if any. */
  current: LoggedCheckIn | null;
  /** "Kept K of the N we planned this month", in the agreement's zone. */
  month: { kept: number; planned: number };
  /** The missed check-in "does this rhythm still fit us?" asks me about, if it should. */
  question: Occurrence | null;
  pendingChange: boolean;
}

const checkInSelect = {
  id: true,
  agreementId: true,
  occurrenceKey: true,
  happenedAt: true,
  createdById: true,
  notes: { select: { userId: true, feeling: true, note: true }, orderBy: { createdAt: "asc" as const } },
} as const;

type CheckInRow = {
  id: string;
  agreementId: string;
  occurrenceKey: string;
  happenedAt: Date;
  createdById: string | null;
  notes: CheckInPart[];
};

const toLogged = ({ notes, agreementId: _a, ...row }: CheckInRow): LoggedCheckIn => ({ ...row, parts: notes });

export interface ActiveRhythm extends AgreedRhythm {
  id: string;
  versionId: string;
  /** The active version's number: a calendar event's SEQUENCE. */
  number: number;
  pendingChange: boolean;
}

/** Our active CHECK_IN agreements (check-ins and the review's rhythm) with the rhythm each one's active version sets. */
export async function activeRhythms(coupleId: string, only?: { agreementId: string }): Promise<ActiveRhythm[]> {
  const rows = await db.agreement.findMany({
    where: { coupleId, kind: "CHECK_IN", status: "ACTIVE", ...(only ? { id: only.agreementId } : {}) },
    select: {
      id: true,
      activeVersionId: true,
      versions: {
        where: { status: { in: ["ACCEPTED", "PENDING"] } },
        select: { id: true, number: true, status: true, content: true, decidedAt: true, proposedAt: true },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((row) => {
    const active = row.versions.find((v) => v.id === row.activeVersionId);
    const agreed = active ? agreedRhythm(active.content, active) : null;
    if (!agreed || !active) return [];
    return [
      {
        id: row.id,
        versionId: active.id,
        number: active.number,
        pendingChange: row.versions.some((v) => v.status === "PENDING"),
        ...agreed,
      },
    ];
  });
}

/** Our active check-in rhythms (the review's too), each with where it stands at `now` for this member. */
export async function ourRhythms(
  viewer: { coupleId: string; userId: string },
  now: Date,
  only?: { agreementId: string },
): Promise<RhythmView[]> {
  const { coupleId, userId } = viewer;
  const agreed = await activeRhythms(coupleId, only);
  if (agreed.length === 0) return [];
  const ids = agreed.map((a) => a.id);
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const fromKey = agreed.map((a) => keyAt(since, a.rhythm.cadence.timeZone)).sort()[0]!;
  const [checkIns, answers] = await Promise.all([
    db.checkIn.findMany({ where: { coupleId, agreementId: { in: ids }, occurrenceKey: { gte: fromKey } }, select: checkInSelect }),
    db.rhythmAnswer.findMany({
      where: { coupleId, userId, agreementId: { in: ids }, answeredAt: { gte: since } },
      select: { agreementId: true, occurrenceKey: true, answeredAt: true },
    }),
  ]);
  return agreed.map((a) => {
    // The review's rhythm is kept by the review session, not by check-ins logged here.
    const own = a.purpose === "CHECK_IN" ? checkIns.filter((c) => c.agreementId === a.id) : [];
    const keys = own.map((c) => c.occurrenceKey);
    const due = dueState(a.rhythm, keys, now);
    const currentKey = due.state === "upcoming" ? null : due.occurrence.key;
    const current = own.find((c) => c.occurrenceKey === currentKey);
    const month = tally(a.rhythm, keys, monthWindow(now, a.rhythm.cadence.timeZone), now);
    const question =
      a.purpose === "CHECK_IN"
        ? findQuestion(a.rhythm, {
            logged: keys,
            answers: answers.filter((x) => x.agreementId === a.id),
            pendingChange: a.pendingChange,
            now,
          })
        : null;
    return {
      agreementId: a.id,
      versionId: a.versionId,
      about: a.about,
      purpose: a.purpose,
      timeZone: a.rhythm.cadence.timeZone,
      rhythm: a.rhythm,
      due,
      current: current ? toLogged(current) : null,
      month: { kept: month.kept, planned: month.planned },
      question,
      pendingChange: a.pendingChange,
    };
  });
}

/** The latest check-ins logged against one of our agreements, newest first. */
export async function recentCheckIns(coupleId: string, agreementId: string, limit = 5): Promise<LoggedCheckIn[]> {
  const rows = await db.checkIn.findMany({
    where: { coupleId, agreementId },
    select: checkInSelect,
    orderBy: { occurrenceKey: "desc" },
    take: limit,
  });
  return rows.map(toLogged);
}

const DAY_MS = 86_400_000;
const dateKey = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The occurrence keys ("2026-03-29", lib/checkins/rhythm.ts) of the check-ins we logged for these
 * agreements around a window, per agreement: what "kept" counts (the review's week at a glance).
 * Keys are local dates, so a day of margin either side covers every zone; a late log counts for
 * the occurrence it belongs to, whenever it was made.
 */
export async function loggedOccurrenceKeys(coupleId: string, agreementIds: readonly string[], window: Window): Promise<Map<string, ReadonlySet<string>>> {
  const rows = agreementIds.length
    ? await db.checkIn.findMany({
        where: {
          coupleId,
          agreementId: { in: [...agreementIds] },
          occurrenceKey: { gte: dateKey(new Date(window.from.getTime() - DAY_MS)), lte: dateKey(new Date(window.to.getTime() + DAY_MS)) },
        },
        select: { agreementId: true, occurrenceKey: true },
      })
    : [];
  const keys = new Map<string, Set<string>>(agreementIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) keys.get(row.agreementId)?.add(row.occurrenceKey);
  return keys;
}
