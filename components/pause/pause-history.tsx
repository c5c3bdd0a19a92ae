import { dayAndTime, minutesText, outcomeText, pauseLengthMinutes } from "@/lib/pause/format";
import type { PauseView } from "@/lib/pause/state";

export interface HistoryViewer {
  userId: string;
  partnerId: string | null;
  partnerName: string | null;
  timeZone: string;
}

function who(id: string | null, viewer: HistoryViewer): string {
  if (id === viewer.userId) return "You";
  if (id && id === viewer.partnerId) return viewer.partnerName ?? "Your partner";
  return "A former partner";
}

/** Pauses as facts: who asked, when, for how long, how we came back. No counts, no verdicts. */
export function PauseHistoryList({ pauses, viewer, now }: { pauses: PauseView[]; viewer: HistoryViewer; now: number }) {
  if (!pauses.length) {
    return <p className="text-base text-muted">No pauses yet. When one of us needs a breather, it will show here.</p>;
  }
  return (
    <ol className="flex flex-col gap-3" data-testid="pause-history">
      {pauses.map((p) => (
        <li key={p.id} className="rounded-2xl border border-line bg-surface px-4 py-3">
          <p className="text-base font-medium text-ink">{who(p.startedById, viewer)} asked for a pause</p>
          <p className="text-sm text-muted">
            {dayAndTime(p.startedAt, viewer.timeZone)} · {minutesText(pauseLengthMinutes(p, now))}
          </p>
          <p className="mt-1 text-sm text-ink">{outcomeText(p, viewer.timeZone, now)}</p>
        </li>
      ))}
    </ol>
  );
}
