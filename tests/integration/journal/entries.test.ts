import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { checkJournalKey } from "@/lib/journal/keys";
import { ALREADY_SAVED } from "@/lib/journal/mutations";
import { deleteEntryOp, saveEntryOp, saveSteadiersOp } from "@/lib/journal/operations";
import { getEntry, latestDraft, listEntries } from "@/lib/journal/queries";
import { LIMITS } from "@/lib/journal/schemas";
import { JournalKeyError } from "@/lib/journal/server-key";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { createUser } from "@/tests/factories";
import { allowConsoleErrors } from "@/tests/setup/console";
import { rawPrivateCounts, writeMarkedEntry } from "./helpers";

const clock = (iso: string) => () => new Date(iso);

describe("writing in the journal", () => {
  it("works without a couple; a draft saved as I type becomes one entry, dated when I started it", async () => {
    const me = await createUser({ timeZone: "Europe/Berlin" });
    const id = randomUUID();
    const first = await executeOperation(saveEntryOp, { id, draft: true, happened: "" }, { ...me.request, clock: clock("2026-12-01T14:00:00Z") });
    expect(first).toEqual({ ok: true, data: { id, draft: true, savedAt: "2026-12-01T14:00:00.000Z" } });
    await executeOperation(saveEntryOp, { id, draft: true, happened: "They didn’t reply all afternoon" }, { ...me.request, clock: clock("2026-12-01T14:01:00Z") });
    expect((await latestDraft(me.id))?.happened).toBe("They didn’t reply all afternoon");
    expect(await listEntries(me.id)).toEqual([]);
    const done = await executeOperation(
      saveEntryOp,
      { id, draft: false, happened: "They didn’t reply all afternoon", feelings: ["anxious"], feared: "That I don’t matter", intensity: 3, tags: ["Late reply"] },
      { ...me.request, clock: clock("2026-12-01T14:05:00Z") },
    );
    expect(done.ok).toBe(true);
    const entries = await listEntries(me.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id, draft: false, tags: ["late reply"], intensity: 3, createdAt: new Date("2026-12-01T14:00:00Z"), updatedAt: new Date("2026-12-01T14:05:00Z") });
    expect(await latestDraft(me.id)).toBeNull();
    expect(await rawPrivateCounts(me.id)).toEqual({ entries: 1, keys: 1, steadiers: 0 });
  });

  it("a late autosave cannot turn a saved entry back into a draft or write older words over it", async () => {
    const me = await createUser();
    const { id, markers } = await writeMarkedEntry(me);
    const late = await executeOperation(saveEntryOp, { id, draft: true, happened: "older words" }, me.request);
    expect(late).toEqual({ ok: false, code: "conflict", error: ALREADY_SAVED });
    expect((await getEntry(me.id, id))?.happened).toBe(markers[0]);
  });

  it("edits and deletes my own entry", async () => {
    const me = await createUser();
    const { id } = await writeMarkedEntry(me);
    const edit = await executeOperation(saveEntryOp, { id, draft: false, happened: "Seen differently now", intensity: 2 }, me.request);
    expect(edit.ok).toBe(true);
    expect(await getEntry(me.id, id)).toMatchObject({ happened: "Seen differently now", intensity: 2, feelings: [], tags: [] });
    expect(await executeOperation(deleteEntryOp, { id }, me.request)).toEqual({ ok: true, data: { deleted: true } });
    expect(await getEntry(me.id, id)).toBeNull();
    expect((await executeOperation(deleteEntryOp, { id }, me.request)).ok).toBe(false);
  });
});

describe("bad input to the journal", () => {
  it("is refused with a clear message under the field, and nothing is written", async () => {
    const me = await createUser();
    const id = randomUUID();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ id, draft: true, happened: "x".repeat(LIMITS.happened + 1) }, "happened", /keep this to 2000 characters/],
      [{ id, draft: true, feared: "x".repeat(LIMITS.feared + 1) }, "feared", /keep this to 1000 characters/],
      [{ id, draft: true, feelings: ["hurt", "furious"] }, "feelings", /choose feelings from the list/],
      [{ id, draft: true, intensity: 9 }, "intensity", /from 1 to 5/],
      [{ id, draft: true, tags: Array.from({ length: 9 }, (_, i) => `t${i}`) }, "tags", /up to 8 tags/],
      [{ id, draft: false, happened: "", intensity: null }, "happened", /write a few words/],
      [{ id, draft: false, happened: "Something", intensity: null }, "intensity", /how strong/],
      [{ id: "1234", draft: true }, "id", /reload the page/],
    ];
    for (const [input, field, message] of cases) {
      const res = await executeOperation(saveEntryOp, input, me.request);
      expect(res.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (res.ok) continue;
      expect(res.code).toBe("bad_request");
      expect(res.fieldErrors?.[field]?.join(" "), field).toMatch(message);
    }
    expect(await executeOperation(saveEntryOp, "not an object", me.request)).toMatchObject({ ok: false, code: "bad_request" });
    const list = await executeOperation(saveSteadiersOp, { items: [{ kind: "PET", text: "Rex" }] }, me.request);
    expect(list).toMatchObject({ ok: false, code: "bad_request" });
    expect(await rawPrivateCounts(me.id)).toEqual({ entries: 0, keys: 0, steadiers: 0 });
  });
});

describe("the server key", () => {
  it("a key that cannot open the stored journals is a clear error naming JOURNAL_KEY, and nothing is written", async () => {
    const me = await createUser();
    const { id } = await writeMarkedEntry(me);
    expect(await checkJournalKey()).toBe("opens existing journals");
    const stored = JSON.stringify(await db.journalEntry.findMany({ orderBy: { id: "asc" } })) + JSON.stringify(await db.userKey.findMany());

    const right = process.env.JOURNAL_KEY;
    process.env.JOURNAL_KEY = Buffer.alloc(32, 8).toString("base64");
    reloadEnv();
    try {
      await expect(checkJournalKey()).rejects.toThrow(JournalKeyError);
      await expect(checkJournalKey()).rejects.toThrow(/JOURNAL_KEY does not open the private journals already in this database.*Nothing has been written/);
      allowConsoleErrors(); // the operation logs the key problem (never any content)
      const save = await executeOperation(saveEntryOp, { id, draft: false, happened: "new words", intensity: 1 }, me.request);
      expect(save).toMatchObject({ ok: false, code: "internal" });
      const fresh = await executeOperation(saveEntryOp, { id: randomUUID(), draft: true, happened: "another" }, me.request);
      expect(fresh.ok).toBe(false);
      const after = JSON.stringify(await db.journalEntry.findMany({ orderBy: { id: "asc" } })) + JSON.stringify(await db.userKey.findMany());
      expect(after).toBe(stored);
    } finally {
      process.env.JOURNAL_KEY = right;
      reloadEnv();
    }
    expect((await getEntry(me.id, id))?.happened).toMatch(/^HAPPENED-/);
  });

  it("an empty database accepts any key", async () => {
    expect(await checkJournalKey(Buffer.alloc(32, 3))).toBe("no journals yet");
  });
});
