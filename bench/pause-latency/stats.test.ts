import { describe, expect, it } from "vitest";
import { loopDelayMs, percentile, summarize } from "./stats";

describe("bench statistics", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 99)).toBe(0);
  });

  it("summarizes without assuming sorted input", () => {
    expect(summarize([3, 1, 2])).toEqual({ samples: 3, p50_ms: 2, p95_ms: 3, p99_ms: 3, max_ms: 3 });
  });

  it("reports a loop delay beyond the histogram's own timer interval, never below zero", () => {
    const histogram = { percentile: (p: number) => (p === 99 ? 13.5e6 : 4.9e6) };
    expect(loopDelayMs(histogram, 5, 99)).toBe(8.5);
    expect(loopDelayMs(histogram, 5, 50)).toBe(0);
  });
});
