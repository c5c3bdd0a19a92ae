import { describe, expect, it } from "vitest";
import { LIMITS, SaveEntrySchema, SaveSteadiersSchema } from "./schemas";

const id = "5b0c1f3e-1c1d-4e7a-9a57-3c3f8d2b6a10";

describe("journal schemas", () => {
  it("lets a draft be empty, and asks a saved entry for words and how strong it was", () => {
    expect(SaveEntrySchema.safeParse({ id, draft: true }).success).toBe(true);
    const saved = SaveEntrySchema.safeParse({ id, draft: false });
    expect(saved.success).toBe(false);
    const paths = saved.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["happened", "intensity"]));
    expect(SaveEntrySchema.safeParse({ id, draft: "false", feelings: "hurt", intensity: "3" }).success).toBe(true);
  });

  it("refuses unknown feelings, intensities outside 1–5, and anything over its size limit, even in a draft", () => {
    const bad = [
      { feelings: ["hurt", "furious-ish"] },
      { intensity: 6 },
      { intensity: 0 },
      { happened: "x".repeat(LIMITS.happened + 1) },
      { feared: "x".repeat(LIMITS.feared + 1) },
      { feelingWords: "x".repeat(LIMITS.feelingWords + 1) },
      { tags: ["x".repeat(LIMITS.tag + 1)] },
      { tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `tag ${i}`) },
      { happened: 42 },
    ];
    for (const extra of bad) expect(SaveEntrySchema.safeParse({ id, draft: true, ...extra }).success, JSON.stringify(extra).slice(0, 60)).toBe(false);
    expect(SaveEntrySchema.safeParse({ id: "not-a-uuid", draft: true }).success).toBe(false);
  });

  it("keeps tags tidy: trimmed, lower case, once each", () => {
    const parsed = SaveEntrySchema.parse({ id, draft: true, tags: [" Late  Reply ", "late reply", "Tone of voice"] });
    expect(parsed.tags).toEqual(["late reply", "tone of voice"]);
  });

  it("checks things that steady me", () => {
    expect(SaveSteadiersSchema.safeParse({ items: [{ kind: "PERSON", text: "My sister" }] }).success).toBe(true);
    expect(SaveSteadiersSchema.safeParse({ items: [{ kind: "PET", text: "Rex" }] }).success).toBe(false);
    expect(SaveSteadiersSchema.safeParse({ items: [{ kind: "WORDS", text: "  " }] }).success).toBe(false);
    expect(SaveSteadiersSchema.safeParse({ items: Array.from({ length: LIMITS.steadiers + 1 }, () => ({ kind: "WORDS", text: "ok" })) }).success).toBe(false);
  });
});
