import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";

export interface BenchCouple {
  id: string;
  /** token: a personal access token (scope pause) for the API phase, once seedTokens ran. */
  a: { id: string; cookie: string; sessionId: string; token?: string };
  b: { id: string; cookie: string; sessionId: string; token?: string };
}

/** Drops and recreates the bench's own database (never the app's). Local PostgreSQL only. */
export async function recreateDatabase(adminUrl: string, name: string) {
  if (!/^steady_bench\w*$/.test(name)) throw new Error(`refusing to recreate database ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/**
 * Creates `count` couples directly in the database: two users, a live session each, and the
 * next-auth cookie a browser of theirs would send (minted with the server's AUTH_SECRET).
 */
export async function seedCouples(databaseUrl: string, count: number, secret: string, offset = 0): Promise<BenchCouple[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const couples: BenchCouple[] = [];
  const expires = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  try {
    for (let start = 0; start < count; start += 1000) {
      const n = Math.min(1000, count - start);
      const users: string[] = [];
      const sessions: string[] = [];
      const coupleIds: string[] = [];
      for (let i = 0; i < n; i++) {
        const k = offset + start + i;
        coupleIds.push(`bench-c-${k}`);
        users.push(`bench-u-${k}-a`, `bench-u-${k}-b`);
        sessions.push(randomBytes(24).toString("base64url"), randomBytes(24).toString("base64url"));
      }
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "timeZone", "updatedAt")
         SELECT u, u || '@bench.test', 'Bench ' || u, 'x', 'Europe/Berlin', now() FROM unnest($1::text[]) AS u`,
        [users],
      );
      await client.query(
        `INSERT INTO "Session" (id, "userId", "userAgent", "expiresAt")
         SELECT s, u, 'bench', $3 FROM unnest($1::text[], $2::text[]) AS t(s, u)`,
        [sessions, users, expires],
      );
      await client.query(`INSERT INTO "Couple" (id) SELECT unnest($1::text[])`, [coupleIds]);
      const memberCouples = coupleIds.flatMap((c) => [c, c]);
      const slots = coupleIds.flatMap(() => [1, 2]);
      await client.query(
        `INSERT INTO "Membership" (id, "coupleId", "userId", slot)
         SELECT 'bench-m-' || u, c, u, s FROM unnest($1::text[], $2::text[], $3::int[]) AS t(c, u, s)`,
        [memberCouples, users, slots],
      );
      for (let i = 0; i < n; i++) {
        const mint = (j: number) => encode({ token: { sub: users[j]!, sid: sessions[j]! }, secret });
        const [ca, cb] = await Promise.all([mint(2 * i), mint(2 * i + 1)]);
        couples.push({
          id: coupleIds[i]!,
          a: { id: users[2 * i]!, cookie: `steady.session=${ca}`, sessionId: sessions[2 * i]! },
          b: { id: users[2 * i + 1]!, cookie: `steady.session=${cb}`, sessionId: sessions[2 * i + 1]! },
        });
      }
    }
  } finally {
    await client.end();
  }
  return couples;
}

/** A `pause` token for both partners of every couple, stored as the app stores them (only the hash). */
export async function seedTokens(databaseUrl: string, couples: BenchCouple[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = couples.flatMap((c) => [c.a, c.b].map((m) => ({ couple: c.id, member: m, secret: `stdy_${randomBytes(32).toString("base64url")}` })));
    await client.query(
      `INSERT INTO "AccessToken" (id, "userId", "coupleId", name, scope, "secretHash", hint)
       SELECT 'bench-t-' || u, u, c, 'bench', 'pause', encode(sha256(convert_to(s, 'UTF8')), 'hex'), left(s, 9)
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(u, c, s)`,
      [rows.map((r) => r.member.id), rows.map((r) => r.couple), rows.map((r) => r.secret)],
    );
    for (const r of rows) r.member.token = r.secret;
  } finally {
    await client.end();
  }
}

/**
 * What autovacuum does on a maintained server: clear the ended pauses' dead rows and refresh the
 * planner's statistics. Run between phases, so each starts from the same kind of database. (This
 * machine's PostgreSQL runs with autovacuum off; without it, every phase inherits the last one's
 * dead rows.)
 */
export async function vacuum(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("VACUUM (ANALYZE)");
  } finally {
    await client.end();
  }
}
