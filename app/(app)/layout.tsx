import { BottomNav } from "@/components/nav/bottom-nav";
import { IntentLink } from "@/components/nav/intent-link";
import { PauseLayer } from "@/components/pause/pause-layer";
import { KeepPagesOffline } from "@/components/pwa/keep-pages";
import { OfflineBanner } from "@/components/pwa/offline-banner";
import { reminderWords } from "@/components/reviews/reminder-words";
import { ReviewReminder } from "@/components/reviews/review-reminder";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { requireMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { navBadges } from "@/lib/nav-badges";
import { getPauseState } from "@/lib/pause/queries";
import { reviewNear } from "@/lib/reviews/queries";

/** Every signed-in screen: the guard, the live connection and the bottom navigation. */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  const activeCouple = member.couple && !member.couple.endedAt ? member.couple : null;
  const [badges, pauseState, near, t, navWords, pwaWords, reviewT] = await Promise.all([
    navBadges(member),
    activeCouple ? getPauseState(activeCouple.id, { forPage: true }) : null,
    activeCouple?.partner ? reviewNear(activeCouple.id, new Date()) : null,
    getT("common"),
    clientWords("nav"),
    clientWords("pwa", ["yourPartner", "banner", "queued"]),
    getT("review"),
  ]);
  const reminder = reminderWords(reviewT, near, member.user.id, activeCouple?.partner?.name ?? "");
  return (
    <RealtimeProvider>
      {/* Whose page this is: the service worker keeps it only for this person (lib/pwa/sw/policy.ts). */}
      <meta name="steady-user" content={member.user.id} />
      <OfflineBanner partnerName={activeCouple?.partner?.name ?? null} timeZone={member.user.timeZone} canPause={!!activeCouple?.partner} words={pwaWords} />
      <KeepPagesOffline />
      <header className="mx-auto flex max-w-md items-center justify-between px-4 pt-3 print:hidden">
        <span className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</span>
        <span className="flex items-center">
          {/* My private journal, one tap from every screen, without a fifth tab in the bar below. */}
          <IntentLink href="/journal" className="flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-4" data-testid="header-journal">
            {t("myJournal")}
          </IntentLink>
          <IntentLink href="/help" className="flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-4">
            {t("getHelp")}
          </IntentLink>
        </span>
      </header>
      <div className="mx-auto min-h-dvh max-w-md px-4 pt-2 pb-32 print:min-h-0 print:max-w-none print:p-0">
        <ReviewReminder reminder={reminder} />
        {children}
      </div>
      <BottomNav badges={badges} pauseMinutes={activeCouple?.partner ? pauseState?.plan.minutes : undefined} words={navWords} />
      <PauseLayer member={member} initial={pauseState} />
    </RealtimeProvider>
  );
}
