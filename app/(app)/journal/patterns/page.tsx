import type { Metadata } from "next";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { PatternsView } from "@/components/journal/patterns-view";
import { LinkButton } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/guard";
import { isCoupleMember } from "@/lib/auth/member";
import { computePatterns, monthAt, monthKey, monthLabel, monthRange, parseMonth, shiftMonth } from "@/lib/journal/patterns";
import { entriesBetween } from "@/lib/journal/queries";

export const metadata: Metadata = { title: "Patterns" };

const navClass = "inline-flex min-h-11 items-center text-sm font-semibold text-accent underline underline-offset-4";
const shortMonth = (m: { year: number; month: number }) => monthLabel(m).split(" ")[0]!.slice(0, 3);

/** Patterns over a month of my own entries, worked out on the server from my entries alone. */
export default async function PatternsPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const member = await requireMember("/journal/patterns");
  const { month: asked } = await searchParams;
  const zone = member.user.timeZone;
  const current = monthAt(new Date(), zone);
  const month = parseMonth(asked) ?? current;
  const { from, to } = monthRange(month, zone);
  const patterns = computePatterns(await entriesBetween(member.user.id, from, to), month, zone);
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const canGoOn = monthKey(next) <= monthKey(current);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        ← My journal
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Patterns</h1>
        <p className="text-muted">From your own entries only, and only for you.</p>
      </header>
      <nav aria-label="Month" className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
        <Link href={`/journal/patterns?month=${monthKey(previous)}`} className={navClass}>
          <span aria-hidden>←&nbsp;</span>
          {shortMonth(previous)}
          <span className="sr-only"> {previous.year}, the month before</span>
        </Link>
        <span className="text-center font-semibold" aria-current="page">
          {patterns.label}
        </span>
        {canGoOn ? (
          <Link href={`/journal/patterns?month=${monthKey(next)}`} className={`${navClass} justify-self-end`}>
            {shortMonth(next)}
            <span className="sr-only"> {next.year}, the month after</span>
            <span aria-hidden>&nbsp;→</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      {patterns.count ? (
        <PatternsView patterns={patterns} daysInMonth={daysInMonth} canPropose={isCoupleMember(member) && !!member.couple.partner} />
      ) : (
        <div className="flex flex-col gap-4 rounded-3xl border border-line bg-surface p-5" data-testid="patterns-empty">
          <p>Nothing written in {patterns.label}. Patterns show after a few entries — which triggers come up, when, and how strong they feel.</p>
          <LinkButton href="/journal/new">Write it down</LinkButton>
        </div>
      )}
      <QuickExitButton floating />
    </div>
  );
}
