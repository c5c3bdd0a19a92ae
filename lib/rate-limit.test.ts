import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { consume, resetLimit, waitMessage } from "./rate-limit";

describe("rate limits", () => {
  it("says how long to wait once the allowance is used up", async () => {
    const key = `unit-${Math.random()}`;
    for (let i = 0; i < 6; i++) await consume("pauseStart", key);
    const err = await consume("pauseStart", key, "pauses").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("rate_limited");
    expect((err as AppError).message).toMatch(/Too many pauses for now\. Please wait (\d+ seconds?|1 minute) and try again\./);
    expect((err as AppError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("starts over after a reset", async () => {
    const key = `unit-${Math.random()}`;
    for (let i = 0; i < 6; i++) await consume("pauseStart", key);
    await resetLimit("pauseStart", key);
    await expect(consume("pauseStart", key)).resolves.toBeUndefined();
  });

  it("words waits in seconds or whole minutes", () => {
    expect(waitMessage(1)).toBe("1 second");
    expect(waitMessage(45)).toBe("45 seconds");
    expect(waitMessage(61)).toBe("2 minutes");
  });
});
