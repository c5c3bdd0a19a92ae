"use client";

import Link from "next/link";
import { useState } from "react";
import { runOperation } from "@/lib/operations/client/run-operation";
import type { SteadierKind } from "@/lib/journal/constants";
import { SteadiersList, type SteadierItem } from "./steadiers";

/** The corner's words (pause.corner), from the pause screen's own: the journal's are not loaded there. */
export const CORNER_WORDS = ["title", "note", "write", "steady", "loading", "empty", "editList", "failed", "help"] as const;
export type CornerCopy = Record<(typeof CORNER_WORDS)[number], string> & { kinds: Record<SteadierKind, string> };

const linkClass = "flex min-h-12 items-center justify-center rounded-2xl border border-line bg-canvas px-4 text-center text-base font-semibold text-ink";

/**
 * The pause screen's private corner: my journal, my things that steady me (opened in place, so
 * the pause stays on screen) and help. Leaving for the journal only hides the pause screen; the
 * pause itself goes on, and the slim bar brings it back. No prefetching: a pause starts on both
 * phones at once, and their first seconds belong to the countdown.
 */
export function PauseCorner({ onLeave, copy }: { onLeave: () => void; /** The words in the viewer's language (pause.corner). */ copy: CornerCopy }) {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<SteadierItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  async function toggle() {
    const next = !open;
    setOpen(next);
    if (!next || items) return;
    const res = await runOperation("journal.readSteadiers", {});
    if (res.ok) setItems(res.data.items);
    else setFailed(true);
  }

  return (
    <section className="flex flex-col gap-3 rounded-3xl bg-surface p-5" aria-labelledby="pause-private" data-testid="pause-corner">
      <div>
        <h2 id="pause-private" className="text-base font-semibold">
          {copy.title}
        </h2>
        <p className="text-sm text-muted">{copy.note}</p>
      </div>
      <Link href="/journal/new?from=pause" prefetch={false} onClick={onLeave} className={linkClass} data-testid="pause-write">
        {copy.write}
      </Link>
      <button type="button" aria-expanded={open} aria-controls="pause-steadiers" onClick={() => void toggle()} className={linkClass} data-testid="pause-steadiers">
        {copy.steady}
      </button>
      {open ? (
        <div id="pause-steadiers" className="flex flex-col gap-3">
          {failed ? (
            <p className="text-sm text-muted">{copy.failed}</p>
          ) : !items ? (
            <p className="text-sm text-muted" role="status">
              {copy.loading}
            </p>
          ) : items.length ? (
            <SteadiersList items={items} kinds={copy.kinds} compact />
          ) : (
            <p className="text-sm text-muted">{copy.empty}</p>
          )}
          <Link href="/journal/steady" prefetch={false} onClick={onLeave} className="inline-flex min-h-11 items-center self-start text-sm font-semibold text-accent underline underline-offset-4">
            {copy.editList}
          </Link>
        </div>
      ) : null}
      <Link href="/help" prefetch={false} onClick={onLeave} className="inline-flex min-h-11 items-center self-start text-sm font-semibold text-accent underline underline-offset-4" data-testid="pause-help">
        {copy.help}
      </Link>
    </section>
  );
}
