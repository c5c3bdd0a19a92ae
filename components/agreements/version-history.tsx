import type { Viewer } from "@/lib/agreements/describe";
import { diffContent } from "@/lib/agreements/diff";
import { comparisonBase } from "@/lib/agreements/history";
import { describeOutcome, proposalValues } from "@/lib/agreements/history-words";
import type { VersionView } from "@/lib/agreements/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { DiffList } from "./diff-list";

/** Every version, newest first: who proposed what, what it changed, and how it was answered. */
export async function VersionHistory({ versions, viewer, timeZone }: { versions: VersionView[]; viewer: Viewer; timeZone: string }) {
  const [t, common, locale] = await Promise.all([getT("agreements"), getT("common"), getLocale()]);
  const when = (d: Date) => formatDate(locale, timeZone, d, "dateTimeShort");
  return (
    <ol className="flex flex-col gap-3" data-testid="history">
      {[...versions].reverse().map((v) => {
        const base = comparisonBase(versions, v);
        const lines = base ? diffContent(base.content, v.content, viewer) : [];
        return (
          <li key={v.id} className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4" data-testid="history-entry">
            <p>
              {t.rich("history.proposal", { ...proposalValues(versions, v, viewer), b: (c) => <span className="font-semibold">{c}</span> })}
              <span className="block text-sm text-muted">{when(v.proposedAt)}</span>
            </p>
            {v.note ? <p className="border-l-2 border-line pl-3 break-words text-muted italic">{common("quoted", { text: v.note })}</p> : null}
            {lines.length ? <DiffList lines={lines} /> : null}
            <p className="text-sm font-medium">{describeOutcome(v, viewer, when)}</p>
            {v.status === "DECLINED" && v.declineReason ? <p className="border-l-2 border-line pl-3 break-words text-muted italic">{common("quoted", { text: v.declineReason })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
