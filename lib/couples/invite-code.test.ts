import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  generateInviteCode,
  hashInviteCode,
  INVITE_ALPHABET,
  INVITE_CODE_BITS,
  INVITE_TTL_MS,
  isInviteExpired,
  normalizeInviteCode,
} from "./invite-code";

describe("invite codes", () => {
  it("carry at least 40 bits and avoid look-alike characters", () => {
    expect(INVITE_CODE_BITS).toBeGreaterThanOrEqual(40);
    for (const ch of "01ILOU") expect(INVITE_ALPHABET).not.toContain(ch);
  });

  it("are shown as two groups of five and differ every time", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateInviteCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("accept whatever case, spaces and dashes people type", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Array.from({ length: 50 }, generateInviteCode)), (code) => {
        const raw = code.replace("-", "");
        expect(normalizeInviteCode(code.toLowerCase())).toBe(raw);
        expect(normalizeInviteCode(` ${raw.slice(0, 3)} ${raw.slice(3)} `)).toBe(raw);
      }),
    );
  });

  it("reject codes of the wrong length or with characters we never issue", () => {
    expect(normalizeInviteCode("ABCDE")).toBeNull();
    expect(normalizeInviteCode("ABCDE-FGHI0")).toBeNull();
    expect(normalizeInviteCode("OOOOO-OOOOO")).toBeNull();
  });

  it("hash deterministically so only the hash needs storing", () => {
    expect(hashInviteCode("ABCDEFGHJK")).toBe(hashInviteCode("ABCDEFGHJK"));
    expect(hashInviteCode("ABCDEFGHJK")).not.toBe(hashInviteCode("ABCDEFGHJM"));
  });

  it("expire after 72 hours", () => {
    const created = new Date("2026-11-01T12:00:00Z");
    const invite = { expiresAt: new Date(created.getTime() + INVITE_TTL_MS) };
    expect(isInviteExpired(invite, new Date("2026-11-04T11:59:59Z"))).toBe(false);
    expect(isInviteExpired(invite, new Date("2026-11-04T12:00:00Z"))).toBe(true);
  });
});
