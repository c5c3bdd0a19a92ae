import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/config";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { PatternsView } from "@/components/journal/patterns-view";
import { LinkButton } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/guard";
import { isCoupleMember } from "@/lib/auth/member";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { computePatterns, monthAt, monthKey, monthRange, parseMonth, shiftMonth, type Month } from "@/lib/journal/patterns";
import { entriesBetween } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePatterns") };
}

const navClass = "inline-flex min-h-11 items-center text-sm font-semibold text-accent underline underline-offset-4";
const shortMonth = (locale: Locale, m: Month) => formatDate(locale, "UTC", Date.UTC(m.year, m.month - 1, 1), "monthShort");

/** Patterns over a month of my own entries, worked out on the server from my entries alone. */
export default async function PatternsPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const member = await requireMember("/journal/patterns");
  const [{ month: asked }, t, locale] = await Promise.all([searchParams, getT("journal"), getLocale()]);
  const zone = member.user.timeZone;
  const current = monthAt(new Date(), zone);
  const month = parseMonth(asked) ?? current;
  const { from, to } = monthRange(month, zone);
  const patterns = computePatterns(await entriesBetween(member.user.id, from, to), month, zone, locale);
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const canGoOn = monthKey(next) <= monthKey(current);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        {t("entry.back")}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("patterns.heading")}</h1>
        <p className="text-muted">{t("patterns.lead")}</p>
      </header>
      <nav aria-label={t("patterns.monthNav")} className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
        <Link href={`/journal/patterns?month=${monthKey(previous)}`} className={navClass}>
          <span aria-hidden>←&nbsp;</span>
          {shortMonth(locale, previous)}
          <span className="sr-only"> {t("patterns.before", { year: String(previous.year) })}</span>
        </Link>
        <span className="text-center font-semibold" aria-current="page">
          {patterns.label}
        </span>
        {canGoOn ? (
          <Link href={`/journal/patterns?month=${monthKey(next)}`} className={`${navClass} justify-self-end`}>
            {shortMonth(locale, next)}
            <span className="sr-only"> {t("patterns.after", { year: String(next.year) })}</span>
            <span aria-hidden>&nbsp;→</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      {patterns.count ? (
        <PatternsView patterns={patterns} daysInMonth={daysInMonth} canPropose={isCoupleMember(member) && !!member.couple.partner} t={t} locale={locale} />
      ) : (
        <div className="flex flex-col gap-4 rounded-3xl border border-line bg-surface p-5" data-testid="patterns-empty">
          <p>{t("patterns.empty", { month: patterns.label })}</p>
          <LinkButton href="/journal/new">{t("page.write")}</LinkButton>
        </div>
      )}
      <QuickExitButton floating label={t("quickExit")} />
    </div>
  );
}
