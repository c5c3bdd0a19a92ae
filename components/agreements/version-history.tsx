import type { Viewer } from "@/lib/agreements/describe";
import { diffContent } from "@/lib/agreements/diff";
import { comparisonBase } from "@/lib/agreements/history";
import { describeOutcome, describeProposal, subject } from "@/lib/agreements/history-words";
import type { VersionView } from "@/lib/agreements/queries";
import { DiffList } from "./diff-list";

export { describeProposal, subject };

/** Every version, newest first: who proposed what, what it changed, and how it was answered. */
export function VersionHistory({ versions, viewer, timeZone }: { versions: VersionView[]; viewer: Viewer; timeZone: string }) {
  const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  const when = (d: Date) => format.format(d);
  return (
    <ol className="flex flex-col gap-3" data-testid="history">
      {[...versions].reverse().map((v) => {
        const base = comparisonBase(versions, v);
        const lines = base ? diffContent(base.content, v.content, viewer) : [];
        return (
          <li key={v.id} className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4" data-testid="history-entry">
            <p>
              <span className="font-semibold">{subject(v.proposedById, viewer)}</span> {describeProposal(versions, v)}
              <span className="block text-sm text-muted">{when(v.proposedAt)}</span>
            </p>
            {v.note ? <p className="border-l-2 border-line pl-3 break-words text-muted italic">“{v.note}”</p> : null}
            {lines.length ? <DiffList lines={lines} /> : null}
            <p className="text-sm font-medium">{describeOutcome(v, viewer, when)}</p>
            {v.status === "DECLINED" && v.declineReason ? <p className="border-l-2 border-line pl-3 break-words text-muted italic">“{v.declineReason}”</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
