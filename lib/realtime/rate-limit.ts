/**
 * A per-socket, per-event sliding one-second window. Floods from one socket are answered with
 * "slow down" without touching the database; per-user limits across nodes live in lib/rate-limit.
 */
export class SocketRateLimiter {
  private hits = new Map<string, number[]>();

  /** Records a hit; returns 0 when allowed, else the seconds to wait. */
  hit(socketId: string, event: string, perSecond: number, now = Date.now()): number {
    const key = `${socketId}\u0000${event}`;
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= perSecond) {
      this.hits.set(key, recent);
      return 1;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }

  forget(socketId: string) {
    for (const key of this.hits.keys()) if (key.startsWith(`${socketId}\u0000`)) this.hits.delete(key);
  }
}
