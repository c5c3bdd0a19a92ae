import type { Window } from "../checkins/tally";

/**
 * The occurrence keys ("2026-03-29", see lib/checkins/rhythm.ts) of the check-ins we logged in a
 * window, per agreement: what "kept" counts in the week at a glance. The only place the review
 * reads logged check-ins, so the week at a glance needs nothing else when they exist.
 */
export async function loggedOccurrenceKeys(_coupleId: string, agreementIds: readonly string[], _window: Window): Promise<Map<string, ReadonlySet<string>>> {
  // wired to lib/checkins/queries.ts at merge
  return new Map(agreementIds.map((id) => [id, new Set<string>()]));
}
