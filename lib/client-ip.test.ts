import type { IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { CLIENT_IP_HEADER, clientIp, requestIp, stampClientIp, trustedProxyList } from "./client-ip";

const none = trustedProxyList([]);
const local = trustedProxyList(["127.0.0.1", "::1"]);

describe("clientIp", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientIp("203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(clientIp("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(clientIp("127.0.0.1", "1.2.3.4, 5.6.7.8", none)).toBe("127.0.0.1");
  });

  it("reports an IPv4 peer on a dual-stack socket as plain IPv4, and IPv6 in lower case", () => {
    expect(clientIp("::ffff:127.0.0.1", undefined, none)).toBe("127.0.0.1");
    expect(clientIp("2001:DB8::7", undefined, none)).toBe("2001:db8::7");
    // Trust written as 127.0.0.1 covers the mapped form too.
    expect(clientIp("::ffff:127.0.0.1", "198.51.100.4", local)).toBe("198.51.100.4");
  });

  it("believes a trusted proxy about the hop it appended, and nothing further left", () => {
    expect(clientIp("127.0.0.1", "198.51.100.4", local)).toBe("198.51.100.4");
    // The client typed 6.6.6.6 itself; the proxy appended the real peer.
    expect(clientIp("127.0.0.1", "6.6.6.6, 198.51.100.4", local)).toBe("198.51.100.4");
    expect(clientIp("::1", "2001:db8::9", local)).toBe("2001:db8::9");
  });

  it("walks a chain of trusted proxies from the right, given as addresses or CIDR ranges", () => {
    const chain = trustedProxyList(["10.0.0.0/8", "2001:db8:1::/48"]);
    expect(clientIp("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.1.2.3, 2001:db8:1::5", chain)).toBe("198.51.100.4");
    // Several X-Forwarded-For headers read as one list, in order.
    expect(clientIp("10.0.0.2", ["6.6.6.6, 198.51.100.4", "10.1.2.3"], chain)).toBe("198.51.100.4");
    // Outside the range: 11.0.0.1 is an untrusted hop, so its claim (198.51.100.4) is ignored.
    expect(clientIp("10.0.0.2", "198.51.100.4, 11.0.0.1", chain)).toBe("11.0.0.1");
  });

  it("stops at the last trusted proxy when the chain runs out or holds garbage", () => {
    expect(clientIp("127.0.0.1", undefined, local)).toBe("127.0.0.1");
    expect(clientIp("127.0.0.1", "127.0.0.1", local)).toBe("127.0.0.1");
    expect(clientIp("127.0.0.1", "unknown", local)).toBe("127.0.0.1");
    expect(clientIp("127.0.0.1", "", local)).toBe("127.0.0.1");
  });

  it("reads hops with ports, as some proxies write them", () => {
    expect(clientIp("127.0.0.1", "198.51.100.4:51234", local)).toBe("198.51.100.4");
    expect(clientIp("127.0.0.1", "[2001:db8::9]:443", local)).toBe("2001:db8::9");
  });

  it("says unknown when the socket has no address (it closed)", () => {
    expect(clientIp(undefined, "1.2.3.4", none)).toBe("unknown");
  });
});

describe("trustedProxyList", () => {
  it("refuses an entry that is not an address or range, naming TRUSTED_PROXIES", () => {
    expect(() => trustedProxyList(["10.0.0.0/40"])).toThrow(/^TRUSTED_PROXIES: "10.0.0.0\/40" has a bad prefix length/);
    expect(() => trustedProxyList(["localhost"])).toThrow(/^TRUSTED_PROXIES: "localhost" is not an IP address or CIDR range/);
  });
});

function request(remoteAddress: string | undefined, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

describe("stampClientIp and requestIp", () => {
  it("overwrites a client-sent client-ip header with the address the server worked out", () => {
    const req = request("203.0.113.7", { [CLIENT_IP_HEADER]: "1.1.1.1", "x-forwarded-for": "2.2.2.2" });
    stampClientIp(req, none);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("203.0.113.7");
    expect(requestIp(req.headers as Record<string, string>)).toBe("203.0.113.7");
    expect(requestIp(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("says unknown for a request that did not pass through server.ts", () => {
    expect(requestIp(undefined)).toBe("unknown");
    expect(requestIp(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });

  it("tells the operator once that forwarded headers are ignored from an untrusted peer", () => {
    const warn = vi.fn();
    stampClientIp(request("127.0.0.1", {}), none, warn);
    expect(warn).not.toHaveBeenCalled();
    stampClientIp(request("127.0.0.1", { "x-forwarded-for": "198.51.100.4" }), local, warn);
    expect(warn).not.toHaveBeenCalled();
    stampClientIp(request("127.0.0.1", { "x-forwarded-for": "198.51.100.4" }), none, warn);
    stampClientIp(request("127.0.0.1", { "x-forwarded-for": "198.51.100.5" }), none, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/X-Forwarded-For from 127\.0\.0\.1 is ignored: .*set TRUSTED_PROXIES/);
  });
});
