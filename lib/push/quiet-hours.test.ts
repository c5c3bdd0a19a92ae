import { describe, expect, it } from "vitest";
import { inQuietHours, quietHoursEnd } from "./quiet-hours";

const at = (iso: string) => new Date(iso);

describe("quiet hours", () => {
  it("cross midnight in the person's own time zone", () => {
    const q = { from: "22:00", to: "07:00" };
    // Berlin is UTC+1 in December.
    expect(inQuietHours(q, "Europe/Berlin", at("2026-12-02T21:30:00Z"))).toBe(true); // 22:30
    expect(inQuietHours(q, "Europe/Berlin", at("2026-12-02T05:59:00Z"))).toBe(true); // 06:59
    expect(inQuietHours(q, "Europe/Berlin", at("2026-12-02T06:00:00Z"))).toBe(false); // 07:00
    expect(inQuietHours(q, "Europe/Berlin", at("2026-12-02T20:59:00Z"))).toBe(false); // 21:59
    expect(inQuietHours(q, "America/New_York", at("2026-12-02T21:30:00Z"))).toBe(false); // 16:30 there
  });

  it("within a day, none, and equal times mean none", () => {
    expect(inQuietHours({ from: "13:00", to: "15:00" }, "UTC", at("2026-12-02T14:00:00Z"))).toBe(true);
    expect(inQuietHours({ from: "13:00", to: "15:00" }, "UTC", at("2026-12-02T15:00:00Z"))).toBe(false);
    expect(inQuietHours(null, "UTC", at("2026-12-02T14:00:00Z"))).toBe(false);
    expect(inQuietHours({ from: "09:00", to: "09:00" }, "UTC", at("2026-12-02T09:00:00Z"))).toBe(false);
  });

  it("end at the first minute outside them, across a DST change too", () => {
    expect(quietHoursEnd({ from: "22:00", to: "07:00" }, "Europe/Berlin", at("2026-12-02T21:30:10Z")).toISOString()).toBe("2026-12-03T06:00:00.000Z");
    expect(quietHoursEnd({ from: "22:00", to: "07:00" }, "Europe/Berlin", at("2026-12-02T12:00:00Z")).toISOString()).toBe("2026-12-02T12:00:00.000Z");
    // The night clocks go back in Berlin (25 Oct 2026): 07:00 local is 06:00 UTC.
    expect(quietHoursEnd({ from: "22:00", to: "07:00" }, "Europe/Berlin", at("2026-10-24T21:00:00Z")).toISOString()).toBe("2026-10-25T06:00:00.000Z");
  });
});
