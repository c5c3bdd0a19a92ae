import type { Metadata } from "next";
import Link from "next/link";
import { CheckInCard } from "@/components/checkins/check-in-card";
import { CheckInLiveNote } from "@/components/checkins/check-in-live-note";
import { RhythmQuestion } from "@/components/checkins/rhythm-question";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { kindSlug } from "@/lib/agreements/describe";
import { requireMember } from "@/lib/auth/guard";
import { isCoupleMember } from "@/lib/auth/member";
import { dayWords, sentence, whenForUs } from "@/lib/checkins/format";
import { localTimeIn } from "@/lib/checkins/local-time";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import { todayView } from "@/lib/today";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleToday") };
}

/** "morning", "afternoon" or "evening" on this person's clock. */
function partOfDay(timeZone: string, now: Date) {
  const hour = Number(localTimeIn(now, timeZone).time.slice(0, 2));
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
}

/** "What now?": our check-in (log it when due), proposals waiting for me, the review when near, or a first step. */
export default async function TodayPage({ searchParams }: { searchParams: Promise<{ log?: string | string[] }> }) {
  // The home-screen shortcut "Log a check-in" (lib/pwa/manifest.ts): the first card opens its form.
  const logShortcut = (await searchParams).log === "check-in";
  const member = await requireMember("/today");
  const now = new Date();
  const [t, tc, locale] = await Promise.all([getT("today"), getT("checkins"), getLocale()]);
  const couple = member.couple;
  const partner = couple?.partner ?? null;
  const view = isCoupleMember(member) && partner ? await todayView(member, now) : null;
  const me = { id: member.user.id, timeZone: member.user.timeZone };
  const options = view?.checkIns.map((c) => ({ agreementId: c.agreementId, about: c.about })) ?? [];
  // Cards that need us (due, not yet logged, or waiting for my part); otherwise the next one.
  const needsUs =
    view?.checkIns.filter(
      (c) =>
        c.due.state === "due" || c.due.state === "missed" || (c.due.state === "kept" && !c.current?.parts.some((p) => p.userId === me.id)),
    ) ?? [];
  const shown = needsUs.length ? needsUs : (view?.checkIns.slice(0, 1) ?? []);
  const questions = view?.checkIns.filter((c) => c.question) ?? [];
  const reviewCalls = view?.review?.kind === "due" || view?.review?.kind === "open";
  const questionWords = questions.length ? await clientWords("checkins", ["question"]) : null;
  const calm = view && !needsUs.length && !questions.length && view.waitingForMe === 0 && !reviewCalls && !view.newCouple;

  return (
    <div className="flex flex-col gap-5">
      {view && partner ? <CheckInLiveNote meId={me.id} partnerName={partner.name} words={await clientWords("checkins", ["live"])} /> : null}
      <h1 className="text-2xl font-semibold" data-testid="greeting">
        {t("greeting", { part: partOfDay(member.user.timeZone, now), name: member.user.name })}
      </h1>
      {couple?.endedAt ? <EndedNotice /> : null}
      {!couple || (!partner && !couple.endedAt) ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("invite.title")}</h2>
          <p className="mt-2 text-muted">{t("invite.body")}</p>
          <LinkButton href="/together" className="mt-4 w-full">
            {t("invite.button")}
          </LinkButton>
        </Card>
      ) : null}

      {calm ? (
        <p className="text-muted" data-testid="today-calm">
          {t("calm")}
        </p>
      ) : null}

      {view
        ? shown.map((c, i) => (
            <CheckInCard key={c.agreementId} view={c} now={now} me={me} partner={partner} options={options} canWrite context="today" openLog={logShortcut && i === 0} />
          ))
        : null}
      {questions.map((c) => (
        <RhythmQuestion key={c.agreementId} agreementId={c.agreementId} day={dayWords(c.question!.at, me.timeZone, now, locale)} words={questionWords!} />
      ))}

      {view && view.waitingForMe > 0 ? (
        <Link href="/agreements" data-testid="today-waiting" className="block rounded-3xl border border-line bg-accent-soft p-5">
          <p className="text-lg font-semibold">{t("waiting.title", { count: view.waitingForMe })}</p>
          <p className="mt-1 text-muted">{t("waiting.body")}</p>
        </Link>
      ) : null}

      {view?.review ? (
        <Card data-testid="today-review" className={reviewCalls ? "border-accent" : ""}>
          <h2 className="text-lg font-semibold">
            {view.review.kind === "open" ? t("review.inProgress") : view.review.kind === "due" ? t("review.due") : t("review.near")}
          </h2>
          <p className="mt-1">{view.review.kind === "open" ? t("review.inProgressBody") : sentence(whenForUs(view.review.at, me, partner, now, locale, tc))}</p>
          <LinkButton href="/review" variant={reviewCalls ? "primary" : "secondary"} className="mt-4 w-full">
            {view.review.kind === "open" ? t("review.continue") : t("review.open")}
          </LinkButton>
        </Card>
      ) : null}

      {view?.newCouple ? (
        <Card data-testid="today-start">
          <h2 className="text-lg font-semibold">{t("start.title")}</h2>
          <p className="mt-2 text-muted">{t("start.body")}</p>
          <div className="mt-4 flex flex-col gap-2">
            <LinkButton href={`/agreements/new/${kindSlug("PAUSE_RULE")}?template=pause-10`} data-testid="start-pause">
              {t("start.pause")}
            </LinkButton>
            <LinkButton
              href={`/agreements/new/${kindSlug("CHECK_IN")}?template=weekly-check-in`}
              variant="secondary"
              data-testid="start-check-in"
            >
              {t("start.checkIn")}
            </LinkButton>
            <LinkButton href="/agreements/new" variant="quiet">
              {t("start.more")}
            </LinkButton>
          </div>
        </Card>
      ) : null}
      {view && !view.newCouple && view.checkIns.length === 0 ? (
        <Card>
          <p className="text-muted">{t("noCheckIn.body")}</p>
          <LinkButton href={`/agreements/new/${kindSlug("CHECK_IN")}?template=weekly-check-in`} variant="secondary" className="mt-3 w-full">
            {t("noCheckIn.button")}
          </LinkButton>
        </Card>
      ) : null}

      {partner && !couple?.endedAt ? (
        <Card>
          <p className="text-muted">{t("partner")}</p>
          <p className="text-xl font-semibold" data-testid="partner-name">
            {partner.name}
          </p>
          <p className="mt-2 text-sm text-muted">{t("pauseHint")}</p>
        </Card>
      ) : null}
    </div>
  );
}
