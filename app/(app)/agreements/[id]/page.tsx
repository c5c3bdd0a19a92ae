import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/agreements/decision-panel";
import { DiffList } from "@/components/agreements/diff-list";
import { FieldList } from "@/components/agreements/field-list";
import { LiveNote } from "@/components/agreements/live-note";
import { ProposeRetire } from "@/components/agreements/propose-retire";
import { UseOurLine } from "@/components/agreements/use-our-line";
import { VersionHistory } from "@/components/agreements/version-history";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { agreementTitle, kindLabel, ourLine } from "@/lib/agreements/describe";
import { proposalValues } from "@/lib/agreements/history-words";
import { clientWords, getT, getWords } from "@/lib/i18n/server";
import { diffContent } from "@/lib/agreements/diff";
import { comparisonBase } from "@/lib/agreements/history";
import { getAgreementDetail, viewerFor } from "@/lib/agreements/queries";
import { CheckInSection } from "@/components/checkins/check-in-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleAgreement") };
}

/** One agreement: the proposal waiting (with what it would change), what we agreed, and its story. */
export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireCouple(`/agreements/${id}`);
  const agreement = await getAgreementDetail(member.couple.id, id);
  if (!agreement) notFound();
  const [t, common, w, words] = await Promise.all([getT("agreements"), getT("common"), getWords("agreements"), clientWords("agreements", ["live", "line", "decision", "retire"])]);
  const viewer = viewerFor(member, w);
  const canWrite = !member.couple.endedAt && !!member.couple.partner;
  const partnerName = member.couple.partner?.name ?? t("yourPartner");
  const { pending, active } = agreement;
  const shown = active ?? pending ?? agreement.versions.at(-1)!;
  const base = pending ? comparisonBase(agreement.versions, pending) : null;
  const pendingDiff = pending && base ? diffContent(base.content, pending.content, viewer) : [];
  const line = active && agreement.status === "ACTIVE" ? ourLine(active.content) : null;
  const rhythm = active && agreement.status === "ACTIVE" && agreement.kind === "CHECK_IN";

  return (
    <div className="flex flex-col gap-5">
      {canWrite ? <LiveNote meId={member.user.id} partnerName={partnerName} words={words} /> : null}
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("detail.back")}
        </Link>
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">
          {kindLabel(agreement.kind, "one", w)} · <span data-testid="agreement-status">{t(`detail.${agreement.status}`)}</span>
        </p>
        <h1 className="text-2xl font-semibold break-words">{agreementTitle(shown.content, w)}</h1>
      </header>
      {member.couple.endedAt ? <EndedNotice /> : null}

      {pending ? (
        <Card className="flex flex-col gap-4 border-accent" data-testid="pending-proposal">
          <div>
            <h2 className="text-lg font-semibold">{t.rich("history.proposal", { ...proposalValues(agreement.versions, pending, viewer), b: (c) => c })}</h2>
            {pending.proposedById !== member.user.id && !pending.note ? <p className="text-muted">{t("detail.wouldThisWork")}</p> : null}
          </div>
          {pending.note ? <p className="border-l-2 border-accent pl-3 break-words italic">{common("quoted", { text: pending.note })}</p> : null}
          {pendingDiff.length ? (
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">{t("detail.whatWouldChange")}</h3>
              <DiffList lines={pendingDiff} />
            </div>
          ) : null}
          {pending.action === "CREATE" && !pendingDiff.length ? <FieldList content={pending.content} viewer={viewer} /> : null}
          {pending.action === "RETIRE" ? <p>{t("detail.retireNote")}</p> : null}
          {canWrite ? (
            <DecisionPanel
              agreementId={agreement.id}
              versionId={pending.id}
              role={pending.proposedById === member.user.id ? "proposer" : "answer"}
              retiring={pending.action === "RETIRE"}
              partnerName={partnerName}
              words={words}
            />
          ) : null}
        </Card>
      ) : null}

      {rhythm ? <CheckInSection agreementId={agreement.id} member={member} canWrite={canWrite} /> : null}

      {active ? (
        <Card className="flex flex-col gap-4" data-testid="active-version">
          <h2 className="text-lg font-semibold">{agreement.status === "RETIRED" ? t("detail.hadAgreed") : t("detail.agreed")}</h2>
          <FieldList content={active.content} viewer={viewer} />
          {line && !member.couple.endedAt ? <UseOurLine text={line} words={words} /> : null}
          {canWrite && agreement.status === "ACTIVE" && !pending ? (
            <div className="flex flex-col gap-2">
              <LinkButton href={`/agreements/${agreement.id}/change`} variant="secondary" data-testid="propose-change">
                {t("detail.proposeChange")}
              </LinkButton>
              <ProposeRetire agreementId={agreement.id} basedOnVersionId={active.id} partnerName={partnerName} words={words} />
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
          {t("detail.story")}
        </h2>
        <VersionHistory versions={agreement.versions} viewer={viewer} timeZone={member.user.timeZone} />
      </section>
    </div>
  );
}
