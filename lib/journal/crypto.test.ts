import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newDataKey, openJson, SealError, sealJson, unwrapDataKey, wrapDataKey } from "./crypto";

const where = { kind: "entry", id: "5b0c1f3e-1c1d-4e7a-9a57-3c3f8d2b6a10", userId: "user-a" };

describe("journal crypto (AES-256-GCM)", () => {
  it("round-trips an entry and a wrapped data key", () => {
    const kek = randomBytes(32);
    const dek = newDataKey();
    const wrapped = wrapDataKey(kek, dek, "user-a");
    expect(unwrapDataKey(kek, wrapped, "user-a").equals(dek)).toBe(true);
    const value = { happened: "Ünïcode and emoji 🙂", intensity: 3, tags: ["late reply"] };
    const sealed = sealJson(dek, value, where);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.tag).toHaveLength(16);
    expect(sealed.ciphertext.toString("utf8")).not.toContain("late reply");
    expect(openJson(dek, sealed, where)).toEqual(value);
  });

  it("uses a fresh IV every time, so the same words never look the same twice", () => {
    const dek = newDataKey();
    const a = sealJson(dek, { x: 1 }, where);
    const b = sealJson(dek, { x: 1 }, where);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it("refuses tampered bytes, a wrong tag, and a row moved to another entry or person", () => {
    const dek = newDataKey();
    const sealed = sealJson(dek, { happened: "private" }, where);
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openJson(dek, { ...sealed, ciphertext: flipped }, where)).toThrow(SealError);
    expect(() => openJson(dek, { ...sealed, tag: randomBytes(16) }, where)).toThrow(SealError);
    expect(() => openJson(dek, sealed, { ...where, id: "another-entry" })).toThrow(SealError);
    expect(() => openJson(dek, sealed, { ...where, userId: "user-b" })).toThrow(SealError);
    expect(() => openJson(dek, sealed, { ...where, kind: "steadiers" })).toThrow(SealError);
  });

  it("a wrong server key cannot unwrap a data key, nor can another person's id", () => {
    const kek = randomBytes(32);
    const wrapped = wrapDataKey(kek, newDataKey(), "user-a");
    expect(() => unwrapDataKey(randomBytes(32), wrapped, "user-a")).toThrow(SealError);
    expect(() => unwrapDataKey(kek, wrapped, "user-b")).toThrow(SealError);
  });

  it("a wrong data key cannot open an entry", () => {
    const sealed = sealJson(newDataKey(), { happened: "private" }, where);
    expect(() => openJson(newDataKey(), sealed, where)).toThrow(SealError);
  });
});
