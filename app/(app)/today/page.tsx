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
import { dayLabel, sentence, whenForUs } from "@/lib/checkins/format";
import { todayView } from "@/lib/today";

export const metadata: Metadata = { title: "Today" };

/** Today's words, in one place. */
const WORDS = {
  invite: {
    title: "Bring your partner in",
    body: "Agreements need both of you. Send an invite to get started.",
    button: "Invite my partner",
  },
  waiting: (n: number) => (n === 1 ? "A proposal is waiting for your answer" : `${n} proposals are waiting for your answer`),
  waitingBody: "Take your time. Nothing becomes ours until you say yes.",
  review: {
    near: "Our weekly review",
    due: "It’s time for our weekly review",
    open: "Open our review",
    inProgress: "Our weekly review is open",
    inProgressBody: "We can pick it up where we left it.",
    continue: "Continue our review",
  },
  start: {
    title: "A good place to start",
    body: "Most couples begin with a pause rule and a weekly check-in. Pick one, make it yours, and it becomes ours when you both say yes.",
    pause: "The 10-minute pause",
    checkIn: "A weekly check-in",
    more: "More starting points",
  },
  noCheckIn: { body: "No check-in agreed yet. A short, regular one is a good first agreement.", button: "Suggest one" },
  calm: "Nothing needs us right now.",
  partner: "You and",
  pauseHint: "If things get heated, the Pause button below starts a breather on both your phones.",
};

function greeting(timeZone: string, now: Date) {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(now));
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

/** "What now?": our check-in (log it when due), proposals waiting for me, the review when near, or a first step. */
export default async function TodayPage({ searchParams }: { searchParams: Promise<{ log?: string | string[] }> }) {
  // The home-screen shortcut "Log a check-in" (lib/pwa/manifest.ts): the first card opens its form.
  const logShortcut = (await searchParams).log === "check-in";
  const member = await requireMember("/today");
  const now = new Date();
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
  const calm = view && !needsUs.length && !questions.length && view.waitingForMe === 0 && !reviewCalls && !view.newCouple;

  return (
    <div className="flex flex-col gap-5">
      {view && partner ? <CheckInLiveNote meId={me.id} partnerName={partner.name} /> : null}
      <h1 className="text-2xl font-semibold" data-testid="greeting">
        {greeting(member.user.timeZone, now)}, {member.user.name}
      </h1>
      {couple?.endedAt ? <EndedNotice /> : null}
      {!couple || (!partner && !couple.endedAt) ? (
        <Card>
          <h2 className="text-lg font-semibold">{WORDS.invite.title}</h2>
          <p className="mt-2 text-muted">{WORDS.invite.body}</p>
          <LinkButton href="/together" className="mt-4 w-full">
            {WORDS.invite.button}
          </LinkButton>
        </Card>
      ) : null}

      {calm ? (
        <p className="text-muted" data-testid="today-calm">
          {WORDS.calm}
        </p>
      ) : null}

      {view
        ? shown.map((c, i) => (
            <CheckInCard key={c.agreementId} view={c} now={now} me={me} partner={partner} options={options} canWrite context="today" openLog={logShortcut && i === 0} />
          ))
        : null}
      {questions.map((c) => (
        <RhythmQuestion key={c.agreementId} agreementId={c.agreementId} day={dayLabel(c.question!.at, me.timeZone, now)} />
      ))}

      {view && view.waitingForMe > 0 ? (
        <Link href="/agreements" data-testid="today-waiting" className="block rounded-3xl border border-line bg-accent-soft p-5">
          <p className="text-lg font-semibold">{WORDS.waiting(view.waitingForMe)}</p>
          <p className="mt-1 text-muted">{WORDS.waitingBody}</p>
        </Link>
      ) : null}

      {view?.review ? (
        <Card data-testid="today-review" className={reviewCalls ? "border-accent" : ""}>
          <h2 className="text-lg font-semibold">
            {view.review.kind === "open" ? WORDS.review.inProgress : view.review.kind === "due" ? WORDS.review.due : WORDS.review.near}
          </h2>
          <p className="mt-1">{view.review.kind === "open" ? WORDS.review.inProgressBody : sentence(whenForUs(view.review.at, me, partner, now))}</p>
          <LinkButton href="/review" variant={reviewCalls ? "primary" : "secondary"} className="mt-4 w-full">
            {view.review.kind === "open" ? WORDS.review.continue : WORDS.review.open}
          </LinkButton>
        </Card>
      ) : null}

      {view?.newCouple ? (
        <Card data-testid="today-start">
          <h2 className="text-lg font-semibold">{WORDS.start.title}</h2>
          <p className="mt-2 text-muted">{WORDS.start.body}</p>
          <div className="mt-4 flex flex-col gap-2">
            <LinkButton href={`/agreements/new/${kindSlug("PAUSE_RULE")}?template=pause-10`} data-testid="start-pause">
              {WORDS.start.pause}
            </LinkButton>
            <LinkButton
              href={`/agreements/new/${kindSlug("CHECK_IN")}?template=weekly-check-in`}
              variant="secondary"
              data-testid="start-check-in"
            >
              {WORDS.start.checkIn}
            </LinkButton>
            <LinkButton href="/agreements/new" variant="quiet">
              {WORDS.start.more}
            </LinkButton>
          </div>
        </Card>
      ) : null}
      {view && !view.newCouple && view.checkIns.length === 0 ? (
        <Card>
          <p className="text-muted">{WORDS.noCheckIn.body}</p>
          <LinkButton href={`/agreements/new/${kindSlug("CHECK_IN")}?template=weekly-check-in`} variant="secondary" className="mt-3 w-full">
            {WORDS.noCheckIn.button}
          </LinkButton>
        </Card>
      ) : null}

      {partner && !couple?.endedAt ? (
        <Card>
          <p className="text-muted">{WORDS.partner}</p>
          <p className="text-xl font-semibold" data-testid="partner-name">
            {partner.name}
          </p>
          <p className="mt-2 text-sm text-muted">{WORDS.pauseHint}</p>
        </Card>
      ) : null}
    </div>
  );
}
