import type { Metadata } from "next";
import Link from "next/link";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { LiveNote } from "@/components/agreements/live-note";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { kindLabel } from "@/lib/agreements/describe";
import { clientWords, getT, getWords } from "@/lib/i18n/server";
import { listAgreements, viewerFor } from "@/lib/agreements/queries";
import { DEFAULT_PAUSE_MINUTES, KINDS } from "@/lib/agreements/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleAgreements") };
}

/** What waits for my answer first, then what we have agreed, by kind. */
export default async function AgreementsPage() {
  const member = await requireCouple("/agreements");
  const ended = !!member.couple.endedAt;
  const [all, t, w, liveWords] = await Promise.all([
    listAgreements(member.couple.id, ["PROPOSED", "ACTIVE"]),
    getT("agreements"),
    getWords("agreements"),
    clientWords("agreements", ["live"]),
  ]);
  const viewer = viewerFor(member, w);
  const partnerName = member.couple.partner?.name ?? t("yourPartner");
  const forMe = all.filter((a) => a.pending && a.pending.proposedById !== member.user.id);
  const mine = all.filter((a) => a.pending && a.pending.proposedById === member.user.id);
  const active = all.filter((a) => a.status === "ACTIVE");
  const hasPauseRule = all.some((a) => a.kind === "PAUSE_RULE");

  return (
    <div className="flex flex-col gap-6">
      {!ended && member.couple.partner ? <LiveNote meId={member.user.id} partnerName={partnerName} words={liveWords} /> : null}
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("list.heading")}</h1>
        <p className="text-muted">{t("list.lead")}</p>
      </header>
      {ended ? <EndedNotice /> : null}
      {!ended && !member.couple.partner ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("list.needsBoth")}</h2>
          <p className="mt-2 text-muted">{t("list.needsBothLead")}</p>
          <LinkButton href="/together" className="mt-4 w-full">
            {t("list.invite")}
          </LinkButton>
        </Card>
      ) : null}

      {forMe.length ? (
        <section aria-labelledby="for-me" className="flex flex-col gap-3" data-testid="waiting-for-me">
          <h2 id="for-me" className="text-lg font-semibold">
            {t("list.waitingForYou")}
          </h2>
          {forMe.map((a) => (
            <AgreementCard key={a.id} agreement={a} viewer={viewer} />
          ))}
        </section>
      ) : null}

      {all.length === 0 ? (
        <Card className="flex flex-col gap-3" data-testid="agreements-empty">
          <h2 className="text-lg font-semibold">{t("list.emptyHeading")}</h2>
          <p className="text-muted">{t("list.emptyLead", { minutes: DEFAULT_PAUSE_MINUTES })}</p>
          {!ended && member.couple.partner ? (
            <>
              <LinkButton href="/agreements/new/pause-rule?template=pause-10">{t("list.startPauseRule")}</LinkButton>
              <LinkButton href="/agreements/new" variant="secondary">
                {t("list.allStartingPoints")}
              </LinkButton>
            </>
          ) : null}
        </Card>
      ) : null}

      {KINDS.map((kind) => {
        const items = active.filter((a) => a.kind === kind);
        if (kind === "PAUSE_RULE" && !items.length && all.length) {
          return (
            <section key={kind} aria-labelledby={`kind-${kind}`} className="flex flex-col gap-3">
              <h2 id={`kind-${kind}`} className="text-lg font-semibold">
                {kindLabel(kind, "many", w)}
              </h2>
              <Card className="flex flex-col gap-3">
                <p className="text-muted">{t("list.defaultPause", { minutes: DEFAULT_PAUSE_MINUTES })}</p>
                {!ended && !hasPauseRule && member.couple.partner ? (
                  <LinkButton href="/agreements/new/pause-rule?template=pause-10" variant="secondary">
                    {t("list.proposePauseRule")}
                  </LinkButton>
                ) : null}
              </Card>
            </section>
          );
        }
        if (!items.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="flex flex-col gap-3">
            <h2 id={`kind-${kind}`} className="text-lg font-semibold">
              {kindLabel(kind, "many", w)}
            </h2>
            {items.map((a) => (
              <AgreementCard key={a.id} agreement={a} viewer={viewer} showLine={!ended} />
            ))}
          </section>
        );
      })}

      {mine.filter((a) => a.status === "PROPOSED").length ? (
        <section aria-labelledby="mine" className="flex flex-col gap-3">
          <h2 id="mine" className="text-lg font-semibold">
            {t("list.waitingFor", { partner: partnerName })}
          </h2>
          {mine
            .filter((a) => a.status === "PROPOSED")
            .map((a) => (
              <AgreementCard key={a.id} agreement={a} viewer={viewer} />
            ))}
        </section>
      ) : null}

      <nav aria-label={t("list.more")} className="flex flex-col gap-2">
        {!ended && member.couple.partner && all.length ? <LinkButton href="/agreements/new">{t("list.propose")}</LinkButton> : null}
        {active.length ? (
          <Link href="/review" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold" data-testid="agreements-review-link">
            {t("list.review")}
          </Link>
        ) : null}
        <div className="button-row">
          <Link href="/agreements/needs" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
            {t("list.needsMap")}
          </Link>
          <Link href="/agreements/past" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
            {t("list.past")}
          </Link>
        </div>
      </nav>
    </div>
  );
}
