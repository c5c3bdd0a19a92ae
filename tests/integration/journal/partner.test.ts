import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataOp } from "@/lib/accounts/operations";
import { db } from "@/lib/db";
import { deleteEntryOp, readSteadiersOp, saveEntryOp } from "@/lib/journal/operations";
import { entriesBetween, getEntry, latestDraft, listEntries, readSteadiers } from "@/lib/journal/queries";
import { ENTRY_NOT_FOUND } from "@/lib/journal/schemas";
import { executeOperation } from "@/lib/operations/execute";
import { proposeAgreementOp } from "@/lib/agreements/operations";
import { createCouple } from "@/tests/factories";
import { ask, connect, sessionCookie, settle, startRealtime, type RealtimeHarness } from "../pause/harness";
import { writeMarkedEntry, writeMarkedSteadiers } from "./helpers";

let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

const rows = (userId: string) => db.journalEntry.findMany({ where: { userId }, orderBy: { id: "asc" } }).then((r) => JSON.stringify(r));

describe("for my journal, my partner is an outsider", () => {
  it("cannot read, change or delete my entry by any verb, and learns nothing from the answer", async () => {
    const c = await createCouple();
    const entry = await writeMarkedEntry(c.a);
    const steady = await writeMarkedSteadiers(c.a);
    const before = await rows(c.a.id);
    const attempts = [
      await executeOperation(saveEntryOp, { id: entry.id, draft: false, happened: "B was here", intensity: 1 }, c.b.request),
      await executeOperation(saveEntryOp, { id: entry.id, draft: true, happened: "B was here" }, c.b.request),
      await executeOperation(deleteEntryOp, { id: entry.id }, c.b.request),
    ];
    for (const res of attempts) expect(res).toEqual({ ok: false, code: "not_found", error: ENTRY_NOT_FOUND });
    // B's own reads answer with B's own (empty) journal.
    const read = await executeOperation(readSteadiersOp, {}, c.b.request);
    expect(read).toEqual({ ok: true, data: { items: [] } });
    const exported = JSON.stringify(await executeOperation(exportDataOp, {}, c.b.request));
    for (const m of [...entry.markers, steady, entry.id]) expect(exported).not.toContain(m);
    expect(await rows(c.a.id)).toBe(before);
    expect(await db.journalEntry.count({ where: { userId: c.b.id } })).toBe(0);
  });

  it("the queries pages use find nothing of mine for my partner, whatever id is asked for", async () => {
    const c = await createCouple();
    const entry = await writeMarkedEntry(c.a);
    await executeOperation(saveEntryOp, { id: randomUUID(), draft: true, happened: "an unfinished A draft" }, c.a.request);
    expect(await getEntry(c.b.id, entry.id)).toBeNull();
    expect(await listEntries(c.b.id)).toEqual([]);
    expect(await latestDraft(c.b.id)).toBeNull();
    expect(await entriesBetween(c.b.id, new Date(0), new Date(Date.now() + 60_000))).toEqual([]);
    expect(await readSteadiers(c.b.id)).toEqual([]);
    expect(await getEntry(c.b.id, "../../etc")).toBeNull();
    expect((await getEntry(c.a.id, entry.id))?.happened).toBe(entry.markers[0]);
  });

  it("over the socket: journal verbs are not served, and my partner hears nothing when I write", async () => {
    const c = await createCouple();
    const socketA = await connect(harness.url, await sessionCookie(c.a));
    const socketB = await connect(harness.url, await sessionCookie(c.b));
    const heard: string[] = [];
    socketB.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));

    const entry = await writeMarkedEntry(c.a);
    const before = await rows(c.a.id);
    // Not socket verbs: the dispatcher ignores them (no ack), and nothing changes.
    for (const event of ["journal:save", "journal:delete", "journal:readSteadiers"]) {
      await expect(ask(socketB, event as never, { id: entry.id, draft: true, happened: "B" }, 500)).rejects.toThrow();
    }
    // A shared write still reaches B, so B's socket was listening all along.
    await executeOperation(proposeAgreementOp, { kind: "NEED", need: "PRESENCE", why: "Being really here", note: "" }, c.a.request);
    await settle(300);
    expect(heard.some((h) => h.startsWith("agreements:"))).toBe(true);
    for (const m of [...entry.markers, entry.id]) expect(heard.join("\n")).not.toContain(m);
    expect(await rows(c.a.id)).toBe(before);
    socketA.disconnect();
    socketB.disconnect();
  });

  it("nothing of the journal reaches the shared timeline", async () => {
    const c = await createCouple();
    const entry = await writeMarkedEntry(c.a);
    await executeOperation(deleteEntryOp, { id: entry.id }, c.a.request);
    expect(await db.event.count({ where: { coupleId: c.id } })).toBe(0);
  });
});
