import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import { GET as downloadRoute } from "@/app/api/me/calendar.ics/route";
import { FEED_NOT_FOUND } from "@/lib/calendar/mutations";
import { createFeedOp, readFeedOp, revokeFeedOp } from "@/lib/calendar/operations";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { createCouple, createUser, type TestCouple, type TestUser } from "@/tests/factories";
import { parseIcs } from "@/tests/parse-ics";
import { ok } from "../agreements/helpers";
import { agreeCheckIn, asAt, markAsReview, retire } from "../checkins/helpers";
import { sessionCookie } from "../pause/harness";

/**
 * The calendar through its real route handlers. Next's request scope (cookies, headers) is stood in
 * for by the Request each test sends, so the handlers run exactly as they do in the server.
 */
const scope = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => scope.headers,
  cookies: async () => ({
    getAll: () =>
      (scope.headers.get("cookie") ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) })),
  }),
}));

async function get(handler: (req: Request) => Promise<Response>, url: string, cookie?: string, acceptLanguage?: string) {
  scope.headers = new Headers({
    "user-agent": "vitest",
    "x-steady-client-ip": "10.30.0.1",
    ...(cookie ? { cookie } : {}),
    ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
  });
  const res = await handler(new Request(url, { headers: scope.headers }));
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const NOW = "2026-03-01T12:00:00Z";
const newFeed = async (user: TestUser, at = NOW) => ok(await asAt(user, at, createFeedOp, {}));

/** Alex in Berlin and Blake in New York: a Tuesday 19:30 check-in in Berlin, the review Sundays 18:00 in New York. */
async function couple(): Promise<{ c: TestCouple; checkIn: { agreementId: string; versionId: string }; review: { agreementId: string } }> {
  const c = await createCouple();
  await db.user.update({ where: { id: c.b.id }, data: { timeZone: "America/New_York" } });
  const checkIn = await agreeCheckIn(c, "2026-03-01T10:00:00Z", { about: "Our secret evening ritual" });
  const review = await agreeCheckIn(c, "2026-03-01T10:00:00Z", {
    about: "How our week went",
    days: ["SUN"],
    time: "18:00",
    timeZone: "America/New_York",
  });
  await markAsReview(review.versionId);
  return { c, checkIn, review };
}

beforeEach(() => {
  scope.headers = new Headers();
});

describe("the calendar feed", () => {
  it("is a private URL whose .ics parses back with both rhythms, neutral words and each zone's rules, the same for both partners", async () => {
    const { c, checkIn, review } = await couple();
    const feedA = await newFeed(c.a);
    expect(feedA.url).toMatch(/^http:\/\/localhost:\d+\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
    expect(feedA.webcalUrl).toBe(feedA.url.replace("http://", "webcal://"));
    // The token is in the URL only: what we keep is its hash.
    const token = feedA.url.split("/").pop()!;
    expect(JSON.stringify(await db.calendarFeed.findMany())).not.toContain(token);

    const res = await get(feedRoute, feedA.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.text).not.toMatch(/secret evening|How our week|IN_PERSON|Alex|Blake/);

    const { root, events } = parseIcs(res.text);
    expect(
      root
        .getAllSubcomponents("vtimezone")
        .map((z) => z.getFirstPropertyValue("tzid"))
        .sort(),
    ).toEqual(["America/New_York", "Europe/Berlin"]);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const checkInEvent = byUid.get(`checkin-${checkIn.agreementId}@steady`)!;
    const reviewEvent = byUid.get(`review-${review.agreementId}@steady`)!;
    expect(events).toHaveLength(2);
    expect(checkInEvent.summary).toBe("Steady: our check-in");
    expect(reviewEvent.summary).toBe("Steady: our weekly review");
    // Through both DST changes (US 8 March, Europe 29 March): 19:30 in Berlin and 18:00 in New York every week.
    expect(checkInEvent.instances(5).map((i) => new Date(i.at).toISOString())).toEqual([
      "2026-03-03T18:30:00.000Z",
      "2026-03-10T18:30:00.000Z",
      "2026-03-17T18:30:00.000Z",
      "2026-03-24T18:30:00.000Z",
      "2026-03-31T17:30:00.000Z",
    ]);
    expect(reviewEvent.instances(3).map((i) => new Date(i.at).toISOString())).toEqual([
      "2026-03-01T23:00:00.000Z",
      "2026-03-08T22:00:00.000Z",
      "2026-03-15T22:00:00.000Z",
    ]);
    expect(checkInEvent.instances(5).every((i) => i.local.endsWith("T19:30:00"))).toBe(true);

    // Blake's own feed, from New York, holds the same events at the same instants.
    const feedB = await newFeed(c.b);
    const fromB = parseIcs((await get(feedRoute, feedB.url)).text).events;
    expect(fromB.map((e) => [e.uid, e.instances(5).map((i) => i.at)]).sort()).toEqual(
      events.map((e) => [e.uid, e.instances(5).map((i) => i.at)]).sort(),
    );

    // Calendar apps' visits are noted (Me shows "last fetched").
    expect((await db.calendarFeed.findFirstOrThrow({ where: { userId: c.a.id, revokedAt: null } })).lastUsedAt).not.toBeNull();
    // Some apps want a file name: the same feed answers with ".ics" on the end.
    expect((await get(feedRoute, `${feedA.url}.ics`)).status).toBe(200);
  });

  it("follows our agreements: a retired check-in leaves the feed; an ended shared space plans nothing", async () => {
    const { c, checkIn } = await couple();
    const feed = await newFeed(c.a);
    await retire(c, checkIn, "2026-03-02T09:00:00Z");
    expect(parseIcs((await get(feedRoute, feed.url)).text).events.map((e) => e.summary)).toEqual(["Steady: our weekly review"]);
    await db.couple.update({ where: { id: c.id }, data: { endedAt: new Date() } });
    const ended = await get(feedRoute, feed.url);
    expect(ended.status).toBe(200);
    expect(parseIcs(ended.text).events).toEqual([]);
  });

  it("a revoked, replaced, unknown or malformed token gets the same 404 and nothing else", async () => {
    const { c } = await couple();
    const first = await newFeed(c.a);
    const second = await newFeed(c.a, "2026-03-01T12:05:00Z");
    const base = first.url.slice(0, first.url.lastIndexOf("/"));
    const replaced = await get(feedRoute, first.url);
    expect((await get(feedRoute, second.url)).status).toBe(200);
    expect(ok(await asAt(c.a, "2026-03-01T12:10:00Z", revokeFeedOp, {}))).toEqual({ revoked: true });
    expect(ok(await asAt(c.a, "2026-03-01T12:11:00Z", revokeFeedOp, {}))).toEqual({ revoked: false });
    const revoked = await get(feedRoute, second.url);
    const unknown = await get(feedRoute, `${base}/${"Q".repeat(43)}`);
    const malformed = await get(feedRoute, `${base}/not-a-token`);
    const junk = await get(feedRoute, `${base}/%E0%A4%A`);
    const expected = JSON.stringify({ ok: false, code: "not_found", error: FEED_NOT_FOUND });
    for (const res of [replaced, revoked, unknown, malformed, junk]) {
      expect(res.status).toBe(404);
      expect(res.text).toBe(expected);
    }
    // Exactly one feed was ever live at a time; both are revoked now.
    expect(
      await db.calendarFeed.findMany({ where: { userId: c.a.id }, select: { revokedAt: true }, orderBy: { createdAt: "asc" } }),
    ).toEqual([{ revokedAt: new Date("2026-03-01T12:05:00Z") }, { revokedAt: new Date("2026-03-01T12:10:00Z") }]);
    // The operation itself, with odd inputs: the same answer.
    for (const input of [{ token: 42 }, {}, null, "token"]) {
      expect(await executeOperation(readFeedOp, input, { sessionId: null, ip: "10.30.0.2", userAgent: "vitest" })).toEqual(
        JSON.parse(expected),
      );
    }
  });

  it("speaks its owner's language: the one chosen on Me, else the asking app's, else English", async () => {
    const { c } = await couple();
    await db.user.update({ where: { id: c.b.id }, data: { locale: "es" } });
    const said = async (user: TestUser, acceptLanguage?: string) =>
      parseIcs((await get(feedRoute, (await newFeed(user)).url, undefined, acceptLanguage)).text)
        .events.map((e) => e.summary)
        .sort();
    const spanish = ["Steady: nuestra charla", "Steady: nuestra revisión semanal"];
    const english = ["Steady: our check-in", "Steady: our weekly review"];
    // Blake chose Spanish: their calendar app's English does not change it.
    expect(await said(c.b, "en-US,en;q=0.9")).toEqual(spanish);
    // Alex chose nothing: the app that asks decides, and English when it says nothing we speak.
    expect(await said(c.a, "es-ES,es;q=0.9")).toEqual(spanish);
    expect(await said(c.a, "de-DE")).toEqual(english);
    expect(await said(c.a)).toEqual(english);
    // The one-off download follows the same rule.
    const download = await get(downloadRoute, "http://localhost:3000/api/me/calendar.ics", await sessionCookie(c.b));
    expect(parseIcs(download.text).events.map((e) => e.summary).sort()).toEqual(spanish);
  });

  it("the one-off download is an attachment for a signed-in member; a member without a partner gets an empty calendar", async () => {
    const { c } = await couple();
    const url = "http://localhost:3000/api/me/calendar.ics";
    const mine = await get(downloadRoute, url, await sessionCookie(c.a));
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-disposition")).toBe('attachment; filename="steady.ics"');
    expect(parseIcs(mine.text).events).toHaveLength(2);

    const alone = await createUser();
    expect(parseIcs((await get(downloadRoute, url, await sessionCookie(alone))).text).events).toEqual([]);
    const signedOut = await get(downloadRoute, url);
    expect(signedOut.status).toBe(401);
    expect(signedOut.text).not.toContain("BEGIN:VCALENDAR");
  });
});
