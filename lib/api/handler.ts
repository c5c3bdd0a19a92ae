import { performance } from "node:perf_hooks";
import { resolveMemberByToken, type Member } from "../auth/member";
import { requestIp } from "../client-ip";
import { appUrl, env } from "../env";
import { asUnavailable, DatabaseUnavailable, noteUnavailable } from "../db/unavailable";
import { AppError, GENERIC_ERROR } from "../errors";
import { log } from "../log";
import { executeOperation } from "../operations/execute";
import { operations } from "../operations/registry";
import { consume } from "../rate-limit";
import { corsHeaders, preflight } from "./cors";
import { credentialOf } from "./credentials";
import { openApiDocument } from "./openapi";
import { jsonResponse, problem, problemFromFailure, problemResponse, type Problem } from "./problem";
import { API_BASE, apiOperations, createRouter, OPENAPI_PATH, type ApiOperation } from "./routes";

const router = createRouter();
/** Far more than any verb's input; a larger body is refused before it is parsed. */
const MAX_BODY_BYTES = 16 * 1024;

const WORDS = {
  missing: "Send your token in the Authorization header: “Authorization: Bearer stdy_…”. You can make one on Me, under Tokens & shortcuts.",
  malformed: "The Authorization header should read “Bearer ” followed by your token (it starts with stdy_).",
  inAddress: "Tokens go in the Authorization header, never in the address: addresses end up in logs and histories. Please revoke this token on Me and make a new one.",
  invalid: "This token doesn’t work any more: it was revoked, or the shared space it was made for has ended. You can make a new one on Me.",
  scope: (scopes: readonly string[]) =>
    scopes.includes("pause") ? "This token may only read. Make one that may start and end the pause on Me." : "This token may only use the pause. Make a read token on Me for this.",
  notFound: "There’s nothing at this address. The reference at /developers/api lists what there is.",
  method: (allow: string[]) => `This address takes ${allow.join(" and ")}.`,
  notJson: "The body must be JSON, for example {} or {\"pauseId\": \"…\"}.",
  tooLarge: "The body is larger than any request needs.",
};

type Outcome = { response: Response; op?: string; token?: string };

/**
 * Every request to /api/v1: the JSON API's one adapter over the registry, beside the server action
 * and the socket. It adds only what HTTP needs — routing by method and path, the bearer token
 * (resolved by the same resolver as sessions, its scope checked against the declaration), JSON
 * bodies, problem details, CORS and a log line — and runs the operation through
 * executeOperation: the same guard, schema, rate limits and result codes as a tap in the app.
 */
export async function handleApiRequest(req: Request): Promise<Response> {
  const started = performance.now();
  const url = new URL(req.url);
  const origin = req.headers.get("origin");
  const base = env().APP_URL ? appUrl() : url.origin;
  const outcome = await route(req, url, base).catch((err: unknown) => unexpected(err, base, url));
  const { response } = outcome;
  for (const [k, v] of Object.entries(corsHeaders(origin))) response.headers.set(k, v);
  // Never the secret: the operation, the token's id (after it resolved) and the status.
  log.info(
    `api ${req.method} ${url.pathname} → ${response.status} op=${outcome.op ?? "-"} token=${outcome.token ?? "-"} ${(performance.now() - started).toFixed(1)}ms`,
  );
  return response;
}

