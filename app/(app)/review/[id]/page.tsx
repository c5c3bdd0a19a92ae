import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { REVIEW_COPY } from "@/components/reviews/copy";
import { ReviewSummary } from "@/components/reviews/review-summary";
import { LinkButton } from "@/components/ui/button";
import { requireCouple } from "@/lib/auth/guard";
import { getReviewSummary } from "@/lib/reviews/queries";

export const metadata: Metadata = { title: "Our review" };

/** One finished review, as saved. An open one (or another couple's id) is not here: the review screen shows it. */
export default async function ReviewSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireCouple(`/review/${id}`);
  const summary = await getReviewSummary(member.couple.id, id, member.user.id);
  if (!summary) notFound();
  const partner = member.couple.partner;
  return (
    <main className="flex flex-col gap-5">
      <ReviewSummary
        view={summary.view}
        glance={summary.glance}
        people={{ meId: member.user.id, meName: member.user.name, partnerId: partner?.id ?? null, partnerName: partner?.name ?? "A former partner" }}
        timeZone={member.user.timeZone}
      />
      <div className="grid grid-cols-1 gap-2">
        <LinkButton href="/review/history" variant="secondary">
          {REVIEW_COPY.historyTitle}
        </LinkButton>
        <LinkButton href="/review" variant="quiet">
          {REVIEW_COPY.summaryBack}
        </LinkButton>
      </div>
    </main>
  );
}
