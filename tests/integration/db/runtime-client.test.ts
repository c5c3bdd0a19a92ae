import { describe, expect, it } from "vitest";
import { db, rawQuery } from "@/lib/db";
import { MigrationPg } from "@/lib/db/migrations/pg-adapter";
import { sql } from "@/lib/db/raw";
import { defaultTarget } from "@/lib/db/target";
import { createCouple } from "@/tests/factories";

// The app's client runs on Prisma's stock adapters; the `"char"` (OID 18) relabelling the schema
// engine needs lives only in the migration runner (lib/db/README.md). These tests say why that
// is safe, and keep it so.

const CHAR = `SELECT 'c'::"char" AS kind`;
const target = defaultTarget();

describe("the app's database client", () => {
  it("reads every column of every app table (no column type needs an adapter fix)", async () => {
    const { id: coupleId, a } = await createCouple();
    await db.agreement.create({
      data: {
        coupleId,
        kind: "CHECK_IN",
        versions: { create: { coupleId, number: 1, action: "CREATE", content: { every: "sunday" }, proposedById: a.id } },
      },
    });
    const now = new Date();
    await db.pause.create({
      data: { coupleId, startedById: a.id, endsAt: now, minutes: 20, endedAt: now, endReason: "EXPIRED", reconveneChoice: "TALK_NOW" },
    });
    await db.event.create({ data: { coupleId, actorId: a.id, type: "pause:ended", data: { minutes: 20 } } });
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`;
    expect(tables.map((t) => t.name)).toContain(`"Couple"`);
    for (const { name } of tables) {
      await expect(db.$queryRawUnsafe(`SELECT * FROM ${name} LIMIT 5`), name).resolves.toBeInstanceOf(Array);
    }
  });

  it("has no `\"char\"` column in the app's tables, the one type the stock adapter cannot read", async () => {
    const columns = await db.$queryRaw<{ column: string }[]>`
      SELECT c.relname || '.' || a.attname AS column
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
        AND a.atttypid = '"char"'::regtype`;
    expect(columns).toEqual([]);
  });

  it("reads rows on the raw hot path as before", async () => {
    const { id } = await createCouple();
    expect(await rawQuery<{ id: string }>(sql`SELECT id FROM "Couple" WHERE id = ${id}`)).toEqual([{ id }]);
  });
});

describe.runIf(target.kind === "postgres")("the `\"char\"` fix on PostgreSQL", () => {
  const url = target.kind === "postgres" ? target.url : "";

  it("is not in the app's client: a `\"char\"` column fails there as on stock @prisma/adapter-pg", async () => {
    await expect(db.$queryRawUnsafe(CHAR)).rejects.toThrow(/char|UnsupportedNativeDataType/i);
  });

  it("is in the migration runner's adapter, which reads the column as a character", async () => {
    const adapter = await new MigrationPg(url, { max: 1 }).connect();
    try {
      const result = await adapter.queryRaw({ sql: CHAR, args: [], argTypes: [] });
      expect(result.rows).toEqual([["c"]]);
    } finally {
      await adapter.dispose();
    }
  });
});
