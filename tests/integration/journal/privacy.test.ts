import { describe, expect, it } from "vitest";
import { deleteAccountOp, exportDataOp } from "@/lib/accounts/operations";
import { db } from "@/lib/db";
import { getEntry, listEntries, readSteadiers } from "@/lib/journal/queries";
import { executeOperation } from "@/lib/operations/execute";
import { createCouple, FACTORY_PASSWORD } from "@/tests/factories";
import { everyRawValue, rawPrivateCounts, writeMarkedEntry, writeMarkedSteadiers } from "./helpers";

describe("the private journal at rest", () => {
  it("no raw row of any table holds the plaintext of any field", async () => {
    const c = await createCouple();
    const one = await writeMarkedEntry(c.a);
    const two = await writeMarkedEntry(c.a, undefined, { draft: true, intensity: null });
    const steady = await writeMarkedSteadiers(c.a);
    const markers = [...one.markers, ...two.markers, steady];
    // The feelings chosen are stored encrypted too: their names appear nowhere either.
    const feelingWords = ["overwhelmed"];
    const rows = await everyRawValue();
    expect(rows.some((r) => r.table === "JournalEntry" && r.column === "ciphertext")).toBe(true);
    const found = rows.filter((r) => [...markers, ...feelingWords].some((m) => r.text.includes(m)));
    expect(found.map((r) => `${r.table}.${r.column}`)).toEqual([]);
    // And yet the owner reads it all back.
    const entry = await getEntry(c.a.id, one.id);
    expect(entry).toMatchObject({ happened: one.markers[0], feared: one.markers[1], feelingWords: one.markers[2], tags: [one.markers[3]], feelings: ["hurt", "overwhelmed"], intensity: 4, draft: false });
    expect(await readSteadiers(c.a.id)).toEqual([{ kind: "PERSON", text: steady }]);
  });

  it("a row copied onto another entry, or onto another person, does not open", async () => {
    const c = await createCouple();
    const mine = await writeMarkedEntry(c.a);
    const other = await writeMarkedEntry(c.a);
    const theirs = await writeMarkedEntry(c.b);
    const source = await db.journalEntry.findUniqueOrThrow({ where: { id: mine.id } });
    // Swap A's first entry's sealed bytes into A's second entry, and into B's.
    const sealed = { ciphertext: source.ciphertext, iv: source.iv, tag: source.tag };
    await db.journalEntry.update({ where: { id: other.id }, data: sealed });
    await db.journalEntry.update({ where: { id: theirs.id }, data: sealed });
    const { allowConsoleErrors } = await import("@/tests/setup/console");
    allowConsoleErrors(); // each unreadable row is logged by id
    expect(await getEntry(c.a.id, other.id)).toBeNull();
    expect(await getEntry(c.b.id, theirs.id)).toBeNull();
    expect((await listEntries(c.a.id)).map((e) => e.id)).toEqual([mine.id]);
  });

  it("my export has my entries in plain text; my partner's export has none of them", async () => {
    const c = await createCouple();
    const entry = await writeMarkedEntry(c.a);
    const steady = await writeMarkedSteadiers(c.a);
    const mine = await executeOperation(exportDataOp, {}, c.a.request);
    expect(mine.ok).toBe(true);
    const text = JSON.stringify(mine);
    for (const m of [...entry.markers, steady]) expect(text).toContain(m);
    expect(mine.ok && mine.data.myPrivateJournal.entries[0]).toMatchObject({ whatHappened: entry.markers[0], whatIFeared: entry.markers[1], feelings: ["hurt", "overwhelmed"], intensity: 4 });
    const partners = JSON.stringify(await executeOperation(exportDataOp, {}, c.b.request));
    for (const m of [...entry.markers, steady, entry.id]) expect(partners).not.toContain(m);
  });

  it("deleting my account destroys my key, my entries and my list; my partner's journal stays", async () => {
    const c = await createCouple();
    await writeMarkedEntry(c.a);
    await writeMarkedEntry(c.a);
    await writeMarkedSteadiers(c.a);
    const partnerEntry = await writeMarkedEntry(c.b);
    expect(await rawPrivateCounts(c.a.id)).toEqual({ entries: 2, keys: 1, steadiers: 1 });
    const res = await executeOperation(deleteAccountOp, { password: FACTORY_PASSWORD }, c.a.request);
    expect(res.ok).toBe(true);
    expect(await rawPrivateCounts(c.a.id)).toEqual({ entries: 0, keys: 0, steadiers: 0 });
    expect(await rawPrivateCounts(c.b.id)).toEqual({ entries: 1, keys: 1, steadiers: 0 });
    expect((await getEntry(c.b.id, partnerEntry.id))?.happened).toBe(partnerEntry.markers[0]);
  });
});