async function route(req: Request, url: URL, base: string): Promise<Outcome> {
  const path = url.pathname.slice(API_BASE.length) || "/";
  if (req.method === "OPTIONS") return { response: preflight(req.headers.get("origin")) };
  if (path === OPENAPI_PATH) {
    if (req.method !== "GET" && req.method !== "HEAD") return { response: problemResponse(problem(base, "method_not_allowed", WORDS.method(["GET"])), { Allow: "GET" }) };
    return { response: Response.json(openApiDocument(base), { headers: { "Cache-Control": "public, max-age=300" } }) };
  }
  const match = router.match(req.method, path);
  if (!match) return { response: problemResponse(problem(base, "not_found", WORDS.notFound)) };
  if ("allow" in match) return { response: problemResponse(problem(base, "method_not_allowed", WORDS.method(match.allow)), { Allow: match.allow.join(", ") }) };
  const { op } = match;
  const fail = (p: Problem, headers?: Record<string, string>): Outcome => ({ response: problemResponse(p, headers), op: op.name });

  const credential = credentialOf(req, url);
  const ip = requestIp(req.headers);
  try {
    // Before any lookup: an address guessing tokens or flooding is slowed down without touching the database.
    await consume("apiIp", ip, "requests");
  } catch (err) {
    if (err instanceof AppError) return fail(problem(base, "rate_limited", err.message, { retryAfterSeconds: err.retryAfterSeconds }));
    throw err;
  }
  const challenge = (error?: string, scope?: string) => ({
    "WWW-Authenticate": `Bearer realm="Steady"${error ? `, error="${error}"` : ""}${scope ? `, scope="${scope}"` : ""}`,
  });
  if (credential.kind === "missing") return fail(problem(base, "unauthorized", WORDS.missing), challenge());
  if (credential.kind === "in-address") return fail(problem(base, "unauthorized", WORDS.inAddress), challenge("invalid_request"));
  if (credential.kind === "malformed") return fail(problem(base, "unauthorized", WORDS.malformed), challenge("invalid_request"));
  const member = await resolveMemberByToken(credential.secret);
  if (!member?.token) return fail(problem(base, "unauthorized", WORDS.invalid), challenge("invalid_token"));
  const token = member.token.id;
  if (!op.api.scopes.includes(member.token.scope)) {
    return { ...fail(problem(base, "forbidden", WORDS.scope(op.api.scopes)), challenge("insufficient_scope", op.api.scopes.join(" "))), token };
  }

  const input = await inputOf(req, url);
  if (!input.ok) return { ...fail(problem(base, input.code, input.code === "payload_too_large" ? WORDS.tooLarge : WORDS.notJson)), token };
  // Problem details stay in English (docs/decisions/011): a program reads them, not a person mid-argument.
  const result = await run(op, input.value, member, { sessionId: null, ip, userAgent: req.headers.get("user-agent") ?? "", origin: base, locale: "en" });
  if (!result.ok) {
    // The executor's own 401 (the token ended between lookup and statement) speaks of a session; say token.
    const failure = result.code === "unauthorized" ? { ...result, error: WORDS.invalid } : result;
    return { ...fail(problemFromFailure(base, failure), failure.code === "unauthorized" ? challenge("invalid_token") : undefined), token };
  }
  return { response: jsonResponse(result.data), op: op.name, token };
}

/** A failure outside the operation (the token lookup): 503 with Retry-After when the database is away, else 500. */
function unexpected(thrown: unknown, base: string, url: URL): Outcome {
  const err = asUnavailable(thrown);
  if (err instanceof DatabaseUnavailable) {
    noteUnavailable(err, `api ${url.pathname}`, log.warn);
    return { response: problemResponse(problem(base, "unavailable", err.message, { retryAfterSeconds: err.retryAfterSeconds })) };
  }
  log.error(`api ${url.pathname} failed`, err);
  return { response: problemResponse(problem(base, "internal", GENERIC_ERROR)) };
}

function run(op: ApiOperation, input: unknown, member: Member, request: Parameters<typeof executeOperation>[2]) {
  // The member was resolved from the token just now: the guard checks it without a second lookup.
  return executeOperation(op, input, request, { resolve: async () => member });
}

type Input = { ok: true; value: unknown } | { ok: false; code: "malformed_body" | "payload_too_large" };

/** GET: the query string (tokens refused above). POST: a JSON body, or none for {}. */
async function inputOf(req: Request, url: URL): Promise<Input> {
  if (req.method === "GET") return { ok: true, value: Object.fromEntries(url.searchParams) };
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return { ok: false, code: "payload_too_large" };
  const text = await readCapped(req);
  if (text === null) return { ok: false, code: "payload_too_large" };
  if (!text.trim()) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: "malformed_body" };
  }
}

/** The body as text, or null past MAX_BODY_BYTES (read no further than that). */
async function readCapped(req: Request): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The catch-all route's handlers (app/api/v1/[...path]/route.ts), each named with the operations
 * it serves so the surface test can check that every route serves the registry.
 */
export const apiRouteHandler = Object.assign((req: Request) => handleApiRequest(req), { operations: apiOperations(operations).map((op) => op.name) });
