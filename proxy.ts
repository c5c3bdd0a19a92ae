import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";

const SIGNED_IN_AREAS = ["/today", "/agreements", "/pause", "/history", "/me", "/together", "/record", "/journal", "/review"];
const SESSION_COOKIES = ["steady.session", "__Secure-steady.session"];

function contentSecurityPolicy(nonce: string, dev: boolean, https: boolean): string {
  return [
    "default-src 'self'",
    // No 'unsafe-inline' scripts: Next adds this nonce to its own inline scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Only optimistic work happens here: a nonce-based CSP, and a redirect to sign-in when there is
 * no session cookie at all. Real authorization happens in the data layer (lib/auth).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const needsSession = SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
  if (needsSession && !SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?from=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, env().NODE_ENV === "development", request.nextUrl.protocol === "https:");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|sw.js).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
