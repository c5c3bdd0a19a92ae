"use client";

import { useState, useSyncExternalStore, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { runOperation } from "@/lib/operations/client/run-operation";
import { PushRefused, pushSupport, subscribeThisDevice, unsubscribeThisDevice, type PushSupport } from "@/lib/push/client/device";
import { PUSH_TITLE, type NotificationSettingsView } from "@/lib/push/constants";
import { NotificationSettingsForm } from "./notification-settings-form";
import { wordsT } from "@/lib/i18n/words";
import type { PushIslandWords } from "./words";

const noSubscribe = () => () => {};

interface Props {
  /** The server's VAPID public key; null when this server cannot send. */
  publicKey: string | null;
  /** Whether this session already has a subscription on the server. */
  thisDevice: boolean;
  otherDevices: number;
  settings: NotificationSettingsView;
  words: PushIslandWords;
}

/**
 * Me → Notifications: why, then the browser's permission prompt (only from this tap, never on
 * load); on iPhone outside the Home Screen, how to add it first; then the settings.
 */
export function NotificationsSection({ publicKey, thisDevice, otherDevices, settings, words }: Props) {
  const t = wordsT(words);
  // The browser's answers exist only in the browser: null on the server, so its HTML matches.
  const detected = useSyncExternalStore(noSubscribe, () => (publicKey ? pushSupport() : "unsupported"), () => null);
  const [changed, setSupport] = useState<PushSupport | null>(null);
  const support = changed ?? detected;
  // Until the browser has answered, show what it most likely will (this device's subscription, or
  // the explanation), its button held: a one-line "checking" swapped for the tall explanation
  // pushed the rest of Me down as it loaded (Lighthouse CLS 0.14).
  const shown = support ?? (publicKey ? "ready" : "unsupported");
  const checking = support === null;
  const [on, setOn] = useState(thisDevice);
  const [note, setNote] = useState<{ tone: "calm" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();


  const turnOn = () =>
    start(async () => {
      setNote(null);
      try {
        const subscription = await subscribeThisDevice(publicKey!);
        const result = await runOperation("push.subscribe", subscription);
        if (!result.ok) return setNote({ tone: "error", text: result.error });
        setOn(true);
      } catch (err) {
        if (err instanceof PushRefused) {
          setSupport(pushSupport());
          return setNote({ tone: "calm", text: t("me.refused") });
        }
        setNote({ tone: "error", text: t("me.failed") });
      }
    });
  const turnOff = () =>
    start(async () => {
      setNote(null);
      const endpoint = await unsubscribeThisDevice();
      const result = await runOperation("push.unsubscribe", endpoint ? { endpoint } : {});
      if (!result.ok) return setNote({ tone: "error", text: result.error });
      setOn(false);
      setNote({ tone: "calm", text: t("me.turnedOff") });
    });

  return (
    <div className="flex flex-col gap-4" data-testid="notifications">
      {on && shown === "ready" ? (
        <div className="flex flex-col gap-3">
          <p data-testid="push-on">{t("me.on")}</p>
          <Button variant="secondary" onClick={turnOff} disabled={pending || checking} data-testid="push-off">
            {t("me.turnOff")}
          </Button>
        </div>
      ) : shown === "needs-install" ? (
        <div className="flex flex-col gap-2 rounded-2xl bg-calm-soft p-4" data-testid="push-ios">
          <h3 className="font-semibold">{t("me.needsInstall.title")}</h3>
          <p>{t("me.needsInstall.body")}</p>
        </div>
      ) : shown === "blocked" ? (
        <Notice testId="push-blocked">{t("me.blocked")}</Notice>
      ) : shown === "unsupported" ? (
        <Notice testId="push-unsupported">{t("me.unsupported")}</Notice>
      ) : (
        <div className="flex flex-col gap-3 rounded-2xl bg-calm-soft p-4" data-testid="push-explain">
          <h3 className="font-semibold">{t("me.explain.title")}</h3>
          <p>{t("me.explain.body")}</p>
          <div>
            <p className="text-muted">{t("me.explain.sampleLabel")}</p>
            <p className="mt-1 rounded-xl border border-line bg-surface px-3 py-2 text-sm" data-testid="push-sample">
              <strong className="block">{PUSH_TITLE}</strong>
              {t("notification.pauseStarted", { minutes: 10 })}
            </p>
          </div>
          <p>{t("me.explain.privacy")}</p>
          <p className="text-muted">{t("me.explain.next")}</p>
          <Button onClick={turnOn} disabled={pending || checking} data-testid="push-on-button">
            {pending ? t("me.explain.turningOn") : t("me.explain.turnOn")}
          </Button>
        </div>
      )}
      {note ? <Notice tone={note.tone} testId="push-note">{note.text}</Notice> : null}
      {otherDevices > 0 ? <p className="text-sm text-muted">{t("me.otherDevices", { count: otherDevices })}</p> : null}
      <NotificationSettingsForm initial={settings} words={words} />
    </div>
  );
}
