import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import type { BrowserContext } from "@playwright/test";
import { baseURL, e2eServerEnv } from "../../playwright.config";
import type { Device, SeededPerson, SeedRequest } from "./seeder";

export type { Device, SeededPerson };

/**
 * People made straight in the e2e server's database, through the app's own code (tests/e2e/seeder.ts):
 * a real argon2 hash (tests/factories.ts), a real server-side session (lib/auth/sessions), and a
 * couple linked by the real createInvite + redeemInvite (lib/couples), so the invite, the two
 * memberships and the "joined" event on the timeline are what the sign-up and linking screens leave
 * behind. Signing up and linking through the screens took most of the suite's time;
 * tests/e2e/accounts.spec.ts and record.spec.ts still do it end to end.
 *
 * Needs the server's PostgreSQL (E2E_DATABASE_URL): the embedded database belongs to the server
 * process alone, so without it the fixtures go through the screens (tests/e2e/fixtures.ts).
 */
export const canSeed = !!process.env.E2E_DATABASE_URL;

/** Everyone's password in e2e, typed into the forms; seeded people get the same one. */
export const PASSWORD = "quiet harbour lantern 42";

type Answer = { id: number; result?: unknown; error?: string };

interface Seeder {
  child: ChildProcessWithoutNullStreams;
  ask: (request: SeedRequest) => Promise<unknown>;
}

let seeder: Promise<Seeder> | undefined;
let nextId = 1;

/** This worker's seeder process, started on first use (tsx, about a second) and kept until the worker ends. */
function start(): Promise<Seeder> {
  return (seeder ??= new Promise<Seeder>((resolve, reject) => {
    if (!canSeed) return reject(new Error("seeding needs E2E_DATABASE_URL (the e2e server's PostgreSQL)"));
    const child = spawn(process.execPath, ["--import", "tsx", "tests/e2e/seeder.ts"], {
      // The server's database, allowances (every couple redeems its invite from 127.0.0.1) and address.
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        RATE_LIMIT_SCALE: e2eServerEnv.RATE_LIMIT_SCALE,
        APP_URL: baseURL,
        LOG_LEVEL: "warn",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    let ready = false;
    child.once("exit", (code) => {
      const err = new Error(`the e2e seeder exited (${code}):\n${stderr}`);
      if (!ready) reject(err);
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const answer = JSON.parse(line) as Answer & { ready?: boolean; password?: string };
      if (answer.ready) {
        if (answer.password !== PASSWORD) return reject(new Error("seeded people must sign in with the e2e PASSWORD"));
        ready = true;
        return resolve({
          child,
          ask: (request) => new Promise((res, rej) => {
            waiting.set(request.id, { resolve: res, reject: rej });
            child.stdin.write(JSON.stringify(request) + "\n");
          }),
        });
      }
      const w = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.error) w?.reject(new Error(`seeding failed: ${answer.error}`));
      else w?.resolve(answer.result);
    });
  }));
}

/** What the sign-up form would have stored: the phone's own time zone (the form's default), no chosen language. */
export async function seedPerson(name: string, device: Device): Promise<SeededPerson> {
  const { ask } = await start();
  return (await ask({ id: nextId++, op: "person", name, device })) as SeededPerson;
}

/** A invites, B joins, through the app's own invite and redeem. */
export async function seedCouple(names: { a: string; b: string }, device: Device): Promise<{ a: SeededPerson; b: SeededPerson }> {
  const { ask } = await start();
  return (await ask({ id: nextId++, op: "couple", names, device })) as { a: SeededPerson; b: SeededPerson };
}

/** Gives the browser the cookie next-auth sets on signing in (lib/auth/options.ts: HttpOnly, Lax, 30 days). */
export async function signInContext(context: BrowserContext, person: SeededPerson) {
  const eq = person.cookie.indexOf("=");
  await context.addCookies([
    { name: person.cookie.slice(0, eq), value: person.cookie.slice(eq + 1), url: baseURL, httpOnly: true, sameSite: "Lax", expires: Math.floor(Date.now() / 1000) + 30 * 24 * 3600 },
  ]);
}

/** Ends this worker's seeder (a worker fixture's teardown): closing its input closes its connections. */
export async function closeSeed() {
  if (!seeder) return;
  const { child } = await seeder.catch(() => ({ child: undefined }));
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.stdin.end();
  await exited;
}
