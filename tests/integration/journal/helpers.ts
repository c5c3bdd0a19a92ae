import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveEntryOp, saveSteadiersOp } from "@/lib/journal/operations";
import { executeOperation } from "@/lib/operations/execute";
import type { TestUser } from "@/tests/factories";

/** An entry whose every text field holds its own marker string, saved through the real verb. */
export async function writeMarkedEntry(user: TestUser, tag = randomUUID().slice(0, 8), extra: Record<string, unknown> = {}) {
  const markers = { happened: `HAPPENED-${tag}`, feared: `FEARED-${tag}`, feelingWords: `WORDS-${tag}`, tag: `tag-${tag}` };
  const id = randomUUID();
  const res = await executeOperation(
    saveEntryOp,
    { id, draft: false, happened: markers.happened, feared: markers.feared, feelingWords: markers.feelingWords, feelings: ["hurt", "overwhelmed"], intensity: 4, tags: [markers.tag], ...extra },
    user.request,
  );
  if (!res.ok) throw new Error(`entry not saved: ${res.error}`);
  return { id, markers: Object.values(markers) };
}

export async function writeMarkedSteadiers(user: TestUser, tag = randomUUID().slice(0, 8)) {
  const marker = `STEADY-${tag}`;
  const res = await executeOperation(saveSteadiersOp, { items: [{ kind: "PERSON", text: marker }] }, user.request);
  if (!res.ok) throw new Error(`list not saved: ${res.error}`);
  return marker;
}

/**
 * Every row of every table in the database, each value as text: bytes both as UTF-8 and Latin-1
 * (so plaintext hidden in a bytea column would show), everything else as JSON.
 */
export async function everyRawValue(): Promise<{ table: string; column: string; text: string }[]> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
  const out: { table: string; column: string; text: string }[] = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = value instanceof Uint8Array ? `${Buffer.from(value).toString("utf8")}\n${Buffer.from(value).toString("latin1")}` : JSON.stringify(value);
        out.push({ table: name, column, text: text ?? "" });
      }
    }
  }
  return out;
}

/** Raw journal rows of one person, straight from SQL. */
export async function rawPrivateCounts(userId: string) {
  const [row] = await db.$queryRawUnsafe<{ entries: number; keys: number; steadiers: number }[]>(
    `SELECT (SELECT count(*)::int FROM "JournalEntry" WHERE "userId" = $1) AS entries,
            (SELECT count(*)::int FROM "UserKey" WHERE "userId" = $1) AS keys,
            (SELECT count(*)::int FROM "Steadiers" WHERE "userId" = $1) AS steadiers`,
    userId,
  );
  return row!;
}
