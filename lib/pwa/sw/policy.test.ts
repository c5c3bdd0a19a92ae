import { describe, expect, it } from "vitest";
import {
  assetsOfPage,
  cacheNames,
  endedSession,
  isFresh,
  isKeepableResponse,
  isKeptPage,
  isObsoleteCache,
  isPagesCache,
  META_CACHE,
  pageKey,
  parseWorkerMessage,
  userOfPage,
} from "./policy";

describe("which pages the worker keeps", () => {
  it("keeps Today, our agreements, the pause and history; never the journal, Me, the review or forms", () => {
    for (const p of ["/today", "/agreements", "/agreements/ck1abc", "/agreements/needs", "/agreements/past", "/pause", "/history"]) expect(isKeptPage(p), p).toBe(true);
    for (const p of ["/journal", "/journal/abc", "/me", "/review", "/record", "/agreements/new", "/agreements/new/check-in", "/agreements/abc/change", "/signin", "/", "/api/v1/pause"])
      expect(isKeptPage(p), p).toBe(false);
  });

  it("keys a page by its path, so /pause?start=1 opens the kept /pause", () => {
    expect(pageKey(new URL("https://s.example/pause?start=1"))).toBe("https://s.example/pause");
  });
});

describe("whose page it is", () => {
  it("reads the person from the page's own meta tag, in either attribute order", () => {
    expect(userOfPage('<head><meta name="steady-user" content="ckuser1"/></head>')).toBe("ckuser1");
    expect(userOfPage('<meta content="ckuser2" name="steady-user">')).toBe("ckuser2");
    expect(userOfPage('<meta name="description" content="x">')).toBeNull();
  });

  it("names one pages cache per person and version, and tells old builds' caches apart", () => {
    const v1 = cacheNames("aaa");
    expect(v1.pages("u1")).not.toBe(v1.pages("u2"));
    expect(isPagesCache(v1.pages("u1"))).toBe(true);
    expect(isPagesCache(v1.static)).toBe(false);
    expect(isObsoleteCache(v1.static, "bbb")).toBe(true);
    expect(isObsoleteCache(v1.pages("u1"), "aaa")).toBe(false);
    expect(isObsoleteCache(META_CACHE, "bbb")).toBe(false);
    expect(isObsoleteCache("someone-elses-cache", "bbb")).toBe(false);
  });
});

describe("what a page needs", () => {
  it("finds build files in tags and in the RSC payload, once each", () => {
    const html = `<link rel="stylesheet" href="/_next/static/css/a1.css"><script src="/_next/static/chunks/main-1.js" async></script>
      <script>self.__next_f.push([1,"2:I[\\"static/chunks/app/page-9.js\\"]"])</script><script src="/_next/static/chunks/main-1.js"></script>`;
    expect(assetsOfPage(html).sort()).toEqual(["/_next/static/chunks/app/page-9.js", "/_next/static/chunks/main-1.js", "/_next/static/css/a1.css"]);
  });
});

describe("what may be kept", () => {
  const res = (over: Partial<Response>) => ({ ok: true, status: 200, redirected: false, type: "basic", url: "", headers: new Headers({ "content-type": "text/html; charset=utf-8" }), ...over }) as Response;
  it("keeps only a plain 200 HTML answer", () => {
    expect(isKeepableResponse(res({}))).toBe(true);
    expect(isKeepableResponse(res({ redirected: true }))).toBe(false);
    expect(isKeepableResponse(res({ ok: false, status: 500 }))).toBe(false);
    expect(isKeepableResponse(res({ headers: new Headers({ "content-type": "application/json" }) }))).toBe(false);
  });

  it("reads a kept page answered with the sign-in screen as an ended session", () => {
    expect(endedSession(new URL("https://s.example/today"), res({ redirected: true, url: "https://s.example/signin?from=%2Ftoday" }))).toBe(true);
    expect(endedSession(new URL("https://s.example/today"), res({}))).toBe(false);
    expect(endedSession(new URL("https://s.example/help"), res({ redirected: true, url: "https://s.example/signin" }))).toBe(false);
  });

  it("fetches again only what was kept longer ago than asked", () => {
    expect(isFresh(1000, 1500, 1000)).toBe(true);
    expect(isFresh(1000, 2500, 1000)).toBe(false);
    expect(isFresh(null, 1, 1000)).toBe(false);
    expect(isFresh(1000, 1500, 0)).toBe(false);
  });
});

describe("messages from pages", () => {
  it("accepts warm and forget, same-origin paths only, and ignores anything else", () => {
    expect(parseWorkerMessage({ type: "forget" })).toEqual({ type: "forget" });
    expect(parseWorkerMessage({ type: "warm", paths: ["/today", "//evil.example/x", "https://evil.example", 3], maxAgeMs: -5 })).toEqual({ type: "warm", paths: ["/today"], maxAgeMs: 0 });
    expect(parseWorkerMessage({ type: "warm", paths: "/today", maxAgeMs: 1 })).toBeNull();
    expect(parseWorkerMessage("forget")).toBeNull();
    expect(parseWorkerMessage(null)).toBeNull();
  });
});
