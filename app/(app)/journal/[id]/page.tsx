import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuickExitButton } from "@/components/help/quick-exit";
import { DeleteEntry, ProposeFromEntry } from "@/components/journal/entry-actions";
import { feelingsText, intensityLabel, IntensityDots, Tags } from "@/components/journal/entry-summary";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import { isCoupleMember } from "@/lib/auth/member";
import { clientWords, getDates, getT } from "@/lib/i18n/server";
import { getEntry } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleJournalEntry") };
}

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
  const [t, fmt, words] = await Promise.all([getT("journal"), getDates(), clientWords("journal", ["propose", "delete"])]);
  const feelings = feelingsText(entry, t);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        {t("entry.back")}
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{fmt.date(entry.createdAt, "dayTime")}</h1>
        {entry.intensity ? (
          <p className="flex items-center gap-2 text-muted">
            <IntensityDots value={entry.intensity} t={t} />
            <span aria-hidden>
              {t("entry.intensity", { level: entry.intensity, label: intensityLabel(t, entry.intensity) })}
            </span>
          </p>
        ) : null}
      </header>
      <Card className="flex flex-col gap-4" data-testid="entry-view">
        {entry.happened ? <Part title={t("entry.happened")}>{entry.happened}</Part> : null}
        {feelings ? <Part title={t("entry.felt")}>{feelings}</Part> : null}
        {entry.feared ? <Part title={t("entry.feared")}>{entry.feared}</Part> : null}
        {entry.tags.length ? (
          <Part title={t("entry.setOff")}>
            <Tags tags={entry.tags} t={t} />
          </Part>
        ) : null}
      </Card>
      <LinkButton href={`/journal/${entry.id}/edit`} variant="secondary">
        {t("entry.change")}
      </LinkButton>
      {partner ? <ProposeFromEntry suggestedTrigger={entry.tags[0] ?? ""} partnerName={partner.name} words={words} /> : null}
      <DeleteEntry id={entry.id} words={words} />
      <QuickExitButton floating label={t("quickExit")} />
    </div>
  );
}
