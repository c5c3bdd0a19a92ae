import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { EntryForm, type EntryStart } from "@/components/journal/entry-form";
import { requireMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { EMPTY_FIELDS } from "@/lib/journal/client/local-draft";
import { latestDraft } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleJournalWrite") };
}

/** The write screen: carries on with my unfinished entry, if there is one. */
export default async function NewEntryPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const member = await requireMember("/journal/new");
  const [{ from }, draft, words] = await Promise.all([searchParams, latestDraft(member.user.id), clientWords("journal", ["form", "feelings", "intensity", "suggestedTags", "quickExit"])]);
  const initial: EntryStart = draft
    ? { id: draft.id, fields: { happened: draft.happened, feelings: draft.feelings, feelingWords: draft.feelingWords, feared: draft.feared, intensity: draft.intensity, tags: draft.tags }, updatedAt: draft.updatedAt.getTime(), draft: true }
    : { id: randomUUID(), fields: EMPTY_FIELDS, updatedAt: 0, draft: true };
  return <EntryForm userId={member.user.id} mode="new" initial={initial} fromPause={from === "pause"} timeZone={member.user.timeZone} words={words} />;
}
