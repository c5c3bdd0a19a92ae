import { allEntries, readSteadiers } from "./queries";

/**
 * My journal in plain text for my own data export (lib/accounts/export.ts). Only ever called with
 * the exporting person's own id; a couple's data never includes anyone's journal.
 */
export async function journalExport(userId: string) {
  const [entries, steadiers] = await Promise.all([allEntries(userId), readSteadiers(userId)]);
  return {
    entries: entries.map((e) => ({
      writtenAt: e.createdAt,
      lastChangedAt: e.updatedAt,
      draft: e.draft,
      whatHappened: e.happened,
      feelings: e.feelings,
      feelingsInMyWords: e.feelingWords,
      whatIFeared: e.feared,
      intensity: e.intensity,
      triggerTags: e.tags,
    })),
    thingsThatSteadyMe: steadiers,
  };
}
