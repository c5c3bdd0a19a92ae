"use client";

import { useEffect, useState } from "react";

/** A note shown for a few seconds, then gone: for "Blake said yes" while I'm looking. */
export function usePassingNote(ms = 6000): [string | null, (note: string) => void] {
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), ms);
    return () => clearTimeout(timer);
  }, [note, ms]);
  return [note, setNote];
}

/** A quiet line at the top of the screen, announced politely to screen readers. */
export function PassingNote({ note, testId }: { note: string | null; testId: string }) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 top-3 z-30 flex justify-center px-4">
      {note ? (
        <p data-testid={testId} className="rounded-2xl border border-calm bg-calm-soft px-4 py-2 text-base text-ink shadow-sm">
          {note}
        </p>
      ) : null}
    </div>
  );
}
