"use client";

import { useId, useState, useSyncExternalStore } from "react";

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/** A time zone picker that starts at the zone the phone reports, unless one is already chosen. */
export function TimeZoneSelect({
  zones,
  defaultValue,
  errors,
  label,
}: {
  zones: string[];
  defaultValue?: string;
  errors?: string[];
  /** The label in the viewer's language. */
  label: string;
}) {
  const id = `field-timeZone${useId()}`;
  const detected = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [chosen, setChosen] = useState<string | null>(defaultValue ?? null);
  const value = chosen ?? detected ?? "UTC";
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
