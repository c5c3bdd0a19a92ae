import { decode } from "next-auth/jwt";
import { env } from "../env";

export const SESSION_COOKIE = "steady.session";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** Secure cookies everywhere but plain-http local use (Chromium accepts them on localhost anyway). */
export function secureCookiesEnabled(): boolean {
  const { NODE_ENV, APP_URL } = env();
  return NODE_ENV === "production" && (APP_URL ?? "").startsWith("https://");
}

export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      jar.set(name, decodeURIComponent(raw));
    } catch {
      jar.set(name, raw);
    }
  }
  return jar;
}

/** next-auth splits large cookies into name.0, name.1…; put them back together. */
function readChunked(jar: Map<string, string>, name: string): string | undefined {
  if (jar.has(name)) return jar.get(name);
  const chunks: string[] = [];
  for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join("") : undefined;
}

/** The server-side session id inside the encrypted next-auth JWT, or null. */
export async function sessionIdFromCookies(jar: Map<string, string>): Promise<string | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const token = readChunked(jar, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret });
      if (payload && typeof payload.sid === "string") return payload.sid;
    } catch {
      // A tampered or stale cookie is treated like no cookie.
    }
  }
  return null;
}
