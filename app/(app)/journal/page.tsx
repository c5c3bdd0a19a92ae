import type { Metadata } from "next";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { LockIcon } from "@/components/journal/entry-form";
import { EntrySummary } from "@/components/journal/entry-summary";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireMember } from "@/lib/auth/guard";
import { getDates, getT } from "@/lib/i18n/server";
import { latestDraft, listEntries } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleJournal") };
}

const linkClass = "flex min-h-12 flex-1 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center text-base font-semibold";

/** My private journal: only ever mine, whether or not I share a space with someone. */
export default async function JournalPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const member = await requireMember("/journal");
  const [{ saved }, entries, draft, t, fmt] = await Promise.all([searchParams, listEntries(member.user.id), latestDraft(member.user.id), getT("journal"), getDates()]);
  const partner = member.couple && !member.couple.endedAt ? member.couple.partner : null;
  return (
    <div className="flex flex-col gap-5 pb-16">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("page.heading")}</h1>
        <p className="flex items-start gap-1.5 text-muted">
          <span className="pt-1">
            <LockIcon />
          </span>
          {partner ? t("page.privateWith", { partner: partner.name }) : t("page.private")}
        </p>
      </header>
      {saved ? <Notice tone="calm">{t("page.saved")}</Notice> : null}
      {draft ? (
        <Card className="bg-accent-soft" data-testid="journal-draft">
          <p className="font-semibold">{t("page.draft")}</p>
          <LinkButton href="/journal/new" className="mt-3 w-full">
            {t("page.carryOn")}
          </LinkButton>
        </Card>
      ) : (
        <LinkButton href="/journal/new" data-testid="journal-write">
          {t("page.write")}
        </LinkButton>
      )}
      <nav aria-label={t("page.nav")} className="flex gap-3">
        <Link href="/journal/patterns" className={linkClass}>
          {t("page.patterns")}
        </Link>
        <Link href="/journal/steady" className={linkClass}>
          {t("page.steady")}
        </Link>
      </nav>
      <section aria-labelledby="entries-heading" className="flex flex-col gap-3">
        <h2 id="entries-heading" className="text-lg font-semibold">
          {t("page.entries")}
        </h2>
        {entries.length ? (
          <ul className="flex flex-col gap-3">
            {entries.map((e) => (
              <EntrySummary key={e.id} entry={e} t={t} fmt={fmt} />
            ))}
          </ul>
        ) : (
          <p className="text-muted" data-testid="journal-empty">
            {partner ? t("page.emptyWith", { partner: partner.name }) : t("page.empty")}
          </p>
        )}
      </section>
      <QuickExitButton floating label={t("quickExit")} />
    </div>
  );
}
