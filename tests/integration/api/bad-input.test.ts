import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { executeOperation } from "@/lib/operations/execute";
import { startPauseOp } from "@/lib/pause/operations";
import { revokeTokenOp } from "@/lib/tokens/operations";
import { createCouple } from "@/tests/factories";
import { sessionCookie } from "../pause/harness";
import { api, expectProblem, makeToken, randomIp, written } from "./helpers";

/**
 * Everything a careless or hostile caller can send: the right status, one documented problem
 * shape (RFC 9457), the same words as the app where the app has them, and nothing written.
 */
async function scene() {
  const c = await createCouple();
  const pause = await makeToken(c.a.request, "pause");
  const read = await makeToken(c.a.request, "read");
  const started = await executeOperation(startPauseOp, {}, c.b.request);
  if (!started.ok || !started.data.pause) throw new Error("no pause");
  return { c, pause, read, pauseId: started.data.pause.id };
}

afterEach(() => {
  delete process.env.API_CORS_ORIGINS;
  reloadEnv();
});

describe("bad tokens", () => {
  it("no token, a malformed header, a token in the address, an unknown or revoked token: 401, a Bearer challenge, nothing written", async () => {
    const { c, pause } = await scene();
    const revoked = await makeToken(c.a.request, "pause");
    expect((await executeOperation(revokeTokenOp, { tokenId: revoked.id }, c.a.request)).ok).toBe(true);
    const before = await written(c.id);
    const cases: [string, Parameters<typeof api>[2], string][] = [
      ["no token", {}, 'Bearer realm="Steady"'],
      ["not Bearer", { headers: { authorization: `Token ${pause.secret}` } }, 'error="invalid_request"'],
      ["Bearer alone", { headers: { authorization: "Bearer" } }, 'error="invalid_request"'],
      ["an unknown, well-formed token", { token: `stdy_${randomBytes(32).toString("base64url")}` }, 'error="invalid_token"'],
      ["not shaped like a token", { token: "hunter2" }, 'error="invalid_token"'],
      ["a revoked token", { token: revoked.secret }, 'error="invalid_token"'],
    ];
    for (const [what, call, challenge] of cases) {
      const reply = await api("POST", "/pause/start", call);
      expectProblem(reply, 401, "unauthorized");
      expect(reply.headers.get("www-authenticate"), what).toContain(challenge);
    }
    // A valid token in the query string is refused, not used: addresses end up in logs.
    for (const query of [`?token=${pause.secret}`, `?access_token=${pause.secret}`, `?x=${pause.secret}`]) {
      const reply = await api("POST", `/pause/start${query}`);
      expectProblem(reply, 401, "unauthorized");
      expect(reply.body.detail).toMatch(/never in the address/);
      // Even beside a valid header.
      expectProblem(await api("POST", `/pause/start${query}`, { token: pause.secret }), 401, "unauthorized");
    }
    expect(await written(c.id)).toBe(before);
  });

  it("a session cookie is not a way in: the API reads no cookies (a web page can't make a browser use it)", async () => {
    const { c } = await scene();
    const before = await written(c.id);
    const reply = await api("POST", "/pause/start", { headers: { cookie: await sessionCookie(c.a) } });
    expectProblem(reply, 401, "unauthorized");
    expect(await written(c.id)).toBe(before);
  });

  it("a read token can't start, end or mark ready; a pause token can't read today's summary: 403 insufficient_scope", async () => {
    const { c, pause, read, pauseId } = await scene();
    const before = await written(c.id);
    for (const [method, path, body] of [
      ["POST", "/pause/start", {}],
      ["POST", "/pause/end", { pauseId }],
      ["POST", "/pause/ready", { pauseId }],
    ] as const) {
      const reply = await api(method, path, { token: read.secret, body });
      expectProblem(reply, 403, "forbidden");
      expect(reply.headers.get("www-authenticate")).toBe('Bearer realm="Steady", error="insufficient_scope", scope="pause"');
    }
    const today = await api("GET", "/today", { token: pause.secret });
    expectProblem(today, 403, "forbidden");
    expect(today.headers.get("www-authenticate")).toContain('scope="read"');
    expect(await written(c.id)).toBe(before);
  });

  it("another couple's token aimed at this couple's pause: 404, nothing learnt, nothing written", async () => {
    const { c, pauseId } = await scene();
    const other = await createCouple();
    const theirs = await makeToken(other.a.request, "pause");
    const before = await written(c.id);
    for (const path of ["/pause/end", "/pause/ready"]) {
      const reply = await api("POST", path, { token: theirs.secret, body: { pauseId } });
      expectProblem(reply, 404, "not_found");
      expect(JSON.stringify(reply.body)).not.toContain(c.a.id);
    }
    expect(await api("GET", "/pause", { token: theirs.secret })).toMatchObject({ status: 200, body: { phase: "idle", pause: null } });
    expect(await written(c.id)).toBe(before);
  });
});

