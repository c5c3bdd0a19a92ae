import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import type { ReviewSay } from "./words";

/** When our review is (the rhythm we agreed), or the first step to agree one; and the way to past reviews. */
export function ReviewAside({ next, timeZone, say }: { next: { agreementId: string; at: Date | null } | null; timeZone: string; say: ReviewSay }) {
  const { t, locale } = say;
  const when = next?.at ? `${formatDate(locale, timeZone, next.at, "dayLong")}, ${formatDate(locale, timeZone, next.at, "time")}` : null;
  return (
    <div className="flex flex-col gap-3">
      <section className="flex flex-col gap-2 rounded-3xl border border-line bg-surface p-5" data-testid="review-rhythm">
        {next && when ? (
          <>
            <p className="text-base">{t("page.rhythmNext", { when })}</p>
            <Link href={`/agreements/${next.agreementId}`} className="inline-flex min-h-11 items-center self-start text-accent underline underline-offset-4">
              {t("page.rhythmChange")}
            </Link>
          </>
        ) : (
          <>
            <p className="text-base">{t("page.rhythmNone")}</p>
            <LinkButton href="/agreements/new/check-in?template=weekly-review" variant="secondary">
              {t("page.rhythmSetUp")}
            </LinkButton>
          </>
        )}
      </section>
      <Link href="/review/history" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold" data-testid="review-history-link">
        {t("page.pastReviews")}
      </Link>
    </div>
  );
}
