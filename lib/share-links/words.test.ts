import { describe, expect, it } from "vitest";
import { wordsFor } from "../i18n/translate";
import { describeLink as describe_, type LinkForWords, type LinkReader } from "./words";

const describeLink = (link: LinkForWords, reader: LinkReader) => describe_(link, reader, wordsFor(reader.locale, "shared").t);

const reader: LinkReader = { meId: "alex", partnerName: "Blake", timeZone: "Europe/Berlin", locale: "en" };
const base: LinkForWords = {
  id: "l1",
  status: "waiting",
  therapistName: "Dr Rivera",
  days: 7,
  proposedById: "alex",
  expiresAt: null,
  revokedById: null,
  revokedAt: null,
  lastOpenedAt: null,
};

describe("how a counsellor link reads to the two of us", () => {
  it("mine, waiting: who it waits for, and I can turn it off but not approve it", () => {
    expect(describeLink(base, reader)).toMatchObject({ title: "Waiting for Blake", canApprove: false, canRevoke: true });
  });

  it("my partner's, waiting: an invitation I can say yes or no to", () => {
    const card = describeLink({ ...base, proposedById: "blake", days: 1, therapistName: null }, reader);
    expect(card).toMatchObject({ title: "Blake suggested sharing our agreements with a counsellor for 1 day", canApprove: true, canRevoke: true });
    expect(card.lines[0]).toBe("Would this work for us?");
  });

  it("working, stopped and turned off: until when, when last opened, and by whom, in my time zone", () => {
    const expiresAt = new Date("2026-12-09T10:00:00Z");
    const active = describeLink({ ...base, status: "active", expiresAt, lastOpenedAt: new Date("2026-12-02T18:30:00Z") }, reader);
    expect(active).toMatchObject({ title: "Shared with Dr Rivera", lines: ["Works until 9 Dec, 11:00", "Last opened 2 Dec, 19:30"], canRevoke: true });
    expect(describeLink({ ...base, status: "expired", expiresAt }, reader)).toMatchObject({ lines: ["Stopped on 9 Dec, 11:00", "Not opened yet"], canRevoke: false });
    const off = describeLink({ ...base, status: "revoked", revokedById: "blake", revokedAt: expiresAt }, reader);
    expect(off).toMatchObject({ lines: ["Turned off by Blake on 9 Dec, 11:00", "Not opened yet"], canApprove: false, canRevoke: false });
    expect(describeLink({ ...base, status: "revoked", revokedById: "alex", revokedAt: expiresAt }, reader).lines[0]).toMatch(/^Turned off by you/);
  });

  it("in Spanish: the same facts, in the reader's words and date format", () => {
    const es = { ...reader, locale: "es" as const };
    expect(describeLink({ ...base, proposedById: "blake", days: 3, therapistName: null }, es).title).toBe(
      "Blake ha propuesto compartir nuestros acuerdos con un terapeuta durante 3 días",
    );
    const off = describeLink({ ...base, status: "revoked", revokedById: "alex", revokedAt: new Date("2026-12-09T10:00:00Z") }, es);
    expect(off.lines[0]).toBe("Lo desactivaste el 9 dic, 11:00");
  });
});