describe("bad bodies", () => {
  it("a body that fails the schema: 422 with the app's words per field; not JSON: 400; too large: 413; nothing written", async () => {
    const { c, pause } = await scene();
    const before = await written(c.id);
    const missing = await api("POST", "/pause/end", { token: pause.secret, body: {} });
    expectProblem(missing, 422, "bad_request");
    expect(missing.body.fieldErrors).toEqual({ pauseId: ["Which pause? The request did not say."] });
    expectProblem(await api("POST", "/pause/end", { token: pause.secret, body: { pauseId: 42 } }), 422, "bad_request");
    expectProblem(await api("POST", "/pause/end", { token: pause.secret, body: "[1, 2]" }), 422, "bad_request");
    expectProblem(await api("POST", "/pause/end", { token: pause.secret, body: "{pauseId:" }), 400, "malformed_body");
    expectProblem(await api("POST", "/pause/start", { token: pause.secret, body: JSON.stringify({ pad: "x".repeat(20_000) }) }), 413, "payload_too_large");
    expect(await written(c.id)).toBe(before);
  });

  it("the pause's own refusals keep their codes and words: only the one who asked ends it early (403)", async () => {
    const { c, pause, pauseId } = await scene(); // b started it; a holds the token
    const before = await written(c.id);
    const reply = await api("POST", "/pause/end", { token: pause.secret, body: { pauseId } });
    expectProblem(reply, 403, "forbidden");
    expect(reply.body.detail).toBe("The one who asked for the pause ends it early. You can let them know you’re ready too.");
    expect(await written(c.id)).toBe(before);
  });

  it("unknown paths are 404, known paths with another method 405 with Allow", async () => {
    const { pause } = await scene();
    expectProblem(await api("GET", "/pause/nope", { token: pause.secret }), 404, "not_found");
    expectProblem(await api("GET", "/", {}), 404, "not_found");
    const wrong = await api("GET", "/pause/start", { token: pause.secret });
    expectProblem(wrong, 405, "method_not_allowed");
    expect(wrong.headers.get("allow")).toBe("POST");
    expectProblem(await api("DELETE", "/pause", { token: pause.secret }), 405, "method_not_allowed");
  });
});

describe("floods", () => {
  it("pause starts over the API share the person's limit with the app: the 7th in a minute is 429 with Retry-After, nothing written", async () => {
    const { c, pause } = await scene();
    await db.pause.updateMany({ where: { coupleId: c.id }, data: { endedAt: new Date(), endReason: "ENDED_EARLY" } });
    // The app's own taps count too: one through the executor, five over the API.
    expect((await executeOperation(startPauseOp, {}, c.a.request)).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect((await api("POST", "/pause/start", { token: pause.secret })).status).toBe(200);
    const before = await written(c.id);
    const reply = await api("POST", "/pause/start", { token: pause.secret });
    expectProblem(reply, 429, "rate_limited");
    const retry = Number(reply.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(reply.body.retryAfterSeconds).toBe(retry);
    expect(reply.body.detail).toMatch(/^Too many pauses started for now\. Please wait \d+ (seconds?|minute)/);
    expect(await written(c.id)).toBe(before);
  });

  it("one address sending request after request is slowed down before any token is looked up", async () => {
    const ip = randomIp();
    let limited: Awaited<ReturnType<typeof api>> | undefined;
    for (let i = 0; i < 130 && !limited; i++) {
      const reply = await api("GET", "/pause", { ip, token: `stdy_${randomBytes(32).toString("base64url")}` });
      if (reply.status === 429) limited = reply;
    }
    expect(limited).toBeDefined();
    expectProblem(limited!, 429, "rate_limited");
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("CORS and logs", () => {
  it("CORS is closed by default; API_CORS_ORIGINS opens it to the origins listed, without credentials", async () => {
    const { pause } = await scene();
    const from = (origin: string) => api("GET", "/pause", { token: pause.secret, headers: { origin } });
    const closed = await from("https://widgets.example");
    expect(closed.status).toBe(200);
    expect(closed.headers.get("access-control-allow-origin")).toBeNull();
    expect((await api("OPTIONS", "/pause/start", { headers: { origin: "https://widgets.example" } })).headers.get("access-control-allow-origin")).toBeNull();

    process.env.API_CORS_ORIGINS = "https://widgets.example";
    reloadEnv();
    expect((await from("https://widgets.example")).headers.get("access-control-allow-origin")).toBe("https://widgets.example");
    expect((await from("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await api("OPTIONS", "/pause/start", { headers: { origin: "https://widgets.example" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("Authorization, Content-Type");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("every token request is logged with the operation, the token's id and the status, never the secret", async () => {
    const { pause, read } = await scene();
    const lines: string[] = [];
    const spy = vi.spyOn(log, "info").mockImplementation((line: string) => void lines.push(line));
    await api("POST", "/pause/start", { token: pause.secret });
    await api("POST", "/pause/start", { token: read.secret });
    await api("POST", "/pause/start", { token: `${pause.secret.slice(0, -1)}x` });
    spy.mockRestore();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^api POST /api/v1/pause/start → 200 op=pause.start token=${pause.id} `));
    expect(lines[1]).toMatch(new RegExp(`→ 403 op=pause.start token=${read.id} `));
    expect(lines[2]).toMatch(/→ 401 op=pause.start token=- /);
    for (const line of lines) for (const secret of [pause.secret, read.secret, pause.secret.slice(5, 20)]) expect(line).not.toContain(secret);
  });
});
