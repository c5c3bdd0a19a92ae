/**
 * The server owns the time; each phone estimates how far its own clock is off, NTP-style.
 * Pure functions (no timers, no sockets) so the skew/jitter test can drive them directly.
 */

/** One round trip: client send time, the server's clock when it answered, client receive time. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

export interface ClockEstimate {
  /** Add to Date.now() to get the server's clock. */
  offset: number;
  /** Round-trip time of the sample used; the offset's error is at most half of it. */
  delay: number;
}

export function sampleEstimate(s: ClockSample): ClockEstimate {
  const delay = Math.max(0, s.receivedAt - s.sentAt);
  return { offset: s.serverNow - (s.sentAt + s.receivedAt) / 2, delay };
}

/** The sample with the least delay wins: its midpoint assumption is off by the least. */
export function bestEstimate(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const s of samples) {
    const e = sampleEstimate(s);
    if (!best || e.delay < best.delay) best = e;
  }
  return best;
}

/**
 * A first guess from a one-way message (a broadcast's serverNow): only the transit time is
 * unknown, so it serves until the round trips are done.
 */
export function oneWayEstimate(serverNow: number, receivedAt: number): ClockEstimate {
  return { offset: serverNow - receivedAt, delay: Number.POSITIVE_INFINITY };
}

/**
 * Keeps the better of two estimates (smaller delay), so a later, noisier sync never wins. Two
 * one-way estimates (no round trip) both undercount the offset by their transit time, so the
 * larger offset is the closer one: a broadcast held up by a network waking up (seconds late)
 * must not replace one that arrived promptly.
 */
export function better(a: ClockEstimate | null, b: ClockEstimate | null): ClockEstimate | null {
  if (!a) return b;
  if (!b) return a;
  if (!Number.isFinite(a.delay) && !Number.isFinite(b.delay)) return b.offset >= a.offset ? b : a;
  return b.delay <= a.delay ? b : a;
}

/**
 * The estimate to count on once a one-way message arrives. An estimate kept from an earlier visit
 * (lib/pause/client/kept.ts) stays until this visit's round trips replace it: a one-way message
 * only bounds the offset from below (its transit only adds), so it replaces the kept estimate only
 * when the kept one falls under that bound (this phone's clock moved since). Replacing it outright
 * sent a screen reopened just after zero back to the countdown for as long as the message was late,
 * closing the reconvene choices a person had opened.
 */
export function afterOneWay(current: ClockEstimate | null, live: ClockEstimate, currentIsKept: boolean): ClockEstimate {
  if (!current) return live;
  if (currentIsKept) return live.offset > current.offset ? live : current;
  return better(current, live) ?? live;
}

/**
 * Whether a fresh round of samples should replace the current estimate. A fresh round normally
 * wins (the phone's clock may have jumped while asleep), but not when the network was still
 * choking (right after coming back online its round trips take seconds): then the old, precise
 * estimate is kept and the caller tries again shortly.
 */
export function shouldReplace(current: ClockEstimate | null, fresh: ClockEstimate): boolean {
  if (!current || !Number.isFinite(current.delay)) return true;
  return fresh.delay <= Math.max(250, current.delay * 3);
}

export interface SyncOptions {
  /** One round trip to the server, resolving with the server's clock (`system:ping`). */
  ping: () => Promise<number>;
  now?: () => number;
  samples?: number;
  /** A pause between samples, so one burst of network trouble does not spoil them all. */
  gapMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Several sequential round trips; failed ones are skipped. Null when none succeeded. */
export async function syncClock({ ping, now = Date.now, samples = 5, gapMs = 50, sleep = defaultSleep }: SyncOptions): Promise<ClockEstimate | null> {
  const collected: ClockSample[] = [];
  for (let i = 0; i < samples; i++) {
    if (i > 0 && gapMs > 0) await sleep(gapMs);
    const sentAt = now();
    try {
      const serverNow = await ping();
      collected.push({ sentAt, serverNow, receivedAt: now() });
    } catch {
      // a lost ping just doesn't count
    }
  }
  return bestEstimate(collected);
}

function defaultSleep(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/** Time left on the server's clock: endsAt − (local now + offset), never negative. */
export function remainingMs(endsAt: number, offset: number, localNow: number): number {
  return Math.max(0, endsAt - (localNow + offset));
}

/** mm:ss (h:mm:ss past an hour), rounding up so "00:00" appears only at zero. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Whole minutes left, rounded up: what the once-a-minute screen-reader announcement says. */
export function minutesLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 60_000);
}
