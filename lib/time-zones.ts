/** Every IANA zone this server knows, UTC first; passed to forms so server and browser agree. */
export function timeZoneList(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}
