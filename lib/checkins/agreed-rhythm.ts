import { CheckInContentSchema } from "../agreements/schemas";
import type { RhythmPurpose } from "./constants";
import { rhythmOf, type Rhythm } from "./rhythm";

/**
 * The rhythm an accepted CHECK_IN version sets, read from its stored content. The version's own
 * acceptance is the anchor: a changed rhythm starts counting when the change was agreed.
 */
export interface AgreedRhythm {
  about: string;
  /** "REVIEW" for the weekly review's rhythm (kept by the review session, not logged here). */
  purpose: RhythmPurpose;
  rhythm: Rhythm;
}

/**
 * Reads `purpose` from the stored JSON itself: the field is optional (absent means "CHECK_IN"),
 * and older schemas strip keys they do not know, so the parsed content may not carry it.
 */
export function purposeOf(content: unknown): RhythmPurpose {
  return (content as { purpose?: unknown } | null)?.purpose === "REVIEW" ? "REVIEW" : "CHECK_IN";
}

/** The rhythm of an accepted check-in version, or null for content that is not a valid check-in. */
export function agreedRhythm(content: unknown, version: { decidedAt: Date | null; proposedAt: Date }): AgreedRhythm | null {
  const parsed = CheckInContentSchema.safeParse(content);
  if (!parsed.success) return null;
  const { about, unit, every, days, time, timeZone } = parsed.data;
  return {
    about,
    purpose: purposeOf(content),
    rhythm: rhythmOf({ unit, every, days, time, timeZone }, version.decidedAt ?? version.proposedAt),
  };
}
