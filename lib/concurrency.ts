/**
 * Runs at most `max` tasks at once; the rest wait their turn in order. Used where a burst
 * (every phone reconnecting after a restart) would otherwise queue thousands of database reads
 * in memory at the same moment.
 */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limited<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
