import type { Metadata } from "next";
import { EndedNotice } from "@/components/couples/ended-notice";
import { ReviewScreen } from "@/components/reviews/review-screen";
import { ReviewAside } from "@/components/reviews/rhythm-card";
import { reviewWords } from "@/components/reviews/server-words";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listAgreements } from "@/lib/agreements/queries";
import { requireCouple } from "@/lib/auth/guard";
import { getT } from "@/lib/i18n/server";
import { weekGlance } from "@/lib/reviews/glance";
import { getOpenReviewView, nextReview } from "@/lib/reviews/queries";
import { reviewWeek } from "@/lib/reviews/rhythm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleReview") };
}

/** The weekly review: our week at a glance and a way to start, or the review that is open right now. */
export default async function ReviewPage() {
  const member = await requireCouple("/review");
  const partner = member.couple.partner;
  const { words, kinds, titleWords, say } = await reviewWords();
  const { t } = say;
  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold">{t("page.title")}</h1>
    </header>
  );
  if (member.couple.endedAt || !partner) {
    return (
      <main className="flex flex-col gap-5">
        {header}
        {member.couple.endedAt ? <EndedNotice /> : null}
        {member.couple.endedAt ? (
          <LinkButton href="/review/history" variant="secondary">
            {t("page.pastReviews")}
          </LinkButton>
        ) : (
          <Card className="flex flex-col gap-3">
            <p>{t("page.needsPartner")}</p>
            <LinkButton href="/together">{t("page.invite")}</LinkButton>
          </Card>
        )}
      </main>
    );
  }
  const coupleId = member.couple.id;
  const now = new Date();
  const [open, active, next] = await Promise.all([getOpenReviewView(coupleId, member.user.id), listAgreements(coupleId, ["ACTIVE"]), nextReview(coupleId, now)]);
  const timeZone = next?.rhythm.content.timeZone ?? member.user.timeZone;
  const [glance, reviewGlance] = await Promise.all([
    weekGlance(coupleId, reviewWeek(now, timeZone), now, timeZone),
    open ? weekGlance(coupleId, { from: new Date(open.weekFrom), to: new Date(open.startedAt) }, now, open.timeZone) : null,
  ]);
  return (
    <main className="flex flex-col gap-5">
      {header}
      {!open ? <p className="-mt-3 text-muted">{t("page.intro")}</p> : null}
      {!open && active.length === 0 ? (
        <Card className="flex flex-col gap-3" data-testid="review-empty">
          <p>{t("page.nothingToReview")}</p>
          <LinkButton href="/agreements/new">{t("page.firstAgreement")}</LinkButton>
        </Card>
      ) : null}
      <ReviewScreen
        initial={open}
        glance={glance}
        reviewGlance={reviewGlance}
        people={{ meId: member.user.id, meName: member.user.name, partnerId: partner.id, partnerName: partner.name }}
        canStart={active.length > 0}
        words={words}
        kinds={kinds}
        titleWords={titleWords}
        aside={<ReviewAside next={next ? { agreementId: next.rhythm.agreementId, at: next.at } : null} timeZone={member.user.timeZone} say={say} />}
      />
    </main>
  );
}
