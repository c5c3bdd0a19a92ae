"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { EVENT_TITLES } from "@/lib/calendar/constants";
import { runOperation } from "@/lib/operations/client/run-operation";

/** The Calendar section's words, in one place. */
const W = {
  body: `Put our check-in and review times in your own calendar. Events only say “${EVENT_TITLES.checkin}” or “${EVENT_TITLES.review}”, never what we agreed, so they’re fine on a calendar others can see.`,
  make: "Make my calendar link",
  remake: "Make a new link",
  remakeHint: "The old link stops working.",
  revoke: "Turn the link off",
  download: "Download a .ics file",
  downloadHint: "A one-off copy; it won’t update when our rhythm changes.",
  on: (created: string, used: string | null) =>
    `Your calendar link is on. Made ${created}; ${used ? `last fetched ${used}` : "not fetched yet"}.`,
  off: "Your calendar link is off.",
  urlLabel: "My calendar link",
  once: "This link is shown only now. Anyone who has it can see these times, so keep it to yourself. You can turn it off any time.",
  copy: "Copy link",
  copied: "Copied.",
  copyFailed: "Couldn’t copy. Select the link and copy it by hand.",
  open: "Open in my calendar app",
};

export interface FeedInfo {
  created: string;
  lastUsed: string | null;
}

/**
 * A private, revocable calendar feed URL (shown once, with a copy button) and a one-off .ics
 * download. The feed updates by itself: calendar apps fetch it about hourly.
 */
export function CalendarPanel({ feed }: { feed: FeedInfo | null }) {
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
      setCopyState(W.copied);
    } catch {
      setCopyState(W.copyFailed);
    }
  };

  return (
    <div className="flex flex-col gap-4" data-testid="calendar">
      <p className="text-muted">{W.body}</p>
      {fresh ? (
        <div className="flex flex-col gap-2 rounded-2xl bg-sunken p-3" data-testid="calendar-fresh">
          <label htmlFor={`${id}-url`} className="text-sm font-semibold">
            {W.urlLabel}
          </label>
          <input
            id={`${id}-url`}
            readOnly
            value={fresh.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="calendar-url"
            className="min-h-12 w-full rounded-xl border border-line bg-surface px-3 font-mono text-sm text-ink"
          />
          <p className="text-sm">{W.once}</p>
          <Button type="button" onClick={copy} data-testid="calendar-copy">
            {W.copy}
          </Button>
          {copyState ? (
            <p role="status" className="text-sm text-muted">
              {copyState}
            </p>
          ) : null}
          <a href={fresh.webcalUrl} className={buttonClass("secondary")}>
            {W.open}
          </a>
        </div>
      ) : feed ? (
        <p data-testid="calendar-status">{W.on(feed.created, feed.lastUsed)}</p>
      ) : (
        <p data-testid="calendar-status">{W.off}</p>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-col gap-2">
        {!fresh ? (
          <Button type="button" variant={feed ? "secondary" : "primary"} disabled={pending} onClick={make} data-testid="calendar-make">
            {feed ? W.remake : W.make}
          </Button>
        ) : null}
        {feed && !fresh ? <p className="text-sm text-muted">{W.remakeHint}</p> : null}
        {feed || fresh ? (
          <Button type="button" variant="quiet" disabled={pending} onClick={revoke} data-testid="calendar-revoke">
            {W.revoke}
          </Button>
        ) : null}
        <a href="/api/me/calendar.ics" download className={buttonClass("secondary")} data-testid="calendar-download">
          {W.download}
        </a>
        <p className="text-sm text-muted">{W.downloadHint}</p>
      </div>
    </div>
  );
}
