// Run by tests/e2e/seed.ts under tsx, one per Playwright worker: the app's lib/ needs tsx's loader
// (its message catalogues are JSON modules, which Playwright's ESM loader refuses without an import
// attribute). Reads one JSON request a line on stdin, answers one JSON line on stdout.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { ensureAuthSecret } from "@/lib/auth-secret";
import { resolveMember } from "@/lib/auth/member";
import { createInvite, redeemInvite } from "@/lib/couples/mutations";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser, FACTORY_PASSWORD } from "../factories";
import { sessionCookie } from "../session-cookie";

export interface Device {
  timeZone: string;
  userAgent: string;
}

export interface SeededPerson {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  /** The Cookie header a browser signed in as this person sends: `steady.session=<next-auth JWT>`. */
  cookie: string;
}

export type SeedRequest =
  | { id: number; op: "person"; name: string; device: Device }
  | { id: number; op: "couple"; names: { a: string; b: string }; device: Device };

// The server's secret: AUTH_SECRET from the environment it shares with the tests, else the one it
// keeps in .data/auth-secret (the web server is up before any worker starts a seeder).
ensureAuthSecret();

async function person(name: string, device: Device): Promise<SeededPerson> {
  const email = `e2e-${randomUUID().slice(0, 12)}@example.test`;
  const user = await createUser({ name, email, timeZone: device.timeZone, userAgent: device.userAgent });
  return { id: user.id, name, email, sessionId: user.sessionId, cookie: await sessionCookie(user.id, user.sessionId) };
}

/** A invites, B joins: the app's own invite and redeem, as the Together and Join screens call them. */
async function couple(names: { a: string; b: string }, device: Device) {
  const a = await person(names.a, device);
  const b = await person(names.b, device);
  const { code } = await createInvite((await resolveMember(a.sessionId))!, env().APP_URL ?? "http://localhost");
  await redeemInvite((await resolveMember(b.sessionId))!, code, "127.0.0.1");
  return { a, b };
}

async function handle(request: SeedRequest) {
  if (request.op === "person") return person(request.name, request.device);
  return couple(request.names, request.device);
}

process.stdout.write(JSON.stringify({ ready: true, password: FACTORY_PASSWORD }) + "\n");
const inFlight = new Set<Promise<unknown>>();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const request = JSON.parse(line) as SeedRequest;
  const answered = handle(request).then(
    (result) => process.stdout.write(JSON.stringify({ id: request.id, result }) + "\n"),
    (err: unknown) => process.stdout.write(JSON.stringify({ id: request.id, error: err instanceof Error ? err.stack ?? err.message : String(err) }) + "\n"),
  );
  inFlight.add(answered);
  void answered.finally(() => inFlight.delete(answered));
});
// The input closed (the worker is done): answer what was asked, then close the connections and go.
lines.on("close", () => void Promise.allSettled([...inFlight]).then(() => disconnectDb()).finally(() => process.exit(0)));
