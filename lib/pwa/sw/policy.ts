/**
 * What the service worker keeps, and under which name: pure functions, unit-tested
 * (policy.test.ts) and used by the worker (offline.ts). See docs/decisions/010-installable-and-offline.md.
 */

/** Every cache this worker owns starts with this; anything else in CacheStorage is left alone. */
export const CACHE_PREFIX = "steady-";
/** Who the kept pages belong to (one small entry); survives worker updates. */
export const META_CACHE = "steady-meta";
export const META_USER_KEY = "/__steady/user";
/** Header stamped on a kept page: when it was saved (ms since epoch, this device's clock). */
export const SAVED_AT_HEADER = "x-steady-saved-at";

/** The page shown for a screen this phone has not kept, while offline (public, no personal data). */
export const OFFLINE_PATH = "/offline";

export function cacheNames(version: string) {
  const base = `${CACHE_PREFIX}${version}-`;
  return {
    /** Content-hashed build files (/_next/static): the same for everyone. */
    static: `${base}static`,
    /** Public files: the offline page, the manifest and icons. */
    shell: `${base}shell`,
    /** One person's signed-in pages, never read for anyone else. */
    pages: (userId: string) => `${base}pages-${encodeURIComponent(userId)}`,
    base,
  };
}

/** Caches of another build (their pages point at build files that are gone), or of nobody's. */
export function isObsoleteCache(name: string, version: string): boolean {
  return name.startsWith(CACHE_PREFIX) && name !== META_CACHE && !name.startsWith(cacheNames(version).base);
}

export function isPagesCache(name: string): boolean {
  return name.startsWith(CACHE_PREFIX) && name.includes("-pages-");
}

/**
 * The signed-in screens kept for offline use: Today, our agreements (the list, one agreement, the
 * needs map, past ones), the pause and our history. Forms to write something are not kept (they
 * cannot be sent offline), and neither is the private journal, the review or Me.
 */
const KEPT_PAGES = [/^\/today$/, /^\/agreements$/, /^\/agreements\/(?!new(\/|$))[^/]+$/, /^\/pause$/, /^\/history$/];

export function isKeptPage(pathname: string): boolean {
  return KEPT_PAGES.some((re) => re.test(pathname));
}

/** Public pages kept once fetched: the offline page and help (crisis lines matter most offline). */
export function isShellPage(pathname: string): boolean {
  return pathname === OFFLINE_PATH || pathname === "/help";
}

/** Pages refreshed in the background after a signed-in page loads, so they open offline. */
export const WARM_PAGES = ["/today", "/agreements", "/pause", "/help"] as const;

/** Public files that make the app look like itself offline (manifest, icons). */
export function isShellAsset(pathname: string): boolean {
  return pathname === "/manifest.webmanifest" || pathname === "/favicon.ico" || pathname === "/apple-icon.png" || pathname.startsWith("/icons/");
}

export function isBuildAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** The key a page is kept under: path only, so /pause?start=1 opens the kept /pause. */
export function pageKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/**
 * The signed-in layout renders `<meta name="steady-user" content="…">`. A page is kept only under
 * the person it was rendered for, read from the page itself: never from what a client claims.
 */
export function userOfPage(html: string): string | null {
  const tag = /<meta\b[^>]*\bname="steady-user"[^>]*>/.exec(html)?.[0];
  return (tag && /\bcontent="([^"]{1,128})"/.exec(tag)?.[1]) || null;
}

/**
 * The build files a page needs (scripts, styles, fonts), read from its HTML: the page's own
 * tags and the chunk lists inside its RSC payload ("static/chunks/…", escaped or not).
 */
export function assetsOfPage(html: string): string[] {
  const found = new Set<string>();
  const re = /(?:\/_next\/)?static\/(?:chunks|css|media)\/[A-Za-z0-9_\-./~@%]+?\.(?:js|css|woff2?|png|svg|ico|webp)/g;
  for (const m of html.matchAll(re)) {
    const path = m[0].startsWith("/_next/") ? m[0] : `/_next/${m[0]}`;
    found.add(path);
  }
  return [...found];
}

/** Whether a page response may be kept: a plain 200 HTML answer for the path asked for. */
export function isKeepableResponse(res: Pick<Response, "ok" | "status" | "redirected" | "type" | "headers">): boolean {
  return res.ok && res.status === 200 && !res.redirected && res.type === "basic" && (res.headers.get("content-type") ?? "").includes("text/html");
}

/** A signed-in page answered with the sign-in screen: the session ended (elsewhere, or expired). */
export function endedSession(requested: URL, res: Pick<Response, "redirected" | "url">): boolean {
  if (!res.redirected || !res.url) return false;
  return isKeptPage(requested.pathname) && new URL(res.url).pathname === "/signin";
}

/** Whether a kept copy is recent enough not to fetch again (warming). */
export function isFresh(savedAt: number | null, now: number, maxAgeMs: number): boolean {
  return savedAt !== null && now - savedAt >= 0 && now - savedAt < maxAgeMs;
}

/** Messages a page sends to the worker. */
export type WorkerMessage =
  | { type: "warm"; paths: string[]; maxAgeMs: number }
  /** Sign-out, account deletion, leaving the couple: every kept page and the owner are forgotten. */
  | { type: "forget" };

export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  if (!data || typeof data !== "object") return null;
  const m = data as Record<string, unknown>;
  if (m.type === "forget") return { type: "forget" };
  if (m.type === "warm" && Array.isArray(m.paths) && typeof m.maxAgeMs === "number") {
    const paths = m.paths.filter((p): p is string => typeof p === "string" && p.startsWith("/") && !p.startsWith("//")).slice(0, 8);
    return { type: "warm", paths, maxAgeMs: Math.max(0, m.maxAgeMs) };
  }
  return null;
}
