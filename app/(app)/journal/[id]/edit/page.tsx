import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryForm } from "@/components/journal/entry-form";
import { requireMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { getEntry } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleJournalEdit") };
}

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember(`/journal/${id}/edit`);
  // Mine or nothing: another person's id (a partner's included) is simply not found.
  const entry = await getEntry(member.user.id, id);
  if (!entry) notFound();
  const words = await clientWords("journal", ["form", "feelings", "intensity", "suggestedTags", "quickExit"]);
  const fields = { happened: entry.happened, feelings: entry.feelings, feelingWords: entry.feelingWords, feared: entry.feared, intensity: entry.intensity, tags: entry.tags };
  return <EntryForm userId={member.user.id} mode="edit" initial={{ id: entry.id, fields, updatedAt: entry.updatedAt.getTime(), draft: entry.draft }} fromPause={false} timeZone={member.user.timeZone} words={words} />;
}
