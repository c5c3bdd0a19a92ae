import { describe, expect, it } from "vitest";
import { SocketRateLimiter } from "./rate-limit";

describe("SocketRateLimiter", () => {
  it("allows `perSecond` events per socket and event, then asks to wait", () => {
    const limiter = new SocketRateLimiter();
    for (let i = 0; i < 3; i++) expect(limiter.hit("s1", "pause:start", 3, 1000 + i)).toBe(0);
    expect(limiter.hit("s1", "pause:start", 3, 1010)).toBe(1);
    // Other events and other sockets have their own windows.
    expect(limiter.hit("s1", "system:ping", 3, 1010)).toBe(0);
    expect(limiter.hit("s2", "pause:start", 3, 1010)).toBe(0);
    // A second later the window has moved on.
    expect(limiter.hit("s1", "pause:start", 3, 2005)).toBe(0);
  });

  it("forgets a socket when it disconnects", () => {
    const limiter = new SocketRateLimiter();
    for (let i = 0; i < 3; i++) limiter.hit("s1", "e", 3, 1000);
    limiter.forget("s1");
    expect(limiter.hit("s1", "e", 3, 1001)).toBe(0);
  });
});
