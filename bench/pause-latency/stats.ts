/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A loop-delay histogram's percentile in ms, as the delay beyond the timer interval it samples at
 * (monitorEventLoopDelay includes that interval in every reading).
 */
export function loopDelayMs(histogram: { percentile(p: number): number }, resolutionMs: number, p: number): number {
  return round(Math.max(0, histogram.percentile(p) / 1e6 - resolutionMs));
}

export interface LatencySummary {
  samples: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

export function summarize(latencies: readonly number[]): LatencySummary {
  return {
    samples: latencies.length,
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(latencies.length ? Math.max(...latencies) : 0),
  };
}
