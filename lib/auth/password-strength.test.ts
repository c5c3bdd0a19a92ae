import { afterAll, describe, expect, it } from "vitest";
import { stopPasswordChecker, weakPasswordReason } from "./password-strength";

afterAll(() => stopPasswordChecker());

describe("weakPasswordReason", () => {
  it("accepts a few unrelated words", async () => {
    expect(await weakPasswordReason("tangerine ladder quietly")).toBeNull();
  });

  it("refuses common passwords and sequences with zxcvbn's advice", async () => {
    expect(await weakPasswordReason("password123")).toBe(
      "That password is easy to guess (this is a commonly used password). Try a few unrelated words together.",
    );
    expect(await weakPasswordReason("abcdefghij")).toMatch(/^That password is easy to guess \(.+\)\. Try a few unrelated words together\.$/);
  });

  it("counts the person's own name and email as easy to guess", async () => {
    expect(await weakPasswordReason("zephyrinaquillworth")).toBeNull();
    expect(await weakPasswordReason("zephyrinaquillworth", ["zephyrinaquillworth"])).not.toBeNull();
  });

  it("answers many checks at once, each with its own verdict", async () => {
    const verdicts = await Promise.all(["password123", "tangerine ladder quietly", "qwertyuiop", "calm harbour lantern 9"].map((p) => weakPasswordReason(p)));
    expect(verdicts.map((v) => v === null)).toEqual([false, true, false, true]);
  });
});
