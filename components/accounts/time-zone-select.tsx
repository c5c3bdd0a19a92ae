"use client";

import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { timeZoneList } from "@/lib/time-zones";

const timeZoneCount = () => timeZoneList().length;

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/** Runs `fill` when the page is idle (or after `timeoutMs`); returns the cancel. */
function whenIdle(fill: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(fill, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fill, 200);
  return () => window.clearTimeout(handle);
}

/**
 * Zones added per idle moment. All ~420 options in one render were one long task of the page's
 * load (a slow phone's main thread blocked for a few hundred ms: Lighthouse's TBT on the check-in
 * form, Me and sign-up); a slice of this size renders in a few ms.
 */
const SLICE = 60;

/**
 * A time zone picker that starts at the zone the phone reports, unless one is already chosen.
 * The page carries only the chosen zone; the browser lists every zone it knows (lib/time-zones.ts)
 * a slice at a time while the page is idle, or all at once when the select is touched or focused.
 */
export function TimeZoneSelect({
  defaultValue,
  errors,
  label,
}: {
  defaultValue?: string;
  errors?: string[];
  /** The label in the viewer's language. */
  label: string;
}) {
  const id = `field-timeZone${useId()}`;
  const detected = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [chosen, setChosen] = useState<string | null>(defaultValue ?? null);
  // How many zones are listed so far (Infinity: all of them).
  const [listed, setListed] = useState(0);
  const value = chosen ?? detected ?? "UTC";
  const complete = listed >= timeZoneCount();
  useEffect(() => (complete ? undefined : whenIdle(() => setListed((n) => n + SLICE), 2000)), [complete, listed]);
  // Before the native picker opens: flushSync puts every option in the DOM within this event.
  const list = () => {
    if (!complete) flushSync(() => setListed(Infinity));
  };
  const zones = listed ? timeZoneList().slice(0, listed) : [];
  // The chosen zone is always an option (first until its place in the list is reached).
  const options = zones.includes(value) ? zones : [value, ...zones];
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name="timeZone"
        value={value}
        onChange={(e) => setChosen(e.target.value)}
        onPointerDown={list}
        onFocus={list}
        onKeyDown={list}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        // Zones are named by their IANA ids ("Europe/Madrid"), the same in every language.
        translate="no"
        className="min-h-12 rounded-xl border border-line bg-surface px-3 text-base text-ink"
      >
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
