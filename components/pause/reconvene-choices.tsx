"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";
import { clockTime } from "@/lib/pause/format";
import { MAX_PAUSE_MS } from "@/lib/pause/constants";
import type { PauseView } from "@/lib/pause/state";

type Choice = { choice: "TALK_NOW" } | { choice: "EXTEND" } | { choice: "SCHEDULE"; at: number };

const QUICK = [
  { label: "reconvene.in30", ms: 30 * 60_000 },
  { label: "reconvene.in60", ms: 60 * 60_000 },
  { label: "reconvene.in120", ms: 2 * 60 * 60_000 },
] as const;

/** The next time this wall-clock time ("21:30") comes round on the phone, within 24 hours. */
function nextOccurrence(value: string, localNow: number): number | null {
  const [h, m] = value.split(":").map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return null;
  const at = new Date(localNow);
  at.setHours(h, m, 0, 0);
  if (at.getTime() <= localNow + 60_000) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** At zero: talk now, 10 more minutes (while the 24 hours allow it), or a time within 24 hours. */
export function ReconveneChoices({
  pause,
  offset,
  timeZone,
  busy,
  onChoose,
  t,
  locale,
}: {
  pause: PauseView;
  offset: number;
  timeZone: string;
  busy: boolean;
  onChoose: (choice: Choice) => void;
  t: WordsT<KeyIn<"pause">>;
  locale: Locale;
}) {
  const [picking, setPicking] = useState(false);
  const [time, setTime] = useState("");
  const [timeError, setTimeError] = useState<string | null>(null);
  // When these choices appeared, on the server's clock (they are re-created at each zero).
  const [shownAt] = useState(() => Date.now());
  const serverNow = shownAt + offset;
  const canExtend = pause.startedAt + MAX_PAUSE_MS - serverNow >= 60_000;

  const schedule = (localAt: number) => onChoose({ choice: "SCHEDULE", at: Math.round(localAt + offset) });
  const submitTime = () => {
    const at = nextOccurrence(time, Date.now());
    if (!at) return setTimeError(t("reconvene.pickTimeError"));
    setTimeError(null);
    schedule(at);
  };

  return (
    <div className="flex w-full flex-col gap-3" data-testid="reconvene-choices">
      <Button disabled={busy} onClick={() => onChoose({ choice: "TALK_NOW" })}>
        {t("reconvene.talkNow")}
      </Button>
      {canExtend ? (
        <Button variant="secondary" disabled={busy} onClick={() => onChoose({ choice: "EXTEND" })}>
          {t("reconvene.extend")}
        </Button>
      ) : (
        <p className="text-center text-sm text-muted">{t("reconvene.maxReached")}</p>
      )}
      {picking ? (
        <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4">
          <p className="text-base font-semibold">{t("reconvene.when")}</p>
          <div className="flex flex-wrap gap-2">
            {QUICK.map((q) => (
              <button
                key={q.label}
                type="button"
                disabled={busy}
                onClick={() => schedule(Date.now() + q.ms)}
                className="min-h-11 rounded-full border border-line bg-canvas px-4 text-sm font-medium text-ink"
              >
                {t(q.label)}
              </button>
            ))}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
              {t("reconvene.atTime")}
              <input
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
                aria-invalid={timeError ? true : undefined}
                className="min-h-12 rounded-xl border border-line bg-canvas px-3 text-base text-ink"
              />
            </label>
            <Button variant="secondary" disabled={busy || !time} onClick={submitTime}>
              {t("reconvene.set")}
            </Button>
          </div>
          {timeError ? <p className="text-sm font-medium text-danger">{timeError}</p> : null}
          <p className="text-sm text-muted">{t("reconvene.zoneNote", { time: clockTime(serverNow, timeZone, locale) })}</p>
        </div>
      ) : (
        <Button variant="secondary" disabled={busy} onClick={() => setPicking(true)} data-testid="reconvene-pick">
          {t("reconvene.pickTime")}
        </Button>
      )}
    </div>
  );
}
