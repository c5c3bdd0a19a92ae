import { describe, expect, it } from "vitest";
import { afterOneWay, bestEstimate, better, formatRemaining, minutesLeft, oneWayEstimate, remainingMs, shouldReplace, syncClock } from "./clock";

/** A deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A simulated phone: its clock is `skew` ms off the true time, and each leg of a round trip takes a
 * jittery, asymmetric delay (mobile networks: mostly 20–80 ms, sometimes 300+ ms, either way).
 */
function simulatedPhone(skew: number, random: () => number) {
  let trueTime = 1_800_000_000_000 + random() * 1e6;
  const leg = () => (random() < 0.15 ? 150 + random() * 400 : 10 + random() * 70);
  return {
    now: () => trueTime + skew,
    advance: (ms: number) => {
      trueTime += ms;
    },
    get trueTime() {
      return trueTime;
    },
    ping: async () => {
      trueTime += leg();
      const serverNow = trueTime; // the server's clock is the true clock
      trueTime += leg();
      return serverNow;
    },
  };
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe("clock offset estimate", () => {
  it("is exact for a symmetric round trip", () => {
    expect(bestEstimate([{ sentAt: 1000, serverNow: 5050, receivedAt: 1100 }])).toEqual({ offset: 4000, delay: 100 });
  });

  it("keeps the sample with the least delay", () => {
    const e = bestEstimate([
      { sentAt: 0, serverNow: 900, receivedAt: 600 },
      { sentAt: 1000, serverNow: 1520, receivedAt: 1040 },
      { sentAt: 2000, serverNow: 2700, receivedAt: 2300 },
    ]);
    expect(e).toEqual({ offset: 500, delay: 40 });
    expect(bestEstimate([])).toBeNull();
  });

  it("never lets a noisier estimate replace a better one", () => {
    const good = { offset: 10, delay: 30 };
    expect(better(good, { offset: 900, delay: 400 })).toBe(good);
    expect(better(oneWayEstimate(5000, 4000), good)).toBe(good);
    expect(better(null, good)).toBe(good);
  });

  it("skips lost pings and returns null when every one failed", async () => {
    let n = 0;
    const flaky = async () => {
      n++;
      if (n % 2) throw new Error("timeout");
      return 5000;
    };
    expect(await syncClock({ ping: flaky, now: () => 1000, samples: 4, gapMs: 0 })).toEqual({ offset: 4000, delay: 0 });
    expect(await syncClock({ ping: () => Promise.reject(new Error("offline")), samples: 3, gapMs: 0 })).toBeNull();
  });

  it("keeps two skewed phones within 100 ms of each other at p95 under jittery round trips", async () => {
    const random = rng(20261129);
    const differences: number[] = [];
    for (let trial = 0; trial < 400; trial++) {
      // Phones whose clocks are off by up to ±10 minutes, in opposite directions.
      const a = simulatedPhone((random() - 0.5) * 1_200_000, random);
      const b = simulatedPhone((random() - 0.5) * 1_200_000, random);
      const sleep = (phone: typeof a) => async (ms: number) => phone.advance(ms);
      const [ea, eb] = await Promise.all([
        syncClock({ ping: a.ping, now: a.now, samples: 5, gapMs: 50, sleep: sleep(a) }),
        syncClock({ ping: b.ping, now: b.now, samples: 5, gapMs: 50, sleep: sleep(b) }),
      ]);
      // Compare what both screens display at the same true instant.
      const instant = Math.max(a.trueTime, b.trueTime) + random() * 1000;
      a.advance(instant - a.trueTime);
      b.advance(instant - b.trueTime);
      const endsAt = instant + 600_000;
      differences.push(Math.abs(remainingMs(endsAt, ea!.offset, a.now()) - remainingMs(endsAt, eb!.offset, b.now())));
    }
    const p95 = percentile(differences, 95);
    console.log(`two phones, 400 trials: p50 ${percentile(differences, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...differences).toFixed(1)} ms`);
    expect(p95).toBeLessThan(100);
    // And a naive one-way guess would not have been good enough: the round trips matter.
    expect(percentile(differences, 50)).toBeLessThan(60);
  });

  it("without any sync a skewed phone would be minutes off", () => {
    const skew = 180_000;
    expect(Math.abs(remainingMs(1_000_000, 0, 500_000 + skew) - remainingMs(1_000_000, 0, 500_000))).toBe(skew);
  });
});

describe("countdown text", () => {
  it("rounds up so 00:00 shows only at zero", () => {
    expect(formatRemaining(600_000)).toBe("10:00");
    expect(formatRemaining(599_001)).toBe("10:00");
    expect(formatRemaining(599_000)).toBe("09:59");
    expect(formatRemaining(1)).toBe("00:01");
    expect(formatRemaining(0)).toBe("00:00");
    expect(formatRemaining(-5)).toBe("00:00");
    expect(formatRemaining(3_723_000)).toBe("1:02:03");
  });

  it("announces whole minutes, rounded up", () => {
    expect(minutesLeft(600_000)).toBe(10);
    expect(minutesLeft(540_001)).toBe(10);
    expect(minutesLeft(540_000)).toBe(9);
    expect(minutesLeft(0)).toBe(0);
  });

  it("remaining time never goes negative and follows the offset", () => {
    expect(remainingMs(10_000, 0, 20_000)).toBe(0);
    expect(remainingMs(10_000, 2_000, 5_000)).toBe(3_000);
  });
});

describe("shouldReplace", () => {
  it("takes a fresh round unless it is much noisier than what we have", () => {
    expect(shouldReplace(null, { offset: 5, delay: 40 })).toBe(true);
    expect(shouldReplace({ offset: 0, delay: Number.POSITIVE_INFINITY }, { offset: 5, delay: 900 })).toBe(true);
    // Asleep and woken: a clean round with a different offset wins (the clock may have jumped).
    expect(shouldReplace({ offset: 0, delay: 20 }, { offset: 90_000, delay: 30 })).toBe(true);
    // Right after coming back online the round trips take seconds: keep the precise estimate.
    expect(shouldReplace({ offset: 0, delay: 20 }, { offset: 1500, delay: 3000 })).toBe(false);
  });
});

describe("one-way estimates", () => {
  it("keep the one that arrived promptly: a broadcast held up for seconds undercounts the offset", () => {
    const prompt = oneWayEstimate(100_000, 99_950); // 50 ms in transit
    const late = oneWayEstimate(100_000, 103_000); // held for 3 s by a network waking up
    expect(better(prompt, late)).toBe(prompt);
    expect(better(late, prompt)).toBe(prompt);
  });

  it("give way to any round trip", () => {
    const roundTrip = { offset: 10, delay: 40 };
    expect(better(oneWayEstimate(100_000, 99_000), roundTrip)).toBe(roundTrip);
  });
});

describe("a one-way message after a reload (afterOneWay)", () => {
  const kept = { offset: 5, delay: 30 }; // measured by round trips on the last visit

  it("leaves the kept estimate alone when the message was merely late (its offset is only a lower bound)", () => {
    const late = oneWayEstimate(100_000, 102_800); // 2.8 s on the way: says "at least −2795"
    expect(afterOneWay(kept, late, true)).toBe(kept);
  });

  it("replaces the kept estimate when the message proves it wrong (the phone's clock moved since)", () => {
    const moved = oneWayEstimate(100_000, 10_000); // the server is at least 90 s ahead now
    expect(afterOneWay(kept, moved, true)).toBe(moved);
  });

  it("a kept one-way estimate gives way to a closer one, like any two one-way estimates", () => {
    const keptLate = oneWayEstimate(100_000, 103_000);
    const prompt = oneWayEstimate(200_000, 200_040);
    expect(afterOneWay(keptLate, prompt, true)).toBe(prompt);
  });

  it("within a visit, keeps the better estimate as before", () => {
    const roundTrip = { offset: 5, delay: 30 };
    expect(afterOneWay(roundTrip, oneWayEstimate(100_000, 90_000), false)).toBe(roundTrip);
    expect(afterOneWay(null, oneWayEstimate(100_000, 99_950), false)).toEqual({ offset: 50, delay: Number.POSITIVE_INFINITY });
  });
});
