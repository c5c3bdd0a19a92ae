import type { Metadata } from "next";
import Link from "next/link";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { LiveNote } from "@/components/agreements/live-note";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { KIND_LABELS } from "@/lib/agreements/describe";
import { listAgreements, viewerFor } from "@/lib/agreements/queries";
import { DEFAULT_PAUSE_MINUTES, KINDS } from "@/lib/agreements/schemas";

export const metadata: Metadata = { title: "Agreements" };

/** What waits for my answer first, then what we have agreed, by kind. */
export default async function AgreementsPage() {
  const member = await requireCouple("/agreements");
  const ended = !!member.couple.endedAt;
  const viewer = viewerFor(member);
  const partnerName = member.couple.partner?.name ?? "your partner";
  const all = await listAgreements(member.couple.id, ["PROPOSED", "ACTIVE"]);
  const forMe = all.filter((a) => a.pending && a.pending.proposedById !== member.user.id);
  const mine = all.filter((a) => a.pending && a.pending.proposedById === member.user.id);
  const active = all.filter((a) => a.status === "ACTIVE");
  const hasPauseRule = all.some((a) => a.kind === "PAUSE_RULE");

  return (
    <div className="flex flex-col gap-6">
      {!ended && member.couple.partner ? <LiveNote meId={member.user.id} partnerName={partnerName} /> : null}
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Our agreements</h1>
        <p className="text-muted">What we’ve both said yes to, and what’s still being talked over.</p>
      </header>
      {ended ? <EndedNotice /> : null}
      {!ended && !member.couple.partner ? (
        <Card>
          <h2 className="text-lg font-semibold">Agreements need both of you</h2>
          <p className="mt-2 text-muted">Once your partner has joined, you can propose your first agreement here.</p>
          <LinkButton href="/together" className="mt-4 w-full">
            Invite my partner
          </LinkButton>
        </Card>
      ) : null}

      {forMe.length ? (
        <section aria-labelledby="for-me" className="flex flex-col gap-3" data-testid="waiting-for-me">
          <h2 id="for-me" className="text-lg font-semibold">
            Waiting for you
          </h2>
          {forMe.map((a) => (
            <AgreementCard key={a.id} agreement={a} viewer={viewer} />
          ))}
        </section>
      ) : null}

      {all.length === 0 ? (
        <Card className="flex flex-col gap-3" data-testid="agreements-empty">
          <h2 className="text-lg font-semibold">Nothing agreed yet — and that’s a fine place to start</h2>
          <p className="text-muted">
            A good first step is a pause rule: if either of us feels flooded, we take {DEFAULT_PAUSE_MINUTES} minutes and come back. Or pick something that’s come up lately.
          </p>
          {!ended && member.couple.partner ? (
            <>
              <LinkButton href="/agreements/new/pause-rule?template=pause-10">Start with a pause rule</LinkButton>
              <LinkButton href="/agreements/new" variant="secondary">
                See all starting points
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
                {KIND_LABELS[kind].many}
              </h2>
              <Card className="flex flex-col gap-3">
                <p className="text-muted">Until we agree on our own, a pause lasts {DEFAULT_PAUSE_MINUTES} minutes.</p>
                {!ended && !hasPauseRule && member.couple.partner ? (
                  <LinkButton href="/agreements/new/pause-rule?template=pause-10" variant="secondary">
                    Propose our pause rule
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
              {KIND_LABELS[kind].many}
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
            Waiting for {partnerName}
          </h2>
          {mine
            .filter((a) => a.status === "PROPOSED")
            .map((a) => (
              <AgreementCard key={a.id} agreement={a} viewer={viewer} />
            ))}
        </section>
      ) : null}

      <nav aria-label="More about our agreements" className="flex flex-col gap-2">
        {!ended && member.couple.partner && all.length ? <LinkButton href="/agreements/new">Propose an agreement</LinkButton> : null}
        {active.length ? (
          <Link href="/review" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold" data-testid="agreements-review-link">
            Our weekly review
          </Link>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <Link href="/agreements/needs" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
            Our needs map
          </Link>
          <Link href="/agreements/past" className="flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface px-3 text-center font-semibold">
            Past agreements
          </Link>
        </div>
      </nav>
    </div>
  );
}
