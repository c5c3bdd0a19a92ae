// Preloaded into the bench's server process only (node --import): event-loop delay, reported on
// SIGUSR2 as one "[bench-loop] {json}" line, then reset. Nothing of it runs in normal operation.
import { monitorEventLoopDelay } from "node:perf_hooks";

const RESOLUTION_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();
process.on("SIGUSR2", () => {
  // The histogram holds whole timer intervals (an idle loop reads 10.1 ms): report the delay beyond them.
  const ms = (ns) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
  const stats = { p50_ms: ms(histogram.percentile(50)), p99_ms: ms(histogram.percentile(99)), max_ms: ms(histogram.max) };
  process.stdout.write(`[bench-loop] ${JSON.stringify(stats)}\n`);
  histogram.reset();
});
