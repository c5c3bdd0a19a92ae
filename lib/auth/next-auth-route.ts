import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { parseCookieHeader } from "./cookie";
import { authOptions } from "./options";

/**
 * The next-auth endpoints a client calls: the app's own (lib/auth/client/credentials.ts: csrf, the
 * credentials callback, signout) and next-auth/react's, which it replaces and which also asks for
 * providers (and error when they cannot be loaded). Only
 * signout reads the session cookie, and it goes through the server-side record (events.signOut →
 * revokeSession). /session is closed: without a SessionProvider the client never asks for it, and it
 * would answer from the JWT alone. Before opening another endpoint here, make sure that whatever it
 * does with the session cookie consults the server-side session (lib/auth/sessions.ts).
 */
const OPEN_ENDPOINTS = new Set(["GET providers", "GET csrf", "GET error", "POST callback/credentials", "POST signout"]);

/** The body next-auth expects: the client posts forms (urlencoded) and a few JSON calls. */
async function readBody(req: Request): Promise<Record<string, string> | undefined> {
  if (req.method !== "POST") return undefined;
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return (await req.json().catch(() => undefined)) as Record<string, string> | undefined;
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await req.text()));
  return undefined;
}

/** Collects what next-auth's API-route handler writes, to hand it back as a fetch Response. */
function responseRecorder() {
  let status = 200;
  let body: string | null = null;
  const headers = new Headers();
  let setCookies: string[] = [];
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader: (name: string) => (name.toLowerCase() === "set-cookie" ? [...setCookies] : (headers.get(name) ?? undefined)),
    setHeader(name: string, value: string | string[]) {
      if (name.toLowerCase() === "set-cookie") setCookies = [value].flat();
      else headers.set(name, String(value));
      return res;
    },
    json(data: unknown) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(data);
    },
    send(data: unknown) {
      if (data === undefined || data === null) return;
      if (typeof data === "string") body = data;
      else res.json(data);
    },
    end() {},
  };
  const toResponse = () => {
    const out = new Headers(headers);
    for (const cookie of setCookies) out.append("Set-Cookie", cookie);
    return new Response(body, { status, headers: out });
  };
  return { res, toResponse };
}

/**
 * GET/POST /api/auth/[...nextauth]. Runs next-auth from the Request itself (its route-handler mode
 * reads next/headers, which only exists inside Next), so tests call this exact handler; endpoints
 * the app does not use answer 404.
 */
export async function handleAuthRequest(req: Request, segments: string[]): Promise<Response> {
  if (!OPEN_ENDPOINTS.has(`${req.method} ${segments.join("/")}`)) {
    return Response.json({ error: "There’s nothing here." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const url = new URL(req.url);
  const apiRequest = {
    method: req.method,
    query: { ...Object.fromEntries(url.searchParams), nextauth: segments },
    cookies: Object.fromEntries(parseCookieHeader(req.headers.get("cookie") ?? undefined)),
    headers: Object.fromEntries(req.headers),
    body: await readBody(req),
  };
  const { res, toResponse } = responseRecorder();
  await NextAuth(apiRequest as unknown as NextApiRequest, res as unknown as NextApiResponse, authOptions());
  return toResponse();
}
