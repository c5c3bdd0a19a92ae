import "server-only";
import { cookies, headers } from "next/headers";
import { sessionIdFromCookies } from "../auth/cookie";
import { requestIp } from "../client-ip";
import type { RequestInfo } from "./define";

/** The caller of the current request, read from Next's cookies and headers. */
export async function currentRequest(): Promise<RequestInfo> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const sessionId = await sessionIdFromCookies(new Map(jar.getAll().map((c) => [c.name, c.value])));
  const ip = requestIp(h);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  return {
    sessionId,
    ip,
    userAgent: h.get("user-agent") ?? "",
    origin: host ? `${proto}://${host}` : undefined,
    acceptLanguage: h.get("accept-language"),
  };
}
