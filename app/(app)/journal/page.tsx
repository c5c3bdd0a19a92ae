import type { Metadata } from "next";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { LockIcon } from "@/components/journal/entry-form";
import { EntrySummary } from "@/components/journal/entry-summary";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireMember } from "@/lib/auth/guard";
import { latestDraft, listEntries } from "@/lib/journal/queries";

export const metadata: Metadata = { title: "My journal" };

const linkClass = "flex min-h-12 flex-1 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center text-base font-semibold";

/** My private journal: only ever mine, whether or not I share a space with someone. */
export default async function JournalPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const member = await requireMember("/journal");
  const [{ saved }, entries, draft] = await Promise.all([searchParams, listEntries(member.user.id), latestDraft(member.user.id)]);
  const partner = member.couple && !member.couple.endedAt ? member.couple.partner : null;
  return (
    <div className="flex flex-col gap-5 pb-16">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">My journal</h1>
        <p className="flex items-start gap-1.5 text-muted">
          <span className="pt-1">
            <LockIcon />
          </span>
          Only you can read this. It’s never shared{partner ? ` with ${partner.name}` : ""}, and it’s kept encrypted.
        </p>
      </header>
      {saved ? <Notice tone="calm">Saved. Only you can read it.</Notice> : null}
      {draft ? (
        <Card className="bg-accent-soft" data-testid="journal-draft">
          <p className="font-semibold">You have an unfinished entry.</p>
          <LinkButton href="/journal/new" className="mt-3 w-full">
            Carry on writing
          </LinkButton>
        </Card>
      ) : (
        <LinkButton href="/journal/new" data-testid="journal-write">
          Write it down
        </LinkButton>
      )}
      <nav aria-label="Journal" className="flex gap-3">
        <Link href="/journal/patterns" className={linkClass}>
          Patterns
        </Link>
        <Link href="/journal/steady" className={linkClass}>
          Things that steady me
        </Link>
      </nav>
      <section aria-labelledby="entries-heading" className="flex flex-col gap-3">
        <h2 id="entries-heading" className="text-lg font-semibold">
          What I’ve written
        </h2>
        {entries.length ? (
          <ul className="flex flex-col gap-3">
            {entries.map((e) => (
              <EntrySummary key={e.id} entry={e} timeZone={member.user.timeZone} />
            ))}
          </ul>
        ) : (
          <p className="text-muted" data-testid="journal-empty">
            Nothing written yet. When something stirs you up, writing down what happened, what you felt and what you feared can help you see it
            more clearly — and later, tell {partner?.name ?? "your partner"} what helps.
          </p>
        )}
      </section>
      <QuickExitButton floating />
    </div>
  );
}
