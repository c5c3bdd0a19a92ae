import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPgPool } from "@/lib/db/pg-pool";

// A PostgreSQL restart ends every backend with FATAL 57P01 ("terminating connection due to
// administrator command"); pg_terminate_backend sends the same to one. Run on the worker's database.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)("the app's pg pool when PostgreSQL ends its connections", () => {
  it("a connection ended while checked out between statements does not take the process down, and the pool serves again", async () => {
    const pool = createPgPool(url!, { max: 2 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const unheard: unknown[] = [];
    const onUncaught = (err: unknown) => unheard.push(err);
    process.on("uncaughtException", onUncaught);
    try {
      // Checked out, as a transaction holds its connection between statements, with nobody listening.
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      const gone = new Promise((resolve) => client.once("end", resolve));
      await admin.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await gone;
      await expect(client.query("SELECT 1")).rejects.toThrow();
      client.release(true);
      expect(unheard).toEqual([]);
      // The pool opens a fresh connection by itself.
      expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
    } finally {
      process.off("uncaughtException", onUncaught);
      await admin.end();
      await pool.end();
    }
  });
});
