import { describe, expect, it, vi } from "vitest";
import { deleteAccountOp } from "@/lib/accounts/operations";
import { leaveCoupleOp, releaseEndedCoupleOp } from "@/lib/couples/operations";
import { endMembership } from "@/lib/couples/mutations";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import type { RequestInfo } from "@/lib/operations/define";
import { DAY_MS } from "@/lib/share-links/consent";
import { localize } from "@/lib/i18n/translate";
import { MAX_OPEN_LINKS, SHARE_MESSAGES as KEYS, UNAVAILABLE as UNAVAILABLE_KEY } from "@/lib/share-links/constants";
import { approveShareLinkOp, proposeShareLinkOp, revokeShareLinkOp, viewShareLinkOp } from "@/lib/share-links/operations";
import { countShareLinksWaitingFor, listShareLinks } from "@/lib/share-links/queries";
import { hashToken } from "@/lib/share-links/token";
import { anonymous, createCouple, createUser, FACTORY_PASSWORD, type TestUser } from "@/tests/factories";
import { ok } from "../agreements/helpers";
import { buildScene } from "../record/scene";

// The refusals as an English caller reads them (the constants are catalogue keys).
const SHARE_MESSAGES = Object.fromEntries(
  Object.entries(KEYS).map(([name, key]) => [name, name === "tooMany" ? localize("en", `${key} ${JSON.stringify({ max: MAX_OPEN_LINKS })}`) : localize("en", key)]),
) as Record<keyof typeof KEYS, string>;
const UNAVAILABLE = localize("en", UNAVAILABLE_KEY);

const T0 = new Date("2026-12-01T09:00:00Z");
const at = (user: TestUser | RequestInfo, when: Date): RequestInfo => ({ ...("request" in user ? user.request : user), clock: () => when });
const later = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;

const propose = async (user: TestUser, input: unknown = { therapistName: "Dr Rivera", days: 7 }, when = T0) => executeOperation(proposeShareLinkOp, input, at(user, when));
const approve = (user: TestUser, linkId: string, when = later(HOUR)) => executeOperation(approveShareLinkOp, { linkId }, at(user, when));
const revoke = (user: TestUser, linkId: string, when = later(2 * HOUR)) => executeOperation(revokeShareLinkOp, { linkId }, at(user, when));
const view = (url: string, when: Date) => executeOperation(viewShareLinkOp, { token: tokenOf(url) }, at(anonymous, when));
const tokenOf = (url: string) => url.split("/shared/")[1]!;
const unavailable = { ok: false, code: "not_found", error: UNAVAILABLE };

async function rows(coupleId?: string) {
  const where = coupleId ? { coupleId } : {};
  const [links, events] = await Promise.all([
    db.shareLink.findMany({ where, orderBy: { id: "asc" } }),
    db.event.findMany({ where: { ...where, type: { startsWith: "shareLinks." } }, orderBy: { id: "asc" } }),
  ]);
  return { links, events };
}

