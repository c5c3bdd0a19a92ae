import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { REVIEW_COPY } from "./copy";

/** When our review is (the rhythm we agreed), or the first step to agree one; and the way to past reviews. */
export function ReviewAside({ next, timeZone }: { next: { agreementId: string; at: Date | null } | null; timeZone: string }) {
  const when = next?.at
    ? new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone }).format(next.at)
    : null;
  return (
    <div className="flex flex-col gap-3">
      <section className="flex flex-col gap-2 rounded-3xl border border-line bg-surface p-5" data-testid="review-rhythm">
        {next && when ? (
          <>
            <p className="text-base">{REVIEW_COPY.rhythmNext(when)}</p>
            <Link href={`/agreements/${next.agreementId}`} className="inline-flex min-h-11 items-center self-start text-accent underline underline-offset-4">
              {REVIEW_COPY.rhythmChange}
            </Link>
          </>
        ) : (
          <>
            <p className="text-base">{REVIEW_COPY.rhythmNone}</p>
            <LinkButton href="/agreements/new/check-in?template=weekly-review" variant="secondary">
              {REVIEW_COPY.rhythmSetUp}
            </LinkButton>
          </>
        )}
      </section>
      <Link href="/review/history" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold" data-testid="review-history-link">
        {REVIEW_COPY.pastReviews}
      </Link>
    </div>
  );
}
