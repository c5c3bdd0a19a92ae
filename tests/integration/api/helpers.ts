import { randomInt } from "node:crypto";
import * as route from "@/app/api/v1/[...path]/route";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";
import { executeOperation } from "@/lib/operations/execute";
import type { RequestInfo } from "@/lib/operations/define";
import type { TokenScope } from "@/lib/tokens/constants";
import { createTokenOp } from "@/lib/tokens/operations";

export interface ApiReply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface ApiCall {
  token?: string;
  /** A JS value is sent as JSON; a string as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The address server.ts would stamp; by default a fresh one, so per-address limits don't pile up across cases. */
  ip?: string;
}

export const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** A request through the app's real catch-all route handler, as a phone's Shortcut would send it. */
export async function api(method: string, path: string, call: ApiCall = {}): Promise<ApiReply> {
  const headers = new Headers({ "user-agent": "vitest", [CLIENT_IP_HEADER]: call.ip ?? randomIp(), ...call.headers });
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  const body = call.body === undefined ? undefined : typeof call.body === "string" ? call.body : JSON.stringify(call.body);
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const req = new Request(`http://localhost:3000/api/v1${path}`, { method, headers, body });
  const handler = (route as Record<string, unknown>)[method] as (req: Request) => Promise<Response>;
  const res = await handler(req);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Makes a token through tokens.create, as Me does; returns its id and the secret shown once. */
export async function makeToken(request: RequestInfo, scope: TokenScope, name = `Test ${scope}`) {
  const result = await executeOperation(createTokenOp, { name, scope }, request);
  if (!result.ok) throw new Error(`token not made: ${result.error}`);
  return result.data;
}

/** The RFC 9457 shape every API error has. */
export function expectProblem(reply: ApiReply, status: number, code: string) {
  const problems: string[] = [];
  if (reply.status !== status) problems.push(`status ${reply.status}, expected ${status}: ${JSON.stringify(reply.body)}`);
  if (reply.headers.get("content-type") !== "application/problem+json") problems.push(`content-type ${reply.headers.get("content-type")}`);
  const b = reply.body;
  if (b.status !== status || b.code !== code) problems.push(`body ${JSON.stringify(b)}`);
  if (typeof b.type !== "string" || typeof b.title !== "string" || typeof b.detail !== "string" || !(b.detail as string).length) problems.push(`shape ${JSON.stringify(b)}`);
  if (problems.length) throw new Error(problems.join("; "));
}

/** What a request could have written for a couple (token use times aside): compare before and after. */
export async function written(coupleId: string): Promise<string> {
  const { db } = await import("@/lib/db");
  const where = { where: { coupleId }, orderBy: { id: "asc" as const } };
  const rows = await Promise.all([db.pause.findMany(where), db.event.findMany(where), db.accessToken.findMany({ ...where, omit: { lastUsedAt: true } }), db.couple.findUnique({ where: { id: coupleId } })]);
  return JSON.stringify(rows);
}
