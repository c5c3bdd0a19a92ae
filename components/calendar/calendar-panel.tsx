"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { runOperation } from "@/lib/operations/client/run-operation";

export interface FeedInfo {
  created: string;
  lastUsed: string | null;
}

/**
 * A private, revocable calendar feed URL (shown once, with a copy button) and a one-off .ics
 * download. The feed updates by itself: calendar apps fetch it about hourly.
 */
export function CalendarPanel({ feed, words }: { feed: FeedInfo | null; words: Words<KeyIn<"calendar">> }) {
  const t = wordsT(words);
  const router = useRouter();
  const id = useId();
  const [fresh, setFresh] = useState<{ url: string; webcalUrl: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const make = () =>
    start(async () => {
      setError(null);
      const result = await runOperation("calendar.createFeed", {});
      if (!result.ok) return setError(result.error);
      setFresh({ url: result.data.url, webcalUrl: result.data.webcalUrl });
      router.refresh();
    });
  const revoke = () =>
    start(async () => {
      setError(null);
      const result = await runOperation("calendar.revokeFeed", {});
      if (!result.ok) return setError(result.error);
      setFresh(null);
      router.refresh();
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fresh!.url);
      setCopyState(t("copied"));
    } catch {
      setCopyState(t("copyFailed"));
    }
  };

  return (
    <div className="flex flex-col gap-4" data-testid="calendar">
      <p className="text-muted">{t("body", { checkin: t("eventCheckin"), review: t("eventReview") })}</p>
      {fresh ? (
        <div className="flex flex-col gap-2 rounded-2xl bg-sunken p-3" data-testid="calendar-fresh">
          <label htmlFor={`${id}-url`} className="text-sm font-semibold">
            {t("urlLabel")}
          </label>
          <input
            id={`${id}-url`}
            readOnly
            value={fresh.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="calendar-url"
            className="min-h-12 w-full rounded-xl border border-line bg-surface px-3 font-mono text-sm text-ink"
          />
          <p className="text-sm">{t("once")}</p>
          <Button type="button" onClick={copy} data-testid="calendar-copy">
            {t("copy")}
          </Button>
          {copyState ? (
            <p role="status" className="text-sm text-muted">
              {copyState}
            </p>
          ) : null}
          <a href={fresh.webcalUrl} className={buttonClass("secondary")}>
            {t("open")}
          </a>
        </div>
      ) : feed ? (
        <p data-testid="calendar-status">{t("on", { created: feed.created, used: feed.lastUsed ?? "never" })}</p>
      ) : (
        <p data-testid="calendar-status">{t("off")}</p>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-col gap-2">
        {!fresh ? (
          <Button type="button" variant={feed ? "secondary" : "primary"} disabled={pending} onClick={make} data-testid="calendar-make">
            {feed ? t("remake") : t("make")}
          </Button>
        ) : null}
        {feed && !fresh ? <p className="text-sm text-muted">{t("remakeHint")}</p> : null}
        {feed || fresh ? (
          <Button type="button" variant="quiet" disabled={pending} onClick={revoke} data-testid="calendar-revoke">
            {t("revoke")}
          </Button>
        ) : null}
        <a href="/api/me/calendar.ics" download className={buttonClass("secondary")} data-testid="calendar-download">
          {t("download")}
        </a>
        <p className="text-sm text-muted">{t("downloadHint")}</p>
      </div>
    </div>
  );
}
