import { describe, expect, it } from "vitest";
import { createLimiter } from "./concurrency";

describe("createLimiter", () => {
  it("never runs more than `max` tasks at once and runs them all", async () => {
    const limited = createLimiter(3);
    let now = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limited(async () => {
          now++;
          peak = Math.max(peak, now);
          await new Promise((r) => setTimeout(r, 2));
          now--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("frees the slot when a task fails", async () => {
    const limited = createLimiter(1);
    await expect(limited(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(limited(async () => "next")).resolves.toBe("next");
  });
});
