import { describe, expect, it } from "vitest";
import { generateToken, hashToken, looksLikeToken } from "./token";

describe("counsellor link tokens", () => {
  it("are 256 random bits in URL-safe base64, different every time", () => {
    const tokens = Array.from({ length: 200 }, generateToken);
    expect(new Set(tokens).size).toBe(200);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, "base64url")).toHaveLength(32);
      expect(looksLikeToken(t)).toBe(true);
    }
  });

  it("are stored as a sha256 that does not contain them", () => {
    const t = generateToken();
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toContain(t);
  });

  it("refuse anything else before a lookup", () => {
    for (const bad of ["", "short", `${generateToken()}x`, `${generateToken().slice(0, 42)}=`, "../../etc/passwd".padEnd(43, "a"), "a".repeat(43).replace("a", " ")]) {
      expect(looksLikeToken(bad)).toBe(false);
    }
  });
});
