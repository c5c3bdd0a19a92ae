import { describe, expect, it } from "vitest";
import { resolveMember } from "@/lib/auth/member";
import { endMembership } from "@/lib/couples/mutations";
import { executeOperation } from "@/lib/operations/execute";
import { buildRecord, counsellorRecordViewer, memberRecordViewer } from "@/lib/record/build";
import { recordToMarkdown } from "@/lib/record/markdown";
import { getRecordOp } from "@/lib/record/operations";
import en from "@/messages/en.json";

/** The record's English headings, as the catalogue says them. */
const W = en.record.doc;
import { createCouple, createUser } from "@/tests/factories";
import { headingsBySection, parseMarkdown } from "@/tests/parse-markdown";
import { ok } from "../agreements/helpers";
import { buildScene } from "./scene";

const now = new Date("2026-12-20T09:00:00Z");

describe("our record", () => {
  it("holds the agreements in place and retired, each with who proposed what, what changed and how it was answered", async () => {
    const { couple: c, titles } = await buildScene();
    const record = ok(await executeOperation(getRecordOp, {}, { ...c.a.request, clock: () => now }));

    expect(record.audience).toBe("member");
    expect(record.people).toBe("Alex Morgan and Blake Chen");
    expect(record.madeAt).toBe("20 Dec 2026, 10:00"); // Europe/Berlin
    expect(record.active.map((a) => a.title)).toEqual(titles.active);
    expect(record.retired.map((a) => a.title)).toEqual(titles.retired);

    const [reply, rule] = record.active;
    expect(reply!.kind).toBe("Trigger → response");
    expect(reply!.fields).toContainEqual({ label: "What helps", value: "Busy — I love you, and I’ll reply tonight." });
    // A reads their own record as the app speaks to them.
    expect(reply!.fields).toContainEqual({ label: "Whose trigger", value: "Mine" });
    expect(reply!.history.map((s) => [s.summary, s.outcome.split(" · ")[0]])).toEqual([
      ["You proposed this agreement", "Blake Chen suggested something different"],
      ["Blake Chen suggested something different", "You said yes"],
    ]);
    expect(reply!.history[0]!.note).toMatch(/^Would this work for us\?/);
    expect(reply!.history[1]!.changes).toContainEqual({ label: "What helps", from: "I’m caught up, but I’ve seen you — I’ll write by this evening.", to: "Busy — I love you, and I’ll reply tonight." });

    expect(rule!.history.map((s) => s.summary)).toEqual(["You proposed this agreement", "Blake Chen proposed a change"]);
    expect(rule!.history[1]!.changes).toEqual([{ label: "Length", from: "10 minutes", to: "15 minutes" }]);
    expect(rule!.agreedAt).toBeTruthy();

    const [walks] = record.retired;
    expect(walks!.status).toBe("RETIRED");
    expect(walks!.retiredAt).toBeTruthy();
    expect(walks!.history.at(-1)).toMatchObject({ summary: "Blake Chen proposed retiring it", note: "Winter is here", outcome: expect.stringMatching(/^You said yes · /) });

    // The pause we took, and how it ended.
    expect(record.pauses.items).toEqual([expect.objectContaining({ summary: "You asked for a pause", outcome: "Ready to talk before the time was up", length: "1 min" })]);
    expect(record.pauses.truncated).toBe(false);
    // No check-in rhythm and no review yet: the sections are there, and empty.
    expect(record.checkIns?.rows).toEqual([]);
    expect(record.reviews?.items).toEqual([]);
  });

  it("leaves out what was never ours and everything private: devices, sessions, emails, ids of people", async () => {
    const { couple: c, titles, privateMarkers } = await buildScene();
    for (const viewer of [memberRecordViewer((await resolveMember(c.b.sessionId))!, "en"), counsellorRecordViewer([c.a, c.b], "Europe/Berlin", "en")]) {
      const record = await buildRecord(c.id, viewer, now);
      const all = JSON.stringify(record) + recordToMarkdown(record);
      for (const marker of [...privateMarkers, titles.waiting, titles.declined]) expect(all).not.toContain(marker);
    }
  });

  it("names both partners by first name for a counsellor, and nobody is “you”", async () => {
    const { couple: c } = await buildScene();
    const record = await buildRecord(c.id, counsellorRecordViewer([c.a, c.b], "Europe/Berlin", "en"), now);
    expect(record.audience).toBe("counsellor");
    expect(record.people).toBe("Alex and Blake");
    expect(record.active[0]!.history.map((s) => s.summary)).toEqual(["Alex proposed this agreement", "Blake suggested something different"]);
    expect(record.active[0]!.fields).toContainEqual({ label: "Whose trigger", value: "Alex’s" });
    expect(record.pauses.items[0]!.summary).toBe("Alex asked for a pause");
    expect(JSON.stringify(record)).not.toMatch(/\bYou\b|\bMine\b|Morgan|Chen/);
  });

  it("downloads as Markdown with one heading per agreement, under in place and retired", async () => {
    const { couple: c, titles } = await buildScene();
    const record = ok(await executeOperation(getRecordOp, {}, c.b.request));
    const { headings } = parseMarkdown(recordToMarkdown(record));
    expect(headings[0]).toEqual({ depth: 1, text: `${W.title} — Blake Chen and Alex Morgan` });
    const sections = headingsBySection(headings);
    expect(sections[W.activeTitle]).toEqual(titles.active);
    expect(sections[W.retiredTitle]).toEqual(titles.retired);
    expect(sections).toHaveProperty(W.pausesTitle);
  });

  it("is there for whoever stayed in an ended shared space, read-only; not for someone without one", async () => {
    const { couple: c, titles } = await buildScene();
    await endMembership(c.b.id, c.id);
    const record = ok(await executeOperation(getRecordOp, {}, c.a.request));
    expect(record.ended).toBe(true);
    expect(record.people).toBe("Alex Morgan and a former partner");
    expect(record.active.map((a) => a.title)).toEqual(titles.active);
    expect(record.active[0]!.history[1]!.summary).toBe("A former partner suggested something different");

    const left = await executeOperation(getRecordOp, {}, c.b.request);
    expect(left).toMatchObject({ ok: false, code: "forbidden" });
    const solo = await createUser();
    expect(await executeOperation(getRecordOp, {}, solo.request)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("says plainly that there is nothing yet for a couple that has just linked", async () => {
    const c = await createCouple();
    const fresh = await buildRecord(c.id, counsellorRecordViewer([c.a, c.b], "UTC", "en"), now);
    expect(fresh.active).toEqual([]);
    const md = recordToMarkdown(fresh);
    for (const words of [W.activeEmpty, W.retiredEmpty, W.pausesEmpty]) expect(md).toContain(words);
  });
});

describe("our record, lived", () => {
  it("says how we kept our check-ins and what each weekly review decided, without ratings or notes", { timeout: 60_000 }, async () => {
    const { seedDemoCouple } = await import("@/prisma/seed/demo-couple");
    const seeded = new Date("2026-12-02T10:00:00Z");
    const demo = await seedDemoCouple(seeded);
    const record = ok(await executeOperation(getRecordOp, {}, { ...demo.a.request, clock: () => seeded }));
    // The evening check-in only: the weekly review's own rhythm is not a check-in.
    expect(record.checkIns?.rows).toHaveLength(1);
    const [evening] = record.checkIns!.rows;
    // Counted since our evening check-in last changed (twenty days before): most evenings kept.
    expect(evening!.kept).toBeGreaterThan(10);
    expect(evening!.kept).toBeLessThan(evening!.planned);
    // Two finished reviews, newest first, each agreement with what we decided.
    expect(record.reviews?.items).toHaveLength(2);
    expect(record.reviews!.items[0]!.lines.every((l) => l.endsWith("we kept it"))).toBe(true);
    const markdown = recordToMarkdown(record);
    expect(markdown).toContain(W.checkInsTitle);
    expect(markdown).toContain(W.reviewsTitle);
    // Ratings' lines and check-in notes stay between us.
    for (const privateLine of ["This really helped us this week.", "Harder than I thought", "Laughed a lot tonight."]) expect(markdown).not.toContain(privateLine);
  });
});
