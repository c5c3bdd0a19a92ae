import Link from "next/link";
import { PauseHistoryList } from "@/components/pause/pause-history";
import { requireCouple } from "@/lib/auth/guard";
import { describeEvent } from "@/lib/history/describe";
import { getTimeline } from "@/lib/history/queries";
import { getDates, getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getT("meta"))("titleHistory") };
}

/** A calm look back: what we agreed, and the pauses we took. For the weekly review, not a scoreboard. */
export default async function HistoryPage() {
  const member = await requireCouple("/history");
  const { events, pauses, now } = await getTimeline(member.couple.id);
  const partner = member.couple.partner;
  const tz = member.user.timeZone;
  const [t, fmt] = await Promise.all([getT("history"), getDates()]);
  const name = (id: string | null) => (id === member.user.id ? t("you") : id && id === partner?.id ? partner.name : t("formerPartner"));
  return (
    <main className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-base text-muted">{t("lead")}</p>
      </header>
      <nav aria-label={t("reviewNav")} className="button-row" data-testid="history-review-links">
        <Link href="/review" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
          {t("review")}
        </Link>
        <Link href="/review/history" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
          {t("pastReviews")}
        </Link>
      </nav>
      <section aria-labelledby="history-pauses" className="flex flex-col gap-3">
        <h2 id="history-pauses" className="text-lg font-semibold">
          {t("pauses")}
        </h2>
        <PauseHistoryList
          pauses={pauses}
          now={now}
          viewer={{ userId: member.user.id, partnerId: partner?.id ?? null, partnerName: partner?.name ?? null, timeZone: tz }}
        />
      </section>
      <section aria-labelledby="history-moments" className="flex flex-col gap-3">
        <h2 id="history-moments" className="text-lg font-semibold">
          {t("along")}
        </h2>
        {events.length ? (
          <ol className="flex flex-col border-l-2 border-line pl-4" data-testid="timeline">
            {events.map((e) => (
              <li key={e.id} className="relative py-2">
                <span aria-hidden className="absolute top-4 -left-[1.4rem] size-2.5 rounded-full bg-calm" />
                <p className="text-base text-ink">{((d) => t(d.key, d.values))(describeEvent(e, name))}</p>
                <p className="text-sm text-muted">{fmt.date(e.createdAt, "dayTime")}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-base text-muted">{t("empty")}</p>
        )}
      </section>
    </main>
  );
}