describe("a link for a counsellor", () => {
  it("shows nothing until the partner approves; then the record, read-only, until it expires", async () => {
    const { couple: c, titles } = await buildScene();
    const proposed = ok(await propose(c.a));
    expect(proposed).toMatchObject({ days: 7, therapistName: "Dr Rivera" });
    expect(proposed.url).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(await countShareLinksWaitingFor(c.id, c.b.id)).toBe(1);
    expect(await countShareLinksWaitingFor(c.id, c.a.id)).toBe(0);

    // Waiting: the same plain answer as for a made-up link.
    expect(await view(proposed.url, later(10 * 60_000))).toEqual(unavailable);

    // The proposer cannot approve their own link.
    const before = await rows(c.id);
    expect(await approve(c.a, proposed.linkId)).toEqual({ ok: false, code: "forbidden", error: SHARE_MESSAGES.ownProposal });
    expect(await rows(c.id)).toEqual(before);

    const approved = ok(await approve(c.b, proposed.linkId, later(HOUR)));
    expect(approved.expiresAt).toEqual(later(HOUR + 7 * DAY_MS));
    expect(await countShareLinksWaitingFor(c.id, c.b.id)).toBe(0);

    const shared = ok(await view(proposed.url, later(2 * HOUR)));
    expect(shared.therapistName).toBe("Dr Rivera");
    expect(shared.expiresAt).toEqual(later(HOUR + 7 * DAY_MS));
    expect(shared.record).toMatchObject({ audience: "counsellor", people: "Alex and Blake" });
    expect(shared.record.active.map((a) => a.title)).toEqual(titles.active);
    expect(shared.record.retired.map((a) => a.title)).toEqual(titles.retired);
    expect(shared.record.active[0]!.history[1]!.changes.length).toBeGreaterThan(0);

    // Both partners see when it was last opened.
    const [link] = await listShareLinks(c.id, later(3 * HOUR));
    expect(link).toMatchObject({ status: "active", lastOpenedAt: later(2 * HOUR), approvedById: c.b.id, proposedById: c.a.id });

    // It stops on time, to the millisecond.
    expect((await view(proposed.url, later(HOUR + 7 * DAY_MS - 1))).ok).toBe(true);
    expect(await view(proposed.url, later(HOUR + 7 * DAY_MS))).toEqual(unavailable);
    expect((await listShareLinks(c.id, later(HOUR + 7 * DAY_MS)))[0]!.status).toBe("expired");
  });

  it("either partner turns it off alone, at once; turning it off again changes nothing", async () => {
    const c = await createCouple();
    const mine = ok(await propose(c.a));
    ok(await approve(c.b, mine.linkId));
    const theirs = ok(await propose(c.b, { days: 3 }));
    ok(await approve(c.a, theirs.linkId));
    expect((await view(mine.url, later(2 * HOUR))).ok).toBe(true);

    // B turns off A's link, and A turns off B's.
    expect(ok(await revoke(c.b, mine.linkId, later(3 * HOUR))).revokedAt).toEqual(later(3 * HOUR));
    expect(await view(mine.url, later(3 * HOUR))).toEqual(unavailable);
    ok(await revoke(c.a, theirs.linkId, later(3 * HOUR)));
    expect(await view(theirs.url, later(3 * HOUR))).toEqual(unavailable);

    const before = await rows(c.id);
    expect(ok(await revoke(c.a, mine.linkId, later(5 * HOUR))).revokedAt).toEqual(later(3 * HOUR));
    expect(await rows(c.id)).toEqual(before);
    const link = before.links.find((l) => l.id === mine.linkId)!;
    expect(link).toMatchObject({ revokedById: c.b.id, revokedAt: later(3 * HOUR) });
    expect(before.events.map((e) => [e.type, e.actorId])).toEqual([
      ["shareLinks.proposed", c.a.id],
      ["shareLinks.approved", c.b.id],
      ["shareLinks.proposed", c.b.id],
      ["shareLinks.approved", c.a.id],
      ["shareLinks.revoked", c.b.id],
      ["shareLinks.revoked", c.a.id],
    ]);
  });

  it("refuses to approve a link a partner already turned off: a clear message, nothing written", async () => {
    const c = await createCouple();
    const link = ok(await propose(c.a));
    ok(await revoke(c.a, link.linkId, later(60_000)));
    const before = await rows(c.id);
    expect(await approve(c.b, link.linkId)).toEqual({ ok: false, code: "conflict", error: SHARE_MESSAGES.revoked });
    expect(await rows(c.id)).toEqual(before);
    expect(await view(link.url, later(HOUR))).toEqual(unavailable);

    // An approved link is not approved again (its expiry never moves).
    const other = ok(await propose(c.a));
    ok(await approve(c.b, other.linkId));
    const again = await rows(c.id);
    expect(await approve(c.b, other.linkId, later(5 * HOUR))).toEqual({ ok: false, code: "conflict", error: SHARE_MESSAGES.alreadyApproved });
    expect(await rows(c.id)).toEqual(again);
  });

  it("a yes and a turn-off at the same moment: the link ends up off, never working", async () => {
    const c = await createCouple();
    for (let i = 0; i < 5; i++) {
      const link = ok(await propose(c.a));
      const [approved, revoked] = await Promise.all([approve(c.b, link.linkId), revoke(c.a, link.linkId)]);
      expect(revoked.ok).toBe(true);
      if (!approved.ok) expect(approved).toEqual({ ok: false, code: "conflict", error: SHARE_MESSAGES.revoked });
      expect(await view(link.url, later(3 * HOUR))).toEqual(unavailable);
    }
  });

  it("refuses a duration outside 1–30 days, or a name too long, with a clear message and nothing written", async () => {
    const c = await createCouple();
    const before = await rows();
    for (const days of [0, 31, -1, 7.5, "abc", "", null, undefined, "1e3"]) {
      const result = await propose(c.a, { therapistName: "Dr Rivera", days });
      expect(result, `days ${String(days)}`).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { days: [SHARE_MESSAGES.daysRange] } });
    }
    expect(await propose(c.a, { therapistName: "x".repeat(81), days: 7 })).toMatchObject({ ok: false, fieldErrors: { therapistName: [SHARE_MESSAGES.nameTooLong] } });
    expect(await propose(c.a, "not an object")).toMatchObject({ ok: false, code: "bad_request" });
    expect(await rows()).toEqual(before);

    // Forms send text: "30" and "1" are fine, and a blank name is no name.
    expect(ok(await propose(c.a, { therapistName: "  ", days: "30" })).therapistName).toBeNull();
    expect(ok(await propose(c.a, { days: "1" })).days).toBe(1);
  });

  it("refuses links nobody could approve, and more than a handful at once", async () => {
    const solo = await createUser();
    const { createInviteOp } = await import("@/lib/couples/operations");
    ok(await executeOperation(createInviteOp, {}, solo.request));
    expect(await propose(solo)).toEqual({ ok: false, code: "conflict", error: SHARE_MESSAGES.needsPartner });

    const c = await createCouple();
    for (let i = 0; i < MAX_OPEN_LINKS; i++) ok(await propose(c.a));
    const before = await rows(c.id);
    expect(await propose(c.b)).toEqual({ ok: false, code: "conflict", error: SHARE_MESSAGES.tooMany });
    expect(await rows(c.id)).toEqual(before);
    // Turning one off makes room.
    ok(await revoke(c.b, before.links[0]!.id));
    ok(await propose(c.b));
  });

  it("answers a made-up, malformed, waiting, expired or turned-off link alike, with nothing about the couple", async () => {
    const { couple: c } = await buildScene();
    const waiting = ok(await propose(c.a));
    const expired = ok(await propose(c.a, { days: 1 }));
    ok(await approve(c.b, expired.linkId, T0));
    const off = ok(await propose(c.a));
    ok(await approve(c.b, off.linkId, T0));
    ok(await revoke(c.a, off.linkId, T0));
    const when = later(DAY_MS);
    const tokens = [
      tokenOf(waiting.url),
      tokenOf(expired.url),
      tokenOf(off.url),
      "A".repeat(43),
      tokenOf(waiting.url).slice(0, 42),
      `${tokenOf(waiting.url)}=`,
      hashToken(tokenOf(waiting.url)),
      waiting.linkId,
      "",
      "../../etc/passwd",
      "x".repeat(200),
    ];
    for (const token of tokens) {
      const result = await executeOperation(viewShareLinkOp, { token }, at(c.a, when));
      expect(result, token).toEqual(unavailable);
    }
    expect((await db.shareLink.findMany({ where: { coupleId: c.id } })).every((l) => l.lastOpenedAt === null)).toBe(true);
  });

  it("opens only its own couple's record, whoever holds it; another couple's link or revocation changes nothing of ours", async () => {
    const ours = await buildScene();
    const theirs = await buildScene({ a: "Casey Doe", b: "Dana Roe" });
    const ourLink = ok(await propose(ours.couple.a));
    ok(await approve(ours.couple.b, ourLink.linkId));
    const theirLink = ok(await propose(theirs.couple.b));
    ok(await approve(theirs.couple.a, theirLink.linkId));

    // Their link, opened by one of us while signed in, shows their record and nothing of ours — and the other way round.
    const seen = ok(await executeOperation(viewShareLinkOp, { token: tokenOf(theirLink.url) }, at(ours.couple.a, later(2 * HOUR))));
    expect(seen.record.people).toBe("Casey and Dana");
    const json = JSON.stringify(seen);
    for (const marker of ["Alex", "Blake", ...ours.privateMarkers, ours.couple.id]) expect(json).not.toContain(marker);

    // Their ids do nothing to our links, and ours nothing to theirs.
    const before = await rows();
    expect(await approve(theirs.couple.a, ourLink.linkId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await revoke(theirs.couple.a, ourLink.linkId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await revoke(ours.couple.b, theirLink.linkId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await rows()).toEqual(before);
    ok(await revoke(theirs.couple.b, theirLink.linkId));
    expect((await view(ourLink.url, later(3 * HOUR))).ok).toBe(true);
  });

  it("stores only the token's hash, and never puts the token in a log or the timeline", async () => {
    // console.error is already watched by tests/setup/console.ts: any call fails the test.
    const spies = (["log", "info", "warn", "debug"] as const).map((level) => vi.spyOn(console, level));
    const c = await createCouple();
    const link = ok(await propose(c.a));
    ok(await approve(c.b, link.linkId));
    ok(await view(link.url, later(2 * HOUR)));
    await view(`${link.url}x`, later(2 * HOUR));
    ok(await revoke(c.a, link.linkId));
    await view(link.url, later(3 * HOUR));
    const token = tokenOf(link.url);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.linkId } });
    expect(row.tokenHash).toBe(hashToken(token));
    const everything = JSON.stringify([await db.shareLink.findMany(), await db.event.findMany()]);
    expect(everything).not.toContain(token);
    // The timeline holds ids and numbers only, not who the counsellor is.
    expect(JSON.stringify(await db.event.findMany())).not.toContain("Rivera");
    const logged = spies.flatMap((spy) => spy.mock.calls.map((args) => JSON.stringify(args)));
    expect(logged.filter((line) => line.includes(token))).toEqual([]);
    spies.forEach((spy) => spy.mockRestore());
  });
});

