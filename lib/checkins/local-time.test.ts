import { describe, expect, it } from "vitest";
import { localTimeIn, partnerTime } from "./local-time";

const at = (iso: string) => new Date(iso);

describe("partnerTime", () => {
  it("shows a Berlin check-in at 19:30 as 13:30 in New York, and one clock is enough in the same zone", () => {
    const view = partnerTime(at("2026-01-20T18:30:00Z"), "Europe/Berlin", "America/New_York");
    expect(view.agreed).toMatchObject({ date: "2026-01-20", time: "19:30", weekday: "TUE", label: "Tue 20 Jan, 19:30" });
    expect(view.mine).toMatchObject({ date: "2026-01-20", time: "13:30", weekday: "TUE", label: "Tue 20 Jan, 13:30" });
    expect(view.sameClock).toBe(false);
    expect(partnerTime(at("2026-01-20T18:30:00Z"), "Europe/Berlin", "Europe/Berlin").sameClock).toBe(true);
  });

  it("follows each partner's own DST: the gap is 6 hours, then 5 in the weeks the changes differ, then 6", () => {
    const gap = (iso: string) => partnerTime(at(iso), "Europe/Berlin", "America/New_York").mine.time;
    expect(gap("2026-03-03T18:30:00Z")).toBe("13:30"); // both on winter time
    expect(gap("2026-03-17T18:30:00Z")).toBe("14:30"); // New York changed on March 8, Berlin not until the 29th
    expect(gap("2026-04-07T17:30:00Z")).toBe("13:30"); // both on summer time
  });

  it("says when the partner's day differs", () => {
    const view = partnerTime(at("2026-01-20T21:00:00Z"), "Europe/London", "Pacific/Auckland");
    expect(view.mine).toMatchObject({ date: "2026-01-21", time: "10:00", weekday: "WED" });
    expect(view.dayShift).toBe(1);
    expect(partnerTime(at("2026-01-20T01:00:00Z"), "Asia/Kathmandu", "America/Los_Angeles")).toMatchObject({
      agreed: { time: "06:45" },
      mine: { date: "2026-01-19", time: "17:00" },
      dayShift: -1,
    });
  });

  it("uses the viewer's locale for the label", () => {
    // ICU puts a narrow no-break space before "PM" in newer versions.
    expect(localTimeIn(at("2026-01-20T18:30:00Z"), "America/New_York", "en-US").label).toMatch(/^Tue, Jan 20, 01:30\sPM$/);
  });
});
