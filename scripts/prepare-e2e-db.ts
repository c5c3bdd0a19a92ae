// Prints the database URL the e2e server should use, after making it empty:
// a fresh `steady_e2e[_<E2E_PORT>]` on the local PostgreSQL when one is configured, else nothing
// (the e2e server then uses a fresh embedded database in .data/e2e-pglite).
import { rmSync } from "node:fs";
import pg from "pg";

const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (!base) {
  rmSync(".data/e2e-pglite", { recursive: true, force: true });
  process.stdout.write("");
} else {
  const url = new URL(base);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    console.error(`Refusing to reset a database on ${url.hostname}: e2e tests only run against a local PostgreSQL.`);
    process.exit(1);
  }
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  // One database per e2e port, so runs from two checkouts on one machine never drop each other's.
  const name = `steady_e2e${process.env.E2E_PORT ? `_${Number(process.env.E2E_PORT)}` : ""}`;
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  url.pathname = `/${name}`;
  process.stdout.write(url.toString());
}
