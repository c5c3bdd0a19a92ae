import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/agreements/decision-panel";
import { DiffList } from "@/components/agreements/diff-list";
import { FieldList } from "@/components/agreements/field-list";
import { LiveNote } from "@/components/agreements/live-note";
import { ProposeRetire } from "@/components/agreements/propose-retire";
import { UseOurLine } from "@/components/agreements/use-our-line";
import { describeProposal, subject, VersionHistory } from "@/components/agreements/version-history";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { agreementTitle, KIND_LABELS, ourLine } from "@/lib/agreements/describe";
import { diffContent } from "@/lib/agreements/diff";
import { comparisonBase } from "@/lib/agreements/history";
import { getAgreementDetail, viewerFor } from "@/lib/agreements/queries";
import { CheckInSection } from "@/components/checkins/check-in-section";

export const metadata: Metadata = { title: "Agreement" };

const STATUS_WORDS = { PROPOSED: "A proposal", ACTIVE: "Ours", RETIRED: "Retired", CLOSED: "Not taken up" } as const;

/** One agreement: the proposal waiting (with what it would change), what we agreed, and its story. */
export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireCouple(`/agreements/${id}`);
  const agreement = await getAgreementDetail(member.couple.id, id);
  if (!agreement) notFound();
  const viewer = viewerFor(member);
  const canWrite = !member.couple.endedAt && !!member.couple.partner;
  const partnerName = member.couple.partner?.name ?? "your partner";
  const { pending, active } = agreement;
  const shown = active ?? pending ?? agreement.versions.at(-1)!;
  const base = pending ? comparisonBase(agreement.versions, pending) : null;
  const pendingDiff = pending && base ? diffContent(base.content, pending.content, viewer) : [];
  const line = active && agreement.status === "ACTIVE" ? ourLine(active.content) : null;
  const rhythm = active && agreement.status === "ACTIVE" && agreement.kind === "CHECK_IN";

  return (
    <div className="flex flex-col gap-5">
      {canWrite ? <LiveNote meId={member.user.id} partnerName={partnerName} /> : null}
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          ← Our agreements
        </Link>
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">
          {KIND_LABELS[agreement.kind].one} · <span data-testid="agreement-status">{STATUS_WORDS[agreement.status]}</span>
        </p>
        <h1 className="text-2xl font-semibold break-words">{agreementTitle(shown.content)}</h1>
      </header>
      {member.couple.endedAt ? <EndedNotice /> : null}

      {pending ? (
        <Card className="flex flex-col gap-4 border-accent" data-testid="pending-proposal">
          <div>
            <h2 className="text-lg font-semibold">
              {subject(pending.proposedById, viewer)} {describeProposal(agreement.versions, pending)}
            </h2>
            {pending.proposedById !== member.user.id && !pending.note ? <p className="text-muted">Would this work for us?</p> : null}
          </div>
          {pending.note ? <p className="border-l-2 border-accent pl-3 break-words italic">“{pending.note}”</p> : null}
          {pendingDiff.length ? (
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">What would change</h3>
              <DiffList lines={pendingDiff} />
            </div>
          ) : null}
          {pending.action === "CREATE" && !pendingDiff.length ? <FieldList content={pending.content} viewer={viewer} /> : null}
          {pending.action === "RETIRE" ? <p>If you both agree, it moves to past agreements. It stays ours until then.</p> : null}
          {canWrite ? (
            <DecisionPanel
              agreementId={agreement.id}
              versionId={pending.id}
              role={pending.proposedById === member.user.id ? "proposer" : "answer"}
              retiring={pending.action === "RETIRE"}
              partnerName={partnerName}
            />
          ) : null}
        </Card>
      ) : null}

      {rhythm ? <CheckInSection agreementId={agreement.id} member={member} canWrite={canWrite} /> : null}

      {active ? (
        <Card className="flex flex-col gap-4" data-testid="active-version">
          <h2 className="text-lg font-semibold">{agreement.status === "RETIRED" ? "What we had agreed" : "What we agreed"}</h2>
          <FieldList content={active.content} viewer={viewer} />
          {line && !member.couple.endedAt ? <UseOurLine text={line} /> : null}
          {canWrite && agreement.status === "ACTIVE" && !pending ? (
            <div className="flex flex-col gap-2">
              <LinkButton href={`/agreements/${agreement.id}/change`} variant="secondary" data-testid="propose-change">
                Propose a change
              </LinkButton>
              <ProposeRetire agreementId={agreement.id} basedOnVersionId={active.id} partnerName={partnerName} />
            </div>
          ) : null}
        </Card>
      ) : null}

      {!pending && !active ? (
        <Card>
          <FieldList content={shown.content} viewer={viewer} />
        </Card>
      ) : null}

      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-lg font-semibold">
          How we got here
        </h2>
        <VersionHistory versions={agreement.versions} viewer={viewer} timeZone={member.user.timeZone} />
      </section>
    </div>
  );
}
