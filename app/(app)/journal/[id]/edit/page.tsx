import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryForm } from "@/components/journal/entry-form";
import { requireMember } from "@/lib/auth/guard";
import { getEntry } from "@/lib/journal/queries";

export const metadata: Metadata = { title: "Change this entry" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember(`/journal/${id}/edit`);
  // Mine or nothing: another person's id (a partner's included) is simply not found.
  const entry = await getEntry(member.user.id, id);
  if (!entry) notFound();
  const fields = { happened: entry.happened, feelings: entry.feelings, feelingWords: entry.feelingWords, feared: entry.feared, intensity: entry.intensity, tags: entry.tags };
  return <EntryForm userId={member.user.id} mode="edit" initial={{ id: entry.id, fields, updatedAt: entry.updatedAt.getTime(), draft: entry.draft }} fromPause={false} timeZone={member.user.timeZone} />;
}
