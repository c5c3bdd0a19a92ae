import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuickExitButton } from "@/components/help/quick-exit";
import { DeleteEntry, ProposeFromEntry } from "@/components/journal/entry-actions";
import { feelingsText, IntensityDots, Tags } from "@/components/journal/entry-summary";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import { isCoupleMember } from "@/lib/auth/member";
import { localTimeIn } from "@/lib/checkins/local-time";
import { INTENSITY_LABELS } from "@/lib/journal/constants";
import { getEntry } from "@/lib/journal/queries";

export const metadata: Metadata = { title: "Journal entry" };

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-1">
      <h2 className="text-sm font-semibold tracking-wide text-muted uppercase">{title}</h2>
      <div className="text-base whitespace-pre-wrap text-ink">{children}</div>
    </section>
  );
}

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember(`/journal/${id}`);
  const entry = await getEntry(member.user.id, id);
  if (!entry) notFound();
  if (entry.draft) redirect(`/journal/${id}/edit`);
  const partner = isCoupleMember(member) ? member.couple.partner : null;
  const feelings = feelingsText(entry);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        ← My journal
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{localTimeIn(entry.createdAt, member.user.timeZone).label}</h1>
        {entry.intensity ? (
          <p className="flex items-center gap-2 text-muted">
            <IntensityDots value={entry.intensity} />
            <span aria-hidden>
              {entry.intensity} of 5 · {INTENSITY_LABELS[entry.intensity]}
            </span>
          </p>
        ) : null}
      </header>
      <Card className="flex flex-col gap-4" data-testid="entry-view">
        {entry.happened ? <Part title="What happened">{entry.happened}</Part> : null}
        {feelings ? <Part title="What I felt">{feelings}</Part> : null}
        {entry.feared ? <Part title="What I was afraid would happen">{entry.feared}</Part> : null}
        {entry.tags.length ? (
          <Part title="What set it off">
            <Tags tags={entry.tags} />
          </Part>
        ) : null}
      </Card>
      <LinkButton href={`/journal/${entry.id}/edit`} variant="secondary">
        Change this entry
      </LinkButton>
      {partner ? <ProposeFromEntry suggestedTrigger={entry.tags[0] ?? ""} partnerName={partner.name} /> : null}
      <DeleteEntry id={entry.id} />
      <QuickExitButton floating />
    </div>
  );
}
