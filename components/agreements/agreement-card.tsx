import Link from "next/link";
import { agreementSummary, agreementTitle, formatPerson, KIND_LABELS, ourLine, type Viewer } from "@/lib/agreements/describe";
import type { AgreementView } from "@/lib/agreements/queries";
import { StatusPill } from "./status-pill";
import { UseOurLine } from "./use-our-line";

/** One agreement in a list: what it is, in a line or two, and where it stands. */
export function AgreementCard({ agreement, viewer, showLine = false }: { agreement: AgreementView; viewer: Viewer; showLine?: boolean }) {
  const content = (agreement.active ?? agreement.pending ?? agreement.latest).content;
  const pending = agreement.pending;
  const forMe = pending && pending.proposedById !== viewer.meId;
  const line = showLine && agreement.active ? ourLine(agreement.active.content) : null;
  return (
    <article className="rounded-3xl border border-line bg-surface" data-testid="agreement-card">
      <Link href={`/agreements/${agreement.id}`} className="flex min-h-12 flex-col gap-1 rounded-3xl p-4">
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-semibold tracking-wide text-muted uppercase">{KIND_LABELS[agreement.kind].one}</span>
          {pending ? (
            <StatusPill tone={forMe ? "waiting" : "quiet"}>
              {statusText(pending.action, agreement.status, forMe ? "for you" : `for ${formatPerson(partnerOf(viewer), viewer)}`)}
            </StatusPill>
          ) : null}
        </span>
        <span className="text-lg leading-snug font-semibold break-words">{agreementTitle(content)}</span>
        <span className="line-clamp-2 text-muted break-words">{agreementSummary(content, viewer)}</span>
      </Link>
      {line ? (
        <div className="px-4 pb-3">
          <UseOurLine text={line} />
        </div>
      ) : null}
    </article>
  );
}

function partnerOf(viewer: Viewer): string {
  return Object.keys(viewer.names).find((id) => id !== viewer.meId) ?? "partner";
}

function statusText(action: string, status: string, who: string): string {
  if (status === "PROPOSED") return `New proposal · waiting ${who}`;
  if (action === "RETIRE") return `Retiring proposed · waiting ${who}`;
  return `Change proposed · waiting ${who}`;
}
