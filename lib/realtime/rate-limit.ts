/**
 * A per-socket, per-event sliding one-second window. Floods from one socket are answered with
 * "slow down" without touching the database; per-user limits across nodes live in lib/rate-limit.
 */
export class SocketRateLimiter {
  private hits = new Map<string, Map<string, number[]>>();

  /** Records a hit; returns 0 when allowed, else the seconds to wait. */
  hit(socketId: string, event: string, perSecond: number, now = Date.now()): number {
    let events = this.hits.get(socketId);
    if (!events) this.hits.set(socketId, (events = new Map()));
    const recent = (events.get(event) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= perSecond) {
      events.set(event, recent);
      return 1;
    }
    recent.push(now);
    events.set(event, recent);
    return 0;
  }

  /** Drops a disconnected socket's window in O(1), so thousands of disconnects stay cheap. */
  forget(socketId: string) {
    this.hits.delete(socketId);
  }
}
