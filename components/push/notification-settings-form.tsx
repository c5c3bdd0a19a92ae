"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { runOperation } from "@/lib/operations/client/run-operation";
import { SETTING_KEYS, type NotificationSettingsView, type SettingKey } from "@/lib/push/constants";
import { wordsT } from "@/lib/i18n/words";
import type { PushIslandWords } from "./words";

function Check({ label, hint, checked, onChange, testId }: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void; testId: string }) {
  const id = useId();
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="flex min-h-12 cursor-pointer items-center gap-3">
        <input id={id} type="checkbox" className="size-5 shrink-0 accent-accent" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} aria-describedby={hint ? `${id}-hint` : undefined} />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="pl-8 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Which notifications, quiet hours (never for a pause: said on screen) and names on the lock screen. */
export function NotificationSettingsForm({ initial, words }: { initial: NotificationSettingsView; words: PushIslandWords }) {
  const t = wordsT(words);
  const sample = (name: string | null) => (name ? t("notification.pauseStartedBy", { minutes: 10, name }) : t("notification.pauseStarted", { minutes: 10 }));
  const [kinds, setKinds] = useState<Record<SettingKey, boolean>>(() => Object.fromEntries(SETTING_KEYS.map((k) => [k, initial[k]])) as Record<SettingKey, boolean>);
  const [quiet, setQuiet] = useState(initial.quietFrom !== null);
  const [from, setFrom] = useState(initial.quietFrom ?? "22:00");
  const [to, setTo] = useState(initial.quietTo ?? "07:00");
  const [names, setNames] = useState(initial.showNames);
  const [result, setResult] = useState<{ ok: boolean; text: string; fields?: Record<string, string[] | undefined> } | null>(null);
  const [pending, start] = useTransition();
  const id = useId();

  const save = () =>
    start(async () => {
      setResult(null);
      const r = await runOperation("push.updateSettings", { ...kinds, quiet, quietFrom: quiet ? from : "", quietTo: quiet ? to : "", showNames: names });
      setResult(r.ok ? { ok: true, text: t("me.settings.saved") } : { ok: false, text: r.error, fields: r.fieldErrors });
    });

  const fieldError = (name: string) => result?.fields?.[name]?.join(" ");

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      data-testid="push-settings"
    >
      <fieldset className="flex flex-col">
        <legend className="mb-1 font-semibold">{t("me.settings.legend")}</legend>
        {SETTING_KEYS.map((key) => (
          <Check key={key} label={t(`me.settings.kinds.${key}`)} checked={kinds[key]} onChange={(v) => setKinds((k) => ({ ...k, [key]: v }))} testId={`push-kind-${key}`} />
        ))}
      </fieldset>
      <div className="flex flex-col gap-2">
        <Check label={t("me.settings.quiet")} checked={quiet} onChange={setQuiet} testId="push-quiet" />
        {quiet ? (
          <div className="grid grid-cols-2 gap-3">
            {(
              [
                ["quietFrom", t("me.settings.quietFrom"), from, setFrom],
                ["quietTo", t("me.settings.quietTo"), to, setTo],
              ] as const
            ).map(([name, label, value, set]) => (
              <div key={name} className="flex flex-col gap-1.5">
                <label htmlFor={`${id}-${name}`} className="text-sm font-semibold">
                  {label}
                </label>
                <input
                  id={`${id}-${name}`}
                  type="time"
                  value={value}
                  onChange={(e) => set(e.target.value)}
                  aria-invalid={fieldError(name) ? true : undefined}
                  className="min-h-12 rounded-xl border border-line bg-surface px-3 text-base text-ink"
                  data-testid={`push-${name}`}
                />
                {fieldError(name) ? <p className="text-sm font-medium text-danger">{fieldError(name)}</p> : null}
              </div>
            ))}
          </div>
        ) : null}
        <p className="rounded-2xl bg-sunken px-3 py-2 text-sm" data-testid="push-quiet-note">
          {t("me.settings.quietNote")}
        </p>
      </div>
      <Check label={t("me.settings.names")} hint={t("me.settings.namesHint", { named: sample(t("me.settings.sampleName")), plain: sample(null) })} checked={names} onChange={setNames} testId="push-names" />
      <p className="text-sm text-muted">{t("me.settings.appliesToAll")}</p>
      <Button type="submit" variant="secondary" disabled={pending} data-testid="push-save">
        {pending ? t("me.settings.saving") : t("me.settings.save")}
      </Button>
      {result ? (
        <Notice tone={result.ok ? "calm" : "error"} testId="push-settings-result">
          {result.text}
        </Notice>
      ) : null}
    </form>
  );
}
