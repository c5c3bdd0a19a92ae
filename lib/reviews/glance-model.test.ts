import { describe, expect, it } from "vitest";
import { buildGlance, daysOf } from "./glance-model";

const from = new Date("2026-11-22T23:00:00Z"); // Monday 00:00 in Berlin
const to = new Date("2026-11-29T17:00:00Z"); // Sunday 18:00

describe("the week at a glance", () => {
  it("lists the week's local days, Monday to Sunday", () => {
    expect(daysOf(from, to, "Europe/Berlin").map((d) => `${d.label} ${d.key}`)).toEqual([
      "Mon 2026-11-23",
      "Tue 2026-11-24",
      "Wed 2026-11-25",
      "Thu 2026-11-26",
      "Fri 2026-11-27",
      "Sat 2026-11-28",
      "Sun 2026-11-29",
    ]);
  });

  it("puts each pause on its local day with how it ended, and leaves out undone taps", () => {
    const glance = buildGlance({
      from,
      to,
      timeZone: "Europe/Berlin",
      checkIns: [],
      pauses: [
        { startedAt: new Date("2026-11-25T22:30:00Z"), endReason: "ENDED_EARLY" }, // Wed 23:30 local
        { startedAt: new Date("2026-11-24T08:00:00Z"), endReason: "EXPIRED" },
        { startedAt: new Date("2026-11-24T09:00:00Z"), endReason: "UNDONE" },
        { startedAt: new Date("2026-11-29T16:00:00Z"), endReason: null },
      ],
      decidedVersions: [],
    });
    expect(glance.pauses).toEqual([
      { day: "2026-11-24", ended: "full" },
      { day: "2026-11-25", ended: "early" },
      { day: "2026-11-29", ended: "open" },
    ]);
  });

  it("counts proposals by how they were decided", () => {
    const glance = buildGlance({
      from,
      to,
      timeZone: "Europe/Berlin",
      checkIns: [],
      pauses: [],
      decidedVersions: [
        { action: "CREATE", status: "ACCEPTED" },
        { action: "CHANGE", status: "ACCEPTED" },
        { action: "RETIRE", status: "ACCEPTED" },
        { action: "CHANGE", status: "DECLINED" },
        { action: "CREATE", status: "WITHDRAWN" },
        { action: "CREATE", status: "SUPERSEDED" },
      ],
    });
    expect(glance.proposals).toEqual({ accepted: 2, retired: 1, declined: 1, withdrawn: 1, countered: 1 });
  });
});
