import { BottomNav } from "@/components/nav/bottom-nav";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { requireMember } from "@/lib/auth/guard";
import { navBadges } from "@/lib/nav-badges";

/** Every signed-in screen: the guard, the live connection and the bottom navigation. */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  const badges = await navBadges(member);
  return (
    <RealtimeProvider>
      <div className="mx-auto min-h-dvh max-w-md px-4 pt-6 pb-32">{children}</div>
      <BottomNav badges={badges} />
    </RealtimeProvider>
  );
}
