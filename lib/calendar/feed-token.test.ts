import { describe, expect, it } from "vitest";
import { hashFeedToken, isFeedTokenShape, newFeedToken } from "./feed-token";

describe("feed tokens", () => {
  it("are 256-bit, URL-safe and different every time", () => {
    const tokens = Array.from({ length: 50 }, newFeedToken);
    expect(new Set(tokens).size).toBe(50);
    for (const t of tokens) {
      expect(isFeedTokenShape(t)).toBe(true);
      expect(Buffer.from(t, "base64url")).toHaveLength(32);
      expect(encodeURIComponent(t)).toBe(t);
    }
  });

  it("are stored as a hash that differs from the token and is stable", () => {
    const t = newFeedToken();
    expect(hashFeedToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(t)).toBe(hashFeedToken(t));
    expect(hashFeedToken(t)).not.toContain(t);
    expect(hashFeedToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("turn away junk before any lookup", () => {
    for (const junk of ["", "short", "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "../../etc/passwd"])
      expect(isFeedTokenShape(junk)).toBe(false);
  });
});
