"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LIMITS, STEADIER_KIND_LABELS, STEADIER_KINDS, type SteadierKind } from "@/lib/journal/constants";
import { runOperation } from "@/lib/operations/client/run-operation";

export interface SteadierItem {
  kind: SteadierKind;
  text: string;
}

const COPY = {
  empty: "Nothing here yet. In a calmer moment, add a few things that help you: something you can do, someone you can reach, words to tell yourself.",
  add: "Add things that steady me",
  edit: "Change my list",
  addOne: "Add one",
  remove: "Remove",
  save: "Save my list",
  saving: "Saving…",
  cancel: "Cancel",
  saved: "Saved. Only you can see this list.",
};

/** My list, read-only and in large type: for a hard moment (the pause screen shows the same). */
export function SteadiersList({ items, compact = false }: { items: SteadierItem[]; compact?: boolean }) {
  return (
    <div className={`flex flex-col ${compact ? "gap-3" : "gap-5"}`} data-testid="steadiers-list">
      {STEADIER_KINDS.map((kind) => {
        const mine = items.filter((i) => i.kind === kind);
        if (!mine.length) return null;
        return (
          <section key={kind} className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{STEADIER_KIND_LABELS[kind].one}</h3>
            <ul className="flex flex-col gap-2">
              {mine.map((item, i) => (
                <li key={i} className={`rounded-2xl bg-calm-soft px-4 py-3 text-ink ${compact ? "text-base" : "text-lg"}`}>
                  {item.text}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

type Row = SteadierItem & { key: number };

/** The editable list: grouped by kind, one text box per thing, saved as a whole. */
export function SteadiersEditor({ initial }: { initial: SteadierItem[] }) {
  const router = useRouter();
  const id = useId();
  const next = useRef(initial.length);
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Row[]>(() => initial.map((item, key) => ({ ...item, key })));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const add = (kind: SteadierKind) => {
    const key = next.current++;
    setRows((r) => [...r, { kind, text: "", key }]);
    setTimeout(() => document.getElementById(`${id}-${key}`)?.focus(), 0);
  };

  async function save() {
    setPending(true);
    setError(null);
    const items = rows.map(({ kind, text }) => ({ kind, text: text.trim() })).filter((i) => i.text);
    const res = await runOperation("journal.saveSteadiers", { items });
    setPending(false);
    if (!res.ok) {
      setError(res.fieldErrors?.items?.[0] ?? res.error);
      return;
    }
    setRows(items.map((item) => ({ ...item, key: next.current++ })));
    setEditing(false);
    setSaved(true);
    router.refresh();
  }

  if (!editing) {
    const items = rows.filter((r) => r.text.trim());
    return (
      <div className="flex flex-col gap-5">
        {saved ? <Notice tone="calm">{COPY.saved}</Notice> : null}
        {items.length ? <SteadiersList items={items} /> : <p className="text-muted">{COPY.empty}</p>}
        <Button
          variant={items.length ? "secondary" : "primary"}
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {items.length ? COPY.edit : COPY.add}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6" data-testid="steadiers-editor">
      {STEADIER_KINDS.map((kind) => (
        <fieldset key={kind} className="flex flex-col gap-2">
          <legend className="mb-1 text-base font-semibold">{STEADIER_KIND_LABELS[kind].one}</legend>
          {rows
            .filter((r) => r.kind === kind)
            .map((row, i) => (
              <div key={row.key} className="flex items-center gap-2">
                <input
                  id={`${id}-${row.key}`}
                  aria-label={`${STEADIER_KIND_LABELS[kind].one} ${i + 1}`}
                  value={row.text}
                  maxLength={LIMITS.steadierText}
                  placeholder={STEADIER_KIND_LABELS[kind].hint}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setRows((all) => all.map((r) => (r.key === row.key ? { ...r, text } : r)));
                  }}
                  className="min-h-12 min-w-0 flex-1 rounded-xl border border-line bg-surface px-4 text-base text-ink placeholder:text-muted"
                />
                <Button
                  type="button"
                  variant="secondary"
                  className="min-h-12 px-3 text-sm"
                  aria-label={`${COPY.remove}: ${row.text || STEADIER_KIND_LABELS[kind].one}`}
                  onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                >
                  {COPY.remove}
                </Button>
              </div>
            ))}
          <Button
            type="button"
            variant="quiet"
            className="self-start"
            aria-label={`${COPY.addOne}: ${STEADIER_KIND_LABELS[kind].one}`}
            onClick={() => add(kind)}
            disabled={rows.length >= LIMITS.steadiers}
          >
            + {COPY.addOne}
          </Button>
        </fieldset>
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="grid grid-cols-2 gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows(initial.map((item, key) => ({ ...item, key: next.current + key })));
            setEditing(false);
          }}
        >
          {COPY.cancel}
        </Button>
        <Button type="button" onClick={() => void save()} disabled={pending}>
          {pending ? COPY.saving : COPY.save}
        </Button>
      </div>
    </div>
  );
}
