// GET /sw.js – the service worker (lib/pwa/sw/entry.ts), bundled once at build time.
import { buildWorker } from "@/lib/pwa/build-worker";

// Built by `next build` (a static route), so serving it costs nothing and it matches its build.
export const dynamic = "force-static";

/** A worker's script may only do what a worker needs: fetch its own origin, nothing inline. */
const WORKER_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function GET() {
  const { code } = await buildWorker();
  return new Response(code, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // Browsers re-check a worker's script on every navigation anyway; never serve a stale one.
      "Cache-Control": "no-cache, no-store, must-revalidate",
      "Service-Worker-Allowed": "/",
      "Content-Security-Policy": WORKER_CSP,
    },
  });
}
