import Link from "next/link";
import { BottomNav } from "@/components/nav/bottom-nav";
import { PauseLayer } from "@/components/pause/pause-layer";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { requireMember } from "@/lib/auth/guard";
import { navBadges } from "@/lib/nav-badges";
import { getPauseState } from "@/lib/pause/queries";

/** Every signed-in screen: the guard, the live connection and the bottom navigation. */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  const activeCouple = member.couple && !member.couple.endedAt ? member.couple : null;
  const [badges, pauseState] = await Promise.all([navBadges(member), activeCouple ? getPauseState(activeCouple.id) : null]);
  return (
    <RealtimeProvider>
      <header className="mx-auto flex max-w-md items-center justify-between px-4 pt-3">
        <span className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</span>
        <span className="flex items-center">
          {/* My private journal, one tap from every screen, without a fifth tab in the bar below. */}
          <Link href="/journal" className="flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-4" data-testid="header-journal">
            My journal
          </Link>
          <Link href="/help" className="flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-4">
            Get help
          </Link>
        </span>
      </header>
      <div className="mx-auto min-h-dvh max-w-md px-4 pt-2 pb-32">{children}</div>
      <BottomNav badges={badges} pauseMinutes={activeCouple?.partner ? pauseState?.plan.minutes : undefined} />
      <PauseLayer member={member} initial={pauseState} />
    </RealtimeProvider>
  );
}
