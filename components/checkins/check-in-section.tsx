import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Member } from "@/lib/auth/member";
import { dayWords, sentence, whenForUs } from "@/lib/checkins/format";
import { ourRhythms, recentCheckIns } from "@/lib/checkins/queries";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import { CheckInCard, Parts } from "./check-in-card";
import { CheckInLiveNote } from "./check-in-live-note";
import { RhythmQuestion } from "./rhythm-question";

/**
 * The check-in part of an active check-in agreement's page: where it stands (log it), "kept K of
 * the N we planned this month", the question after a miss, and our recent check-ins with what
 * each of us said. For the weekly review's rhythm: when it is, and the way to the review.
 */
export async function CheckInSection({
  agreementId,
  member,
  canWrite,
}: {
  agreementId: string;
  member: Member & { couple: NonNullable<Member["couple"]> };
  canWrite: boolean;
}) {
  const now = new Date();
  const [view] = await ourRhythms({ coupleId: member.couple.id, userId: member.user.id }, now, { agreementId });
  if (!view) return null;
  const me = { id: member.user.id, timeZone: member.user.timeZone };
  const partner = member.couple.partner;
  const [t, locale] = await Promise.all([getT("checkins"), getLocale()]);

  if (view.purpose === "REVIEW") {
    const next = view.due.state === "upcoming" ? view.due.next : view.due.occurrence;
    return (
      <Card className="flex flex-col gap-3" data-testid="review-rhythm">
        <h2 className="text-lg font-semibold">{t("reviewRhythm.title")}</h2>
        <p data-testid="checkin-when">{sentence(whenForUs(next.at, me, partner, now, locale, t))}</p>
        <p className="text-muted">{t("reviewRhythm.body")}</p>
        {canWrite ? (
          <LinkButton href="/review" variant="secondary">
            {t("reviewRhythm.open")}
          </LinkButton>
        ) : null}
      </Card>
    );
  }

  // The check-in the card already shows is not repeated below it.
  const recent = (await recentCheckIns(member.couple.id, agreementId, 6)).filter((c) => c.id !== view.current?.id).slice(0, 5);
  return (
    <>
      {canWrite && partner ? <CheckInLiveNote meId={me.id} partnerName={partner.name} words={await clientWords("checkins", ["live"])} /> : null}
      <CheckInCard
        view={view}
        now={now}
        me={me}
        partner={partner}
        options={[{ agreementId, about: view.about }]}
        canWrite={canWrite}
        context="agreement"
      />
      {canWrite && view.question ? <RhythmQuestion agreementId={agreementId} day={dayWords(view.question.at, me.timeZone, now, locale)} words={await clientWords("checkins", ["question"])} /> : null}
      {recent.length === 0 && view.current ? null : (
        <section aria-labelledby="recent-check-ins" className="flex flex-col gap-3" data-testid="recent-check-ins">
          <h2 id="recent-check-ins" className="text-lg font-semibold">
            {view.current ? t("section.older") : t("section.recent")}
          </h2>
          {recent.length === 0 ? <p className="text-muted">{t("section.noneYet")}</p> : null}
          <ul className="flex flex-col gap-3">
            {recent.map((c) => (
              <li key={c.id} className="flex flex-col gap-2">
                <p className="text-sm font-semibold text-muted">{sentence(dayWords(c.happenedAt, me.timeZone, now, locale).day)}</p>
                <Parts parts={c.parts} me={me} partner={partner} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
