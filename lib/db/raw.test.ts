import { describe, expect, it } from "vitest";
import { named, parseUtcTimestamp, sql } from "./raw";

describe("raw statements", () => {
  it("turns every interpolated value into a numbered parameter, never into SQL text", () => {
    const hostile = `x'; DROP TABLE "Pause"; --`;
    const statement = sql`SELECT * FROM "Pause" WHERE "id" = ${hostile} AND "coupleId" = ${"c1"} LIMIT ${1}`;
    expect(statement.text).toBe(`SELECT * FROM "Pause" WHERE "id" = $1 AND "coupleId" = $2 LIMIT $3`);
    expect(statement.values).toEqual([hostile, "c1", 1]);
    expect(named("by_id", statement)).toEqual({ ...statement, name: "by_id" });
  });

  it("splices a nested template in, renumbering its parameters, so a shared CTE is written once", () => {
    const me = (user: string, couple: string) => sql`me AS (SELECT 1 FROM "Membership" WHERE "userId" = ${user} AND "coupleId" = ${couple})`;
    const statement = sql`WITH ${me("u1", "c1")} SELECT ${"x"}, ${me("u2", "c2")}, ${7}`;
    expect(statement.text).toBe(
      `WITH me AS (SELECT 1 FROM "Membership" WHERE "userId" = $1 AND "coupleId" = $2) SELECT $3, me AS (SELECT 1 FROM "Membership" WHERE "userId" = $4 AND "coupleId" = $5), $6`,
    );
    expect(statement.values).toEqual(["u1", "c1", "x", "u2", "c2", 7]);
  });

  it("treats an object that merely looks like a statement as a plain parameter", () => {
    const lookalike = { text: "DROP TABLE x", values: [] };
    expect(sql`SELECT ${lookalike}`).toEqual({ text: "SELECT $1", values: [lookalike] });
  });

  it("reads Prisma's timestamp(3) columns as UTC, whatever the process's time zone", () => {
    expect(parseUtcTimestamp("2026-03-29 01:30:00.250").toISOString()).toBe("2026-03-29T01:30:00.250Z");
    expect(parseUtcTimestamp("2026-11-29 23:59:59").toISOString()).toBe("2026-11-29T23:59:59.000Z");
  });
});
