"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { clockTime } from "@/lib/pause/format";
import { MAX_PAUSE_MS } from "@/lib/pause/constants";
import type { PauseView } from "@/lib/pause/state";

type Choice = { choice: "TALK_NOW" } | { choice: "EXTEND" } | { choice: "SCHEDULE"; at: number };

const QUICK = [
  { label: "In 30 minutes", ms: 30 * 60_000 },
  { label: "In 1 hour", ms: 60 * 60_000 },
  { label: "In 2 hours", ms: 2 * 60 * 60_000 },
];

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
}: {
  pause: PauseView;
  offset: number;
  timeZone: string;
  busy: boolean;
  onChoose: (choice: Choice) => void;
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
    if (!at) return setTimeError("Please pick a time.");
    setTimeError(null);
    schedule(at);
  };

  return (
    <div className="flex w-full flex-col gap-3" data-testid="reconvene-choices">
      <Button disabled={busy} onClick={() => onChoose({ choice: "TALK_NOW" })}>
        Let’s talk now
      </Button>
      {canExtend ? (
        <Button variant="secondary" disabled={busy} onClick={() => onChoose({ choice: "EXTEND" })}>
          10 more minutes
        </Button>
      ) : (
        <p className="text-center text-sm text-muted">We’ve paused for 24 hours, the most one pause can last.</p>
      )}
      {picking ? (
        <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4">
          <p className="text-base font-semibold">When shall we talk?</p>
          <div className="flex flex-wrap gap-2">
            {QUICK.map((q) => (
              <button
                key={q.label}
                type="button"
                disabled={busy}
                onClick={() => schedule(Date.now() + q.ms)}
                className="min-h-11 rounded-full border border-line bg-canvas px-4 text-sm font-medium text-ink"
              >
                {q.label}
              </button>
            ))}
          </div>
          <div className="flex items-end gap-2">
            <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
              Or at a time (within 24 hours)
              <input
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
                aria-invalid={timeError ? true : undefined}
                className="min-h-12 rounded-xl border border-line bg-canvas px-3 text-base text-ink"
              />
            </label>
            <Button variant="secondary" disabled={busy || !time} onClick={submitTime}>
              Set
            </Button>
          </div>
          {timeError ? <p className="text-sm font-medium text-danger">{timeError}</p> : null}
          <p className="text-sm text-muted">Times are in your time zone; now it’s {clockTime(serverNow, timeZone)}.</p>
        </div>
      ) : (
        <Button variant="secondary" disabled={busy} onClick={() => setPicking(true)}>
          Pick a time to talk
        </Button>
      )}
    </div>
  );
}
