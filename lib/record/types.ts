import type { Locale } from "../i18n/config";

/**
 * The couple's record as plain, already-worded data: what the printable page, the Markdown download
 * and the counsellor's view all render, so the three can never tell different stories. It holds
 * words and dates for one reader, never ids of people, emails, sessions or devices. Client-safe.
 */
export interface CoupleRecord {
  /** Who reads it: a member sees "You" and their partner's name; a counsellor sees both first names. */
  audience: "member" | "counsellor";
  /** The reader's language: the record's own words (headings, labels) are said in it. */
  locale: Locale;
  /** "Alex and Blake" (a member reads their partner's name first: "Blake and you"). */
  people: string;
  /** When it was made, in the reader's time zone. */
  madeAt: string;
  /** The zone every time in it is written in ("Europe/Berlin"). */
  timeZone: string;
  /** The shared space has ended (a member's read-only copy). */
  ended: boolean;
  /** Agreements in place, oldest first. */
  active: RecordAgreement[];
  /** Agreements we retired, oldest first. */
  retired: RecordAgreement[];
  pauses: RecordPauses;
  /** Check-ins kept versus planned. Optional: rendered when present. */
  checkIns?: RecordCheckIns;
  /** The weekly reviews' summaries. Optional: rendered when present. */
  reviews?: RecordReviews;
}

export interface RecordAgreement {
  /** For keys and anchors only; never printed. */
  id: string;
  /** "Trigger → response" */
  kind: string;
  title: string;
  status: "ACTIVE" | "RETIRED";
  /** "Agreed on 3 Dec 2026, 19:35"; for a retired one "Retired on …" follows. */
  agreedAt: string | null;
  retiredAt: string | null;
  /** What we agreed (for a retired agreement: what we had agreed), fields with a value only. */
  fields: RecordField[];
  /** Oldest first: who proposed what, what it changed, how it was answered. */
  history: RecordStep[];
}

export interface RecordField {
  label: string;
  value: string;
}

export interface RecordStep {
  when: string;
  /** "Alex proposed a change" */
  summary: string;
  /** The proposer's note, in their words. */
  note: string | null;
  changes: RecordChange[];
  /** "Blake said yes · 3 Dec 2026, 19:35" */
  outcome: string;
  /** Why it was passed on, if the partner said. */
  reason: string | null;
}

export interface RecordChange {
  label: string;
  from: string;
  to: string;
}

export interface RecordPauses {
  /** Newest first. */
  items: RecordPause[];
  /** More pauses were taken than are listed. */
  truncated: boolean;
}

export interface RecordPause {
  when: string;
  /** "Alex asked for a pause" */
  summary: string;
  /** "10 min" */
  length: string;
  /** "Talked when the time was up" */
  outcome: string;
}

export interface RecordCheckIns {
  /** "Since 3 Nov 2026" / "This month" */
  period: string;
  rows: { agreement: string; kept: number; planned: number }[];
}

export interface RecordReviews {
  /** Newest first. */
  items: { week: string; lines: string[] }[];
}
