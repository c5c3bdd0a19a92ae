import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewSummary } from "@/components/reviews/review-summary";
import { reviewWords } from "@/components/reviews/server-words";
import { LinkButton } from "@/components/ui/button";
import { requireCouple } from "@/lib/auth/guard";
import { getT } from "@/lib/i18n/server";
import { getReviewSummary } from "@/lib/reviews/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("review"))("page.titleSummary") };
}

/** One finished review, as saved. An open one (or another couple's id) is not here: the review screen shows it. */
export default async function ReviewSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireCouple(`/review/${id}`);
  const summary = await getReviewSummary(member.couple.id, id, member.user.id);
  if (!summary) notFound();
  const partner = member.couple.partner;
  const { say } = await reviewWords();
  const { t } = say;
  return (
    <main className="flex flex-col gap-5">
      <ReviewSummary
        view={summary.view}
        glance={summary.glance}
        people={{ meId: member.user.id, meName: member.user.name, partnerId: partner?.id ?? null, partnerName: partner?.name ?? t("people.former") }}
        timeZone={member.user.timeZone}
        say={say}
      />
      <div className="grid grid-cols-1 gap-2">
        <LinkButton href="/review/history" variant="secondary">
          {t("history.title")}
        </LinkButton>
        <LinkButton href="/review" variant="quiet">
          {t("summary.back")}
        </LinkButton>
      </div>
    </main>
  );
}
