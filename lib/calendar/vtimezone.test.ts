import { describe, expect, it } from "vitest";
import { timeZoneList } from "../time-zones";
import { vtimezoneFor } from "./vtimezone";

describe("vtimezoneFor", () => {
  it("has a VTIMEZONE for every zone the check-in form offers", () => {
    const missing = timeZoneList().filter((zone) => {
      try {
        const { tzid, block } = vtimezoneFor(zone);
        return !block.startsWith(`BEGIN:VTIMEZONE\r\nTZID:${tzid}\r\n`) || !block.endsWith("END:VTIMEZONE");
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it("writes Berlin's current rules: last Sunday of March and of October", () => {
    const { tzid, block } = vtimezoneFor("Europe/Berlin");
    expect(tzid).toBe("Europe/Berlin");
    expect(block).toContain("TZOFFSETTO:+0200\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(block).toContain("TZOFFSETTO:+0100\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  });

  it("names a legacy alias by its canonical TZID", () => {
    expect(vtimezoneFor("Asia/Calcutta").tzid).toBe("Asia/Kolkata");
    expect(vtimezoneFor("UTC").tzid).toBe("Etc/UTC");
  });

  it("refuses an unknown zone with a clear message and no console noise", () => {
    expect(() => vtimezoneFor("Mars/Olympus_Mons")).toThrow('Calendar: no time-zone definition for "Mars/Olympus_Mons".');
  });
});
