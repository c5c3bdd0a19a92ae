import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, BlockList } from "node:net";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterEach, describe, expect, it } from "vitest";
import { signUpOp } from "@/lib/accounts/operations";
import { executeOperation } from "@/lib/operations/execute";
import { authOptions } from "@/lib/auth/options";
import { CLIENT_IP_HEADER, requestIp, stampClientIp, trustedProxyList } from "@/lib/client-ip";
import { parseEnv } from "@/lib/env";

/**
 * A client picks its X-Forwarded-For freely: unless the peer is a proxy the operator named, it must
 * not choose the key of the per-IP sign-up and sign-in limits. The server below does what server.ts
 * does before Next (stampClientIp), then what Next's two doors do with the headers: currentRequest()
 * for the sign-up action, next-auth's authorize() for sign-in.
 */
const LIMITERS = Symbol.for("steady.rate-limiters");
type Limiter = { get(key: string): Promise<{ consumedPoints: number } | null> };

async function consumed(limit: "signUpIp" | "signInIp", key: string): Promise<number> {
  const limiter = ((globalThis as Record<symbol, unknown>)[LIMITERS] as Map<string, Limiter> | undefined)?.get(limit);
  return (await limiter?.get(key))?.consumedPoints ?? 0;
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, string>;
}

/** Next builds a Fetch Headers from req.headers for headers(); next-auth copies it into a record. */
function fetchHeaders(req: IncomingMessage): Headers {
  return new Headers(Object.entries(req.headers).flatMap(([name, value]) => [value ?? []].flat().map((v): [string, string] => [name, v])));
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function start(trusted: BlockList): Promise<number> {
  server = createServer(async (req, res) => {
    stampClientIp(req, trusted);
    const body = await readBody(req);
    const headers = fetchHeaders(req);
    if (req.url === "/sign-up") {
      const result = await executeOperation(signUpOp, body, { sessionId: null, ip: requestIp(headers), userAgent: "vitest" });
      res.end(JSON.stringify(result));
      return;
    }
    const credentials = authOptions().providers[0] as CredentialsConfig;
    const outcome = await credentials.options
      .authorize(body, { headers: Object.fromEntries(headers), body, query: {}, method: "POST" })
      .then(() => ({ ok: true }), (err: Error) => ({ ok: false, error: err.message }));
    res.end(JSON.stringify(outcome));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server!.address() as AddressInfo).port;
}

/** Linux answers on all of 127.0.0.0/8: a fresh source address per test is a fresh rate-limit key. */
const freshLoopback = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

function post(port: number, from: string, path: string, body: object, headers: Record<string, string>) {
  return new Promise<{ ok: boolean; code?: string; error?: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "POST", localAddress: from, headers: { "content-type": "application/json", ...headers } }, async (res) => {
      let text = "";
      for await (const chunk of res) text += chunk;
      resolve(JSON.parse(text));
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

const spoofed = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}`, [CLIENT_IP_HEADER]: `198.51.100.${i}` });

describe("per-IP limits with TRUSTED_PROXIES unset (the default)", () => {
  const trusted = trustedProxyList(parseEnv({}).TRUSTED_PROXIES);

  it("counts every sign-up from one address together, whatever X-Forwarded-For claims", async () => {
    const port = await start(trusted);
    const peer = freshLoopback();
    // A guessable password is refused after the attempt is counted: the limit without argon2's cost.
    const attempt = (i: number) => post(port, peer, "/sign-up", { name: "Sam", email: `s${i}@example.test`, password: "password123", timeZone: "UTC" }, spoofed(i));
    for (let i = 1; i <= 10; i++) expect(await attempt(i)).toMatchObject({ ok: false, code: "bad_request" });
    expect(await attempt(11)).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringMatching(/^Too many sign-ups from this network/) });
    expect(await consumed("signUpIp", peer)).toBe(11);
    expect(await consumed("signUpIp", "203.0.113.1")).toBe(0);
    expect(await consumed("signUpIp", "198.51.100.1")).toBe(0);
  });

  it("counts sign-in attempts against the connecting address, not the claimed one", async () => {
    const port = await start(trusted);
    const peer = freshLoopback();
    for (let i = 1; i <= 3; i++) {
      const res = await post(port, peer, "/sign-in", { email: `nobody${i}@example.test`, password: "not the password" }, spoofed(i));
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/^That email and password don’t match/) });
    }
    expect(await consumed("signInIp", peer)).toBe(3);
    expect(await consumed("signInIp", "203.0.113.1")).toBe(0);
  });
});

describe("per-IP limits behind a proxy named in TRUSTED_PROXIES", () => {
  it("counts the address the proxy appended, not the one the client typed before it", async () => {
    const proxy = freshLoopback();
    const port = await start(trustedProxyList(parseEnv({ TRUSTED_PROXIES: proxy }).TRUSTED_PROXIES));
    const client = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    await post(port, proxy, "/sign-in", { email: "nobody@example.test", password: "not the password" }, { "x-forwarded-for": `6.6.6.6, ${client}` });
    expect(await consumed("signInIp", client)).toBe(1);
    expect(await consumed("signInIp", proxy)).toBe(0);
    expect(await consumed("signInIp", "6.6.6.6")).toBe(0);
  });
});
