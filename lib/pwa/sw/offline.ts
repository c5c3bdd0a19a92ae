import {
  assetsOfPage,
  cacheNames,
  endedSession,
  isBuildAsset,
  isFresh,
  isKeepableResponse,
  isKeptPage,
  isObsoleteCache,
  isPagesCache,
  isShellAsset,
  isShellPage,
  META_CACHE,
  META_USER_KEY,
  OFFLINE_PATH,
  pageKey,
  parseWorkerMessage,
  SAVED_AT_HEADER,
  userOfPage,
} from "./policy";
import { negotiateLocale } from "../../i18n/negotiate";
import type { AppLocale } from "../../i18n/config";
import type { FetchEvent, SwGlobal } from "./types";

/**
 * The plain text shown when even the offline page is missing (the very first visit was
 * interrupted), in each language: `pwa.offlinePage.bare`, put into the worker when it is built
 * (the worker carries no catalogue). The phone's own languages choose, as Accept-Language would.
 */
export type BareOfflineWords = Record<AppLocale, string>;

export function bareOfflineText(words: BareOfflineWords, languages: readonly string[]): string {
  const locale = negotiateLocale(languages.join(","));
  return locale === "en-XA" ? words.en : words[locale];
}

/**
 * The offline half of the worker: network first for pages (a kept copy only when the network
 * fails), cache first for content-hashed build files, and one person's pages kept apart from
 * anyone else's. Nothing but GET requests of this origin is touched: server actions, the socket
 * and the API always go to the network.
 */
