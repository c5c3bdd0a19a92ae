import type { Metadata } from "next";
import Link from "next/link";
import { PauseHistoryList } from "@/components/pause/pause-history";
import { StartPause } from "@/components/pause/start-pause";
import { requireActiveCouple } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { getPauseState, listPauseHistory } from "@/lib/pause/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePause") };
}

export default async function PausePage() {
  const member = await requireActiveCouple("/pause");
  const [state, history, t, words] = await Promise.all([
    getPauseState(member.couple.id, { forPage: true }),
    listPauseHistory(member.couple.id, 5),
    getT("pause"),
    clientWords("pause", ["start", "yourPartner", "YourPartner"]),
  ]);
  const partner = member.couple.partner;
  return (
    <main className="flex flex-col gap-10">
      <StartPause
        initial={state}
        viewer={{ userId: member.user.id, partnerName: partner?.name ?? null, timeZone: member.user.timeZone }}
        words={words}
      />
      <section aria-labelledby="recent-pauses" className="flex flex-col gap-3">
        <h2 id="recent-pauses" className="text-lg font-semibold">
          {t("page.recent")}
        </h2>
        <PauseHistoryList
          pauses={history}
          now={state.serverNow}
          viewer={{ userId: member.user.id, partnerId: partner?.id ?? null, partnerName: partner?.name ?? null, timeZone: member.user.timeZone }}
        />
        {history.length ? (
          <Link href="/history" className="text-base font-medium text-accent underline underline-offset-4">
            {t("page.allHistory")}
          </Link>
        ) : null}
      </section>
    </main>
  );
}