describe("when the shared space ends, every link stops", () => {
  async function twoLinks() {
    const c = await createCouple();
    const approved = ok(await propose(c.a));
    ok(await approve(c.b, approved.linkId));
    const waiting = ok(await propose(c.b));
    expect((await view(approved.url, later(2 * HOUR))).ok).toBe(true);
    return { c, urls: [approved.url, waiting.url] };
  }

  async function expectAllOff(coupleId: string, urls: string[]) {
    const links = await db.shareLink.findMany({ where: { coupleId } });
    expect(links.length === 0 || links.every((l) => l.revokedAt !== null)).toBe(true);
    for (const url of urls) expect(await view(url, later(3 * HOUR))).toEqual(unavailable);
  }

  it("when one of us leaves", async () => {
    const { c, urls } = await twoLinks();
    ok(await executeOperation(leaveCoupleOp, { password: FACTORY_PASSWORD }, c.b.request));
    await expectAllOff(c.id, urls);
    expect((await db.shareLink.findMany({ where: { coupleId: c.id } })).map((l) => l.revokedById)).toEqual([c.b.id, c.b.id]);
    // …and the one who stayed cannot bring one back: the ended space is read-only.
    const [first] = await db.shareLink.findMany({ where: { coupleId: c.id } });
    expect(await approve(c.a, first!.id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await propose(c.a)).toMatchObject({ ok: false, code: "forbidden" });
    // Letting go of the ended copy removes the links with it.
    ok(await executeOperation(releaseEndedCoupleOp, {}, c.a.request));
    await expectAllOff(c.id, urls);
  });

  it("when one of us leaves while the other suggests a link: no link outlives the shared space", async () => {
    const c = await createCouple();
    const [proposed] = await Promise.all([propose(c.a), executeOperation(leaveCoupleOp, { password: FACTORY_PASSWORD }, c.b.request)]);
    if (proposed.ok) expect(await view(proposed.data.url, later(HOUR))).toEqual(unavailable);
    else expect(proposed.code).toBe("forbidden");
    expect(await db.shareLink.count({ where: { coupleId: c.id, revokedAt: null } })).toBe(0);
  });

  it("when one of us deletes their account", async () => {
    const { c, urls } = await twoLinks();
    ok(await executeOperation(deleteAccountOp, { password: FACTORY_PASSWORD }, c.a.request));
    await expectAllOff(c.id, urls);
  });

  it("when the shared space is ended (the path leaving and deleting share)", async () => {
    const { c, urls } = await twoLinks();
    await endMembership(c.a.id, c.id);
    await expectAllOff(c.id, urls);
  });
});
