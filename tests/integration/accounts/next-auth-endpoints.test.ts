import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { endSessionOp, signOutEverywhereOp } from "@/lib/accounts/operations";
import { SIGN_IN_FAILED } from "@/lib/accounts/mutations";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";
import { executeOperation } from "@/lib/operations/execute";
import { parseCookieHeader, sessionIdFromCookies } from "@/lib/auth/cookie";
import { resolveMember } from "@/lib/auth/member";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createUser, FACTORY_PASSWORD, type TestUser } from "@/tests/factories";
import { connect, sessionCookie, settle, startRealtime, type RealtimeHarness } from "../pause/harness";

/**
 * next-auth's own endpoints, called through the app's real route handler with the cookie a browser
 * would hold: a session cookie whose server-side session has ended must get nothing from any of them.
 */
// server.ts sets it the same way; next-auth builds its absolute URLs (callbackUrl, error URLs) from it.
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

type Reply = { status: number; text: string; setCookies: string[] };

async function call(
  method: "GET" | "POST",
  path: string,
  options: { cookie?: string; form?: Record<string, string>; ip?: string } = {},
): Promise<Reply> {
  // The address server.ts stamps on every request from the TCP peer (lib/client-ip.ts): each sign-in
  // comes from its own, so the per-address limit does not run out across this file's many cases.
  const headers = new Headers({ "user-agent": "vitest", [CLIENT_IP_HEADER]: options.ip ?? "10.20.0.1" });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.form) headers.set("content-type", "application/x-www-form-urlencoded");
  const req = new Request(`http://localhost:3000/api/auth/${path}`, {
    method,
    headers,
    body: options.form ? new URLSearchParams(options.form).toString() : undefined,
  });
  const params = Promise.resolve({ nextauth: path.split("?")[0]!.split("/") });
  const res = await (method === "GET" ? GET : POST)(req, { params });
  return { status: res.status, text: await res.text(), setCookies: res.headers.getSetCookie() };
}

const pairs = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]!);
const join = (...cookies: (string | undefined)[]) => cookies.filter(Boolean).join("; ");
/** A Set-Cookie that hands out a session (a cleared one, with an empty value, is fine). */
const issuesSession = (r: Reply) => pairs(r.setCookies).some((c) => /^steady\.session(\.\d+)?=.+/.test(c));

/** A form POST the way next-auth/react sends it: with a fresh csrf token and its cookie. */
async function post(path: string, cookie: string | undefined, form: Record<string, string>, ip?: string) {
  const csrf = await call("GET", "csrf");
  const csrfToken = (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken;
  return call("POST", path, { cookie: join(cookie, ...pairs(csrf.setCookies)), form: { ...form, csrfToken, json: "true" }, ip });
}

/** Signs in through the route as a browser does; returns the session cookie it was given. */
async function signIn(user: TestUser, password = FACTORY_PASSWORD) {
  const ip = `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`;
  const reply = await post(
    "callback/credentials",
    undefined,
    { email: user.email, password, callbackUrl: "http://localhost:3000/today" },
    ip,
  );
  const cookie = pairs(reply.setCookies).find((c) => c.startsWith("steady.session="));
  return { reply, cookie };
}

async function sessionIdOf(cookie: string) {
  return sessionIdFromCookies(parseCookieHeader(cookie));
}

const allSessions = (userId: string) => db.session.findMany({ where: { userId }, orderBy: { id: "asc" } });

type Case = (user: TestUser, cookie: string, sid: string) => Promise<unknown>;
const deadCases: [string, Case][] = [
  ["signed out on this device", (_u, cookie) => post("signout", cookie, { callbackUrl: "http://localhost:3000/" })],
  ["ended from another device", (u, _c, sid) => executeOperation(endSessionOp, { sessionId: sid }, u.request)],
  ["ended by 'sign out everywhere'", (u) => executeOperation(signOutEverywhereOp, {}, u.request)],
  ["expired", (_u, _c, sid) => db.session.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } })],
];

