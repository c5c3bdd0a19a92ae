import type { Metadata } from "next";
import { TrendChart } from "@/components/reviews/charts/trend-chart";
import { PastReviews } from "@/components/reviews/past-reviews";
import { reviewWords } from "@/components/reviews/server-words";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { getT } from "@/lib/i18n/server";
import { listPastReviews } from "@/lib/reviews/queries";
import { buildTrends } from "@/lib/reviews/trends";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePastReviews") };
}

const TREND_WEEKS = 12;

/** Our past reviews and, per agreement, how it went for each of us over the weeks. */
export default async function ReviewHistoryPage() {
  const member = await requireCouple("/review/history");
  const reviews = await listPastReviews(member.couple.id, member.user.id);
  const trends = buildTrends(reviews.slice(0, TREND_WEEKS));
  const partner = member.couple.partner;
  const { say } = await reviewWords();
  const { t } = say;
  const people = { meId: member.user.id, meName: member.user.name, partnerId: partner?.id ?? null, partnerName: partner?.name ?? t("people.former") };
  return (
    <main className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("history.title")}</h1>
        <p className="text-muted">{t("history.intro")}</p>
      </header>
      {reviews.length === 0 ? (
        <Card className="flex flex-col gap-3" data-testid="history-empty">
          <p>{t("history.empty")}</p>
          {member.couple.endedAt ? null : <LinkButton href="/review">{t("page.title")}</LinkButton>}
        </Card>
      ) : (
        <>
          <section aria-labelledby="trends" className="flex flex-col gap-3">
            <h2 id="trends" className="text-lg font-semibold">
              {t("history.trendsTitle")}
            </h2>
            {trends.series.length ? (
              trends.series.map((s) => <TrendChart key={s.agreementId} axis={trends.reviews} series={s} partnerName={people.partnerName} timeZone={member.user.timeZone} say={say} />)
            ) : (
              <p className="text-muted">{t("history.trendsEmpty")}</p>
            )}
          </section>
          <section aria-labelledby="each-review" className="flex flex-col gap-3">
            <h2 id="each-review" className="text-lg font-semibold">
              {t("history.listTitle")}
            </h2>
            <PastReviews reviews={reviews} people={people} timeZone={member.user.timeZone} say={say} />
          </section>
        </>
      )}
    </main>
  );
}
