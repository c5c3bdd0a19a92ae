import { dayAndTime, lengthWords, outcomeWords, pauseLengthMinutes } from "@/lib/pause/format";
import type { PauseView } from "@/lib/pause/state";
import { getLocale, getT } from "@/lib/i18n/server";

export interface HistoryViewer {
  userId: string;
  partnerId: string | null;
  partnerName: string | null;
  timeZone: string;
}

function who(id: string | null, viewer: HistoryViewer): "me" | "partner" | "former" {
  if (id === viewer.userId) return "me";
  if (id && id === viewer.partnerId) return "partner";
  return "former";
}

/** Pauses as facts: who asked, when, for how long, how we came back. No counts, no verdicts. */
export async function PauseHistoryList({ pauses, viewer, now }: { pauses: PauseView[]; viewer: HistoryViewer; now: number }) {
  const [t, locale] = await Promise.all([getT("pause"), getLocale()]);
  if (!pauses.length) {
    return <p className="text-base text-muted">{t("history.empty")}</p>;
  }
  return (
    <ol className="flex flex-col gap-3" data-testid="pause-history">
      {pauses.map((p) => {
        const length = lengthWords(pauseLengthMinutes(p, now));
        const outcome = outcomeWords(p, viewer.timeZone, now, locale);
        return (
          <li key={p.id} className="rounded-2xl border border-line bg-surface px-4 py-3">
            <p className="text-base font-medium text-ink">
              {t("history.asked", { who: who(p.startedById, viewer), partner: viewer.partnerName ?? t("YourPartner") })}
            </p>
            <p className="text-sm text-muted">
              {dayAndTime(p.startedAt, viewer.timeZone, locale)} · {t(length.key, length.values)}
            </p>
            <p className="mt-1 text-sm text-ink">{t(outcome.key, outcome.values)}</p>
          </li>
        );
      })}
    </ol>
  );
}
