import Link from "next/link";
import { agreementSummary, agreementTitle, formatPerson, kindLabel, ourLine, type Viewer } from "@/lib/agreements/describe";
import type { AgreementView } from "@/lib/agreements/queries";
import { clientWords, getT } from "@/lib/i18n/server";
import { StatusPill } from "./status-pill";
import { UseOurLine } from "./use-our-line";

/** One agreement in a list: what it is and where it stands. The summary is never cut short: with larger text, two lines would hide most of it. */
export async function AgreementCard({ agreement, viewer, showLine = false }: { agreement: AgreementView; viewer: Viewer; showLine?: boolean }) {
  const t = await getT("agreements");
  const content = (agreement.active ?? agreement.pending ?? agreement.latest).content;
  const pending = agreement.pending;
  const forMe = pending && pending.proposedById !== viewer.meId;
  const line = showLine && agreement.active ? ourLine(agreement.active.content) : null;
  const who = forMe ? t("card.forYou") : t("card.forPartner", { partner: formatPerson(partnerOf(viewer), viewer) });
  const status = !pending ? null : agreement.status === "PROPOSED" ? "card.newProposal" : pending.action === "RETIRE" ? "card.retiring" : "card.change";
  return (
    <article className="rounded-3xl border border-line bg-surface" data-testid="agreement-card">
      <Link href={`/agreements/${agreement.id}`} className="flex min-h-12 flex-col gap-1 rounded-3xl p-4">
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-semibold tracking-wide text-muted uppercase">{kindLabel(agreement.kind, "one", viewer.w)}</span>
          {status ? <StatusPill tone={forMe ? "waiting" : "quiet"}>{t(status, { who })}</StatusPill> : null}
        </span>
        <span className="text-lg leading-snug font-semibold break-words">{agreementTitle(content, viewer.w)}</span>
        <span className="text-muted break-words">{agreementSummary(content, viewer)}</span>
      </Link>
      {line ? (
        <div className="px-4 pb-3">
          <UseOurLine text={line} words={await clientWords("agreements", ["line"])} />
        </div>
      ) : null}
    </article>
  );
}

function partnerOf(viewer: Viewer): string {
  return Object.keys(viewer.names).find((id) => id !== viewer.meId) ?? "partner";
}
