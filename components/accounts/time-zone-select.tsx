"use client";

import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { timeZoneList } from "@/lib/time-zones";

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
 * A time zone picker that starts at the zone the phone reports, unless one is already chosen.
 * The page carries only the chosen zone; the browser lists every zone it knows (lib/time-zones.ts)
 * once the page is idle, or at once when the select is touched or focused before that.
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
  const [listed, setListed] = useState(false);
  const value = chosen ?? detected ?? "UTC";
  useEffect(() => (listed ? undefined : whenIdle(() => setListed(true), 2000)), [listed]);
  // Before the native picker opens: flushSync puts the options in the DOM within this event.
  const list = () => {
    if (!listed) flushSync(() => setListed(true));
  };
  const zones = listed ? timeZoneList() : [];
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