export function installOfflineHandlers(sw: SwGlobal, version: string, bare: BareOfflineWords) {
  const names = cacheNames(version);
  // Bumped by every "forget": a page whose fetch began before it is not kept after it.
  let generation = 0;

  async function currentUser(): Promise<string | null> {
    const res = await (await sw.caches.open(META_CACHE)).match(META_USER_KEY);
    return res ? await res.text() : null;
  }

  async function setCurrentUser(userId: string | null) {
    const meta = await sw.caches.open(META_CACHE);
    if (userId === null) await meta.delete(META_USER_KEY);
    else await meta.put(META_USER_KEY, new Response(userId));
  }

  /** Forgets every kept signed-in page (all people) and who they belonged to. */
  async function forgetPages() {
    generation++;
    for (const name of await sw.caches.keys()) if (isPagesCache(name)) await sw.caches.delete(name);
    await setCurrentUser(null);
  }

  async function keepAssets(paths: string[]) {
    const cache = await sw.caches.open(names.static);
    for (const path of paths) {
      if (await cache.match(path)) continue;
      try {
        const res = await sw.fetch(path);
        if (res.ok) await cache.put(path, res);
      } catch {
        return; // offline again: the rest on the next page
      }
    }
  }

  // One change to the kept pages at a time: two answers arriving together must not both see
  // "no owner yet", and a page being written cannot outlive a "forget" that came after it.
  let queue: Promise<unknown> = Promise.resolve();
  function serial(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }
  const remember = (url: URL, res: Response, since: number) => serial(() => keep(url, res, since));
  const forget = () => {
    generation++; // answers already on their way are dropped before their turn comes
    return serial(forgetPages);
  };

  /** Keeps a page answer (already fetched) if it may be kept, for the person it was made for. */
  async function keep(url: URL, res: Response, since: number) {
    if (since !== generation) return;
    if (endedSession(url, res)) {
      await forgetPages();
      return;
    }
    const kept = isKeptPage(url.pathname);
    // A page asked for with a query (a shortcut's ?log=…) may differ from the plain one: not kept.
    if ((!kept && !isShellPage(url.pathname)) || url.search || !isKeepableResponse(res)) return;
    const html = await res.text();
    if (since !== generation) return;
    let cacheName: string;
    if (kept) {
      const user = userOfPage(html);
      if (!user) return;
      const owner = await currentUser();
      if (owner !== user) {
        // Someone else now uses this browser: nothing of the previous person stays, and their
        // answers still on the way are not kept (forgetPages moves the generation on).
        if (owner !== null) await forgetPages();
        else for (const name of await sw.caches.keys()) if (isPagesCache(name) && name !== names.pages(user)) await sw.caches.delete(name);
        await setCurrentUser(user);
      }
      cacheName = names.pages(user);
    } else if (url.pathname === OFFLINE_PATH) {
      cacheName = names.shell;
    } else {
      // Help is public, but shows lines for the signed-in person's country: kept with their pages.
      const user = await currentUser();
      if (!user) return;
      cacheName = names.pages(user);
    }
    const headers = new Headers(res.headers);
    headers.set(SAVED_AT_HEADER, String(Date.now()));
    await (await sw.caches.open(cacheName)).put(pageKey(url), new Response(html, { status: 200, statusText: res.statusText, headers }));
    await keepAssets(assetsOfPage(html));
  }

  async function keptPage(url: URL): Promise<Response | undefined> {
    const user = await currentUser();
    if (user) {
      const own = await (await sw.caches.open(names.pages(user))).match(pageKey(url));
      if (own) return own;
    }
    if (url.pathname === OFFLINE_PATH) return (await sw.caches.open(names.shell)).match(pageKey(url));
    return undefined;
  }

  async function page(event: FetchEvent, url: URL): Promise<Response> {
    const since = generation;
    try {
      const res = await sw.fetch(event.request);
      event.waitUntil(remember(url, res.clone(), since).catch(() => undefined));
      return res;
    } catch {
      const kept = (await keptPage(url)) ?? (await keptPage(new URL(OFFLINE_PATH, url)));
      return kept ?? new Response(bareOfflineText(bare, sw.navigator.languages ?? []), { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }

  async function buildAsset(request: Request): Promise<Response> {
    const cache = await sw.caches.open(names.static);
    const hit = await cache.match(request);
    if (hit) return hit;
    const res = await sw.fetch(request);
    if (res.ok) await cache.put(request, res.clone());
    return res;
  }

  async function shellAsset(request: Request): Promise<Response> {
    const cache = await sw.caches.open(names.shell);
    try {
      const res = await sw.fetch(request);
      if (res.ok) await cache.put(request, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(request);
      if (hit) return hit;
      throw err;
    }
  }

  /** Fetches pages again in the background (after a signed-in page loads), unless kept recently. */
  async function warm(paths: string[], maxAgeMs: number) {
    for (const path of paths) {
      const url = new URL(path, sw.location.origin);
      const kept = await keptPage(url);
      const savedAt = Number(kept?.headers.get(SAVED_AT_HEADER) ?? NaN);
      if (isFresh(Number.isFinite(savedAt) ? savedAt : null, Date.now(), maxAgeMs)) continue;
      const since = generation;
      try {
        const res = await sw.fetch(url, { credentials: "same-origin", redirect: "follow", headers: { Accept: "text/html" } });
        await remember(url, res, since);
      } catch {
        return;
      }
    }
  }

  sw.addEventListener("install", (event) => {
    event.waitUntil(
      (async () => {
        // The offline page (and what it needs) is kept before this worker takes over.
        try {
          const url = new URL(OFFLINE_PATH, sw.location.origin);
          await remember(url, await sw.fetch(url, { cache: "reload" }), generation);
        } catch {
          /* installed anyway; kept on a later visit */
        }
        await sw.skipWaiting();
      })(),
    );
  });

  sw.addEventListener("activate", (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await sw.caches.keys()) if (isObsoleteCache(name, version)) await sw.caches.delete(name);
        await sw.clients.claim();
      })(),
    );
  });

  sw.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (url.origin !== sw.location.origin) return;
    if (request.mode === "navigate") {
      event.respondWith(page(event, url));
      return;
    }
    // RSC requests (client-side navigation) carry the router state; the browser falls back to a
    // full navigation when they fail, and that one is answered above.
    if (request.headers.has("rsc") || url.searchParams.has("_rsc")) return;
    if (isBuildAsset(url.pathname)) event.respondWith(buildAsset(request));
    else if (isShellAsset(url.pathname)) event.respondWith(shellAsset(request));
  });

  sw.addEventListener("message", (event) => {
    const message = parseWorkerMessage(event.data);
    if (!message) return;
    const done = () => event.ports[0]?.postMessage({ ok: true });
    if (message.type === "forget") event.waitUntil(forget().then(done, done));
    else event.waitUntil(warm(message.paths, message.maxAgeMs).then(done, done));
  });
}