type Endpoint = { name: string; closed?: boolean; run: (cookie: string, user: TestUser) => Promise<Reply> };
const endpoints: Endpoint[] = [
  { name: "GET session", closed: true, run: (cookie) => call("GET", "session", { cookie }) },
  { name: "POST session (update)", closed: true, run: (cookie) => post("session", cookie, { data: "{}" }) },
  { name: "POST signout", run: (cookie) => post("signout", cookie, { callbackUrl: "http://localhost:3000/" }) },
  { name: "GET csrf", run: (cookie) => call("GET", "csrf", { cookie }) },
  { name: "GET providers", run: (cookie) => call("GET", "providers", { cookie }) },
  { name: "GET error", run: (cookie) => call("GET", "error?error=Configuration", { cookie }) },
  {
    name: "POST callback/credentials (wrong password)",
    run: (cookie, u) => post("callback/credentials", cookie, { email: u.email, password: "not my password 1" }),
  },
  { name: "GET signin", closed: true, run: (cookie) => call("GET", "signin", { cookie }) },
  { name: "POST signin/credentials", closed: true, run: (cookie) => post("signin/credentials", cookie, {}) },
  { name: "GET signout", closed: true, run: (cookie) => call("GET", "signout", { cookie }) },
  { name: "GET callback/credentials", closed: true, run: (cookie) => call("GET", "callback/credentials", { cookie }) },
  { name: "GET verify-request", closed: true, run: (cookie) => call("GET", "verify-request", { cookie }) },
  { name: "POST _log", closed: true, run: (cookie) => call("POST", "_log", { cookie, form: { level: "error", code: "X" } }) },
];

describe("next-auth's endpoints with a session cookie whose session has ended", () => {
  for (const [state, end] of deadCases) {
    it.each(endpoints)(`${state}: $name gives out nothing and changes nothing`, async (endpoint) => {
      const user = await createUser();
      const { cookie } = await signIn(user);
      const sid = (await sessionIdOf(cookie!))!;
      await end(user, cookie!, sid);
      expect(await resolveMember(sid)).toBeNull();
      // Another device of the same person, signed in afterwards: a dead cookie must not reach it.
      const bystander = await createSession(user.id, "other phone");
      const phone = await connect(harness.url, await sessionCookie({ id: user.id, sessionId: bystander.id }));
      let dropped = false;
      phone.on("disconnect", () => (dropped = true));
      const before = await allSessions(user.id);

      const reply = await endpoint.run(cookie!, user);

      if (endpoint.closed) expect(reply.status).toBe(404);
      for (const secret of [user.id, user.email, user.name]) expect(reply.text).not.toContain(secret);
      expect(issuesSession(reply)).toBe(false);
      await settle(100);
      expect(await allSessions(user.id)).toEqual(before);
      expect(dropped).toBe(false);
      phone.disconnect();
    });
  }
});

describe("next-auth's endpoints with a live session", () => {
  it("signing in through the route gives a cookie the pages and sockets accept", async () => {
    const user = await createUser();
    const providers = JSON.parse((await call("GET", "providers")).text) as Record<string, { type: string }>;
    expect(providers.credentials?.type).toBe("credentials");

    const { reply, cookie } = await signIn(user);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ url: "http://localhost:3000/today" });
    const member = await resolveMember(await sessionIdOf(cookie!));
    expect(member?.user).toMatchObject({ id: user.id, email: user.email, name: user.name });
    const phone = await connect(harness.url, cookie);
    expect(phone.connected).toBe(true);
    phone.disconnect();
  });

  it("a wrong password gets the sign-in message and no session", async () => {
    const user = await createUser();
    const { reply, cookie } = await signIn(user, "not my password 1");
    expect(reply.status).toBe(401);
    expect(new URL((JSON.parse(reply.text) as { url: string }).url).searchParams.get("error")).toBe(SIGN_IN_FAILED);
    expect(cookie).toBeUndefined();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("/session stays closed even for a live session: pages and sockets read the server-side record instead", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user);
    const reply = await call("GET", "session", { cookie });
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain(user.email);
  });

  it("signing out ends this session, drops its sockets and clears the cookie, leaving other devices signed in", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user);
    const sid = (await sessionIdOf(cookie!))!;
    const here = await connect(harness.url, cookie);
    const elsewhere = await connect(harness.url, await sessionCookie({ id: user.id, sessionId: user.sessionId }));
    let hereDropped = false;
    let elsewhereDropped = false;
    here.on("disconnect", () => (hereDropped = true));
    elsewhere.on("disconnect", () => (elsewhereDropped = true));

    const reply = await post("signout", cookie, { callbackUrl: "http://localhost:3000/" });
    expect(reply.status).toBe(200);
    expect(pairs(reply.setCookies)).toContain("steady.session=");
    await settle(200);
    expect(await resolveMember(sid)).toBeNull();
    expect(hereDropped).toBe(true);
    expect(await resolveMember(user.sessionId)).not.toBeNull();
    expect(elsewhereDropped).toBe(false);
    elsewhere.disconnect();
  });
});
