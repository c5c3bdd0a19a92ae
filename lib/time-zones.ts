let cached: string[] | undefined;

/**
 * Every IANA zone this runtime knows, UTC first. The time-zone picker computes it in the browser
 * (never sent with the page: 419 zones were 10–14 kB of every form's HTML); the server validates
 * any zone Intl accepts (lib/agreements/cadence.ts#isValidTimeZone).
 */
export function timeZoneList(): string[] {
  if (cached) return cached;
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  cached = ["UTC", ...zones.filter((z) => z !== "UTC")];
  return cached;
}
