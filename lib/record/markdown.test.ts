import fc from "fast-check";
import type { Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { headingsBySection, parseMarkdown, plainText } from "@/tests/parse-markdown";
import { recordToMarkdown } from "./markdown";
import type { CoupleRecord, RecordAgreement } from "./types";
import en from "../../messages/en.json";

/** The record's English headings, as the catalogue says them. */
const W = en.record.doc;

const agreement = (title: string, extra: Partial<RecordAgreement> = {}): RecordAgreement => ({
  id: title,
  kind: "Trigger → response",
  title,
  status: "ACTIVE",
  agreedAt: "3 Dec 2026, 19:35",
  retiredAt: null,
  fields: [{ label: "What helps", value: "I’m caught up — I’ll write tonight." }],
  history: [
    { when: "3 Dec 2026, 19:30", summary: "Alex proposed this agreement", note: "Would this work for us?", changes: [], outcome: "Blake suggested something different", reason: null },
    {
      when: "3 Dec 2026, 19:33",
      summary: "Blake suggested something different",
      note: null,
      changes: [{ label: "What helps", from: "Later", to: "I’m caught up — I’ll write tonight." }],
      outcome: "Alex said yes · 3 Dec 2026, 19:35",
      reason: null,
    },
  ],
  ...extra,
});

const record = (over: Partial<CoupleRecord> = {}): CoupleRecord => ({
  audience: "counsellor",
  locale: "en",
  people: "Alex and Blake",
  madeAt: "4 Dec 2026, 09:00",
  timeZone: "Europe/Berlin",
  ended: false,
  active: [agreement("A late reply"), agreement("Our 10-minute pause")],
  retired: [agreement("Sunday walks", { status: "RETIRED", retiredAt: "1 Dec 2026, 10:00" })],
  pauses: { items: [{ when: "2 Dec 2026, 21:30", summary: "Alex asked for a pause", length: "10 min", outcome: "Talked when the time was up" }], truncated: false },
  ...over,
});

describe("the record as Markdown", () => {
  it("has one heading per agreement, under in place and retired, then the pauses", () => {
    const { headings } = parseMarkdown(recordToMarkdown(record()));
    expect(headings[0]).toEqual({ depth: 1, text: `${W.title} — Alex and Blake` });
    expect(headingsBySection(headings)).toEqual({
      [W.activeTitle]: ["A late reply", "Our 10-minute pause"],
      [W.retiredTitle]: ["Sunday walks"],
      [W.pausesTitle]: [],
    });
    expect(headingsBySection(headings, 4)[W.activeTitle]).toEqual([W.historyTitle, W.historyTitle]);
  });

  it("shows each step of the history with its change, struck through and new", () => {
    const md = recordToMarkdown(record());
    expect(md).toContain("- **3 Dec 2026, 19:33** — Blake suggested something different.");
    expect(md).toContain("  - What helps: ~~Later~~ → **I’m caught up — I’ll write tonight.**");
    expect(md).toContain("  > Would this work for us?");
    expect(md).toContain("- **2 Dec 2026, 21:30** · 10 min — Alex asked for a pause. Talked when the time was up.");
  });

  it("says plainly when there is nothing yet", () => {
    const md = recordToMarkdown(record({ active: [], retired: [], pauses: { items: [], truncated: false } }));
    for (const words of [W.activeEmpty, W.retiredEmpty, W.pausesEmpty]) expect(md).toContain(words);
  });

  it("renders the check-ins and weekly reviews sections only when they exist", () => {
    const without = parseMarkdown(recordToMarkdown(record())).headings.map((h) => h.text);
    expect(without).not.toContain(W.checkInsTitle);
    expect(without).not.toContain(W.reviewsTitle);
    const md = recordToMarkdown(
      record({
        checkIns: { period: "Since 1 Nov 2026", rows: [{ agreement: "How today felt", kept: 3, planned: 4 }] },
        reviews: { items: [{ week: "Week of 30 Nov 2026", lines: ["A late reply: kept", "We felt closer"] }] },
      }),
    );
    const sections = headingsBySection(parseMarkdown(md).headings);
    expect(sections[W.checkInsTitle]).toEqual([]);
    expect(sections[W.reviewsTitle]).toEqual(["Week of 30 Nov 2026"]);
    expect(md).toContain("- How today felt: kept 3 of the 4 we planned");
  });

  it("keeps anything people wrote as text: it never becomes a heading, list, link or HTML", () => {
    const risky = fc.string({ unit: fc.constantFrom(..."ab 1#*_-+=>.)![]()<>`~|&\\:\n".split("")), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(risky.filter((s) => s.trim().length > 0), { minLength: 1, maxLength: 3 }), risky, risky, (titles, value, note) => {
        const agreements = titles.map((t, i) => agreement(t, { id: String(i), fields: [{ label: "Why it matters", value }], history: [{ ...agreement("x").history[0]!, note }] }));
        const { tokens, headings } = parseMarkdown(recordToMarkdown(record({ active: agreements, retired: [] })));
        // One heading per agreement, reading exactly as written (a heading holds one line).
        expect(headingsBySection(headings)[W.activeTitle]).toEqual(titles.map((t) => t.replace(/\s+/g, " ").trim()));
        // Each agreement's field is one list item whose text is the value, line breaks kept.
        const fieldLists = tokens.filter((t): t is Tokens.List => t.type === "list" && t.items[0]!.text.startsWith("**Why it matters:**"));
        expect(fieldLists).toHaveLength(titles.length);
        for (const list of fieldLists) {
          expect(list.items).toHaveLength(1);
          const unexpected: string[] = [];
          const paragraph = list.items[0]!.tokens[0] as Tokens.Text;
          const read = plainText(paragraph.tokens, unexpected);
          expect(unexpected).toEqual([]);
          const squeeze = (s: string) => s.replace(/ *\n */g, "\n").trim();
          // Spaces at the ends of lines and blank lines go; everything else reads as written.
          const lines = value.split("\n").map((l) => l.trim()).filter(Boolean);
          expect(squeeze(read)).toBe(squeeze(`Why it matters: ${lines.join("\n")}`));
        }
      }),
      { numRuns: 300 },
    );
  });
});
