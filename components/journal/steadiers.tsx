"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { LIMITS, STEADIER_KINDS, type SteadierKind } from "@/lib/journal/constants";
import { runOperation } from "@/lib/operations/client/run-operation";

export interface SteadierItem {
  kind: SteadierKind;
  text: string;
}

type SteadierWords = Words<KeyIn<"journal">>;

/** My list, read-only and in large type: for a hard moment (the pause screen shows the same). */
export function SteadiersList({ items, compact = false, kinds }: { items: SteadierItem[]; compact?: boolean; /** Each kind's heading, in the reader's words (the pause screen's are its own: pause.corner.kinds). */ kinds: Record<SteadierKind, string> }) {
  return (
    <div className={`flex flex-col ${compact ? "gap-3" : "gap-5"}`} data-testid="steadiers-list">
      {STEADIER_KINDS.map((kind) => {
        const mine = items.filter((i) => i.kind === kind);
        if (!mine.length) return null;
        return (
          <section key={kind} className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{kinds[kind]}</h3>
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
export function SteadiersEditor({ initial, words }: { initial: SteadierItem[]; words: SteadierWords }) {
  const t = wordsT(words);
  const kinds = Object.fromEntries(STEADIER_KINDS.map((k) => [k, t(`steadiers.kinds.${k}`)])) as Record<SteadierKind, string>;
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
        {saved ? <Notice tone="calm">{t("steadiers.saved")}</Notice> : null}
        {items.length ? <SteadiersList items={items} kinds={kinds} /> : <p className="text-muted">{t("steadiers.empty")}</p>}
        <Button
          data-testid="steadiers-edit"
          variant={items.length ? "secondary" : "primary"}
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {items.length ? t("steadiers.edit") : t("steadiers.add")}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6" data-testid="steadiers-editor">
      {STEADIER_KINDS.map((kind) => (
        // min-w-0: a fieldset is at least as wide as its widest content by default, which larger text pushes off the screen.
        <fieldset key={kind} className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1 text-base font-semibold">{kinds[kind]}</legend>
          {rows
            .filter((r) => r.kind === kind)
            .map((row, i) => (
              <div key={row.key} className="flex items-center gap-2">
                <input
                  id={`${id}-${row.key}`}
                  aria-label={t("steadiers.item", { kind: kinds[kind], n: i + 1 })}
                  value={row.text}
                  maxLength={LIMITS.steadierText}
                  placeholder={t(`steadiers.hints.${kind}`)}
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
                  aria-label={t("steadiers.removeLabel", { what: row.text || kinds[kind] })}
                  onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                >
                  {t("steadiers.remove")}
                </Button>
              </div>
            ))}
          <Button
            type="button"
            variant="quiet"
            className="self-start"
            aria-label={t("steadiers.addOneLabel", { kind: kinds[kind] })}
            onClick={() => add(kind)}
            disabled={rows.length >= LIMITS.steadiers}
          >
            + {t("steadiers.addOne")}
          </Button>
        </fieldset>
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows(initial.map((item, key) => ({ ...item, key: next.current + key })));
            setEditing(false);
          }}
        >
          {t("steadiers.cancel")}
        </Button>
        <Button type="button" onClick={() => void save()} disabled={pending}>
          {pending ? t("steadiers.saving") : t("steadiers.save")}
        </Button>
      </div>
    </div>
  );
}
