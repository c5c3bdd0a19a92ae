import type { IncomingMessage } from "node:http";
import { BlockList, isIPv4, isIPv6 } from "node:net";

/**
 * The header server.ts writes on every request with the caller's address, overwriting whatever the
 * client sent: route handlers and server actions cannot see the TCP peer, and X-Forwarded-For is
 * whatever the client typed unless a proxy the operator trusts appended it.
 */
export const CLIENT_IP_HEADER = "x-steady-client-ip";

/** "::ffff:1.2.3.4" is how a dual-stack socket reports an IPv4 peer: one client, one rate-limit key. */
function plainIp(raw: string): string | undefined {
  const ip = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw)?.[1] ?? raw;
  if (isIPv4(ip)) return ip;
  if (isIPv6(ip)) return ip.toLowerCase();
  return undefined;
}

/** An X-Forwarded-For hop; some proxies append the port ("1.2.3.4:5678", "[2001:db8::1]:443"). */
function hopIp(raw: string | undefined): string | undefined {
  const hop = raw?.trim() ?? "";
  const withoutPort = /^\[([^\]]+)\](?::\d+)?$/.exec(hop)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(hop)?.[1] ?? hop;
  return plainIp(withoutPort);
}

/** Why a TRUSTED_PROXIES entry is not an IP address or CIDR range, or undefined when it is. */
export function proxyEntryProblem(entry: string): string | undefined {
  const [address = "", prefix, ...rest] = entry.split("/");
  const ip = plainIp(address);
  if (!ip || rest.length) return `"${entry}" is not an IP address or CIDR range`;
  const max = isIPv4(ip) ? 32 : 128;
  if (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)) {
    return `"${entry}" has a bad prefix length (0 to ${max} after the /)`;
  }
  return undefined;
}

/** The reverse proxies whose X-Forwarded-For entries are believed (lib/env.ts has checked the entries). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const problem = proxyEntryProblem(entry);
    if (problem) throw new Error(`TRUSTED_PROXIES: ${problem}`);
    const [address = "", prefix] = entry.split("/");
    const ip = plainIp(address)!;
    const type = isIPv4(ip) ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return list;
}

function isTrusted(ip: string, trusted: BlockList): boolean {
  return trusted.check(ip, isIPv4(ip) ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy, in which case the
 * address it appended to X-Forwarded-For, and so on leftwards while the hops are trusted. Entries
 * left of the first untrusted hop were written by the client and are ignored.
 */
export function clientIp(remoteAddress: string | undefined, xForwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let ip = plainIp(remoteAddress ?? "");
  if (!ip) return "unknown";
  const hops = [xForwardedFor ?? []].flat().join(",").split(",").reverse();
  for (const hop of hops) {
    if (!isTrusted(ip, trusted)) break;
    const next = hopIp(hop);
    // A trusted proxy that reports garbage: keep its own address rather than guess.
    if (!next) break;
    ip = next;
  }
  return ip;
}

let warnedUntrusted = false;

/**
 * server.ts's hook, run on every HTTP request before Next sees it: writes CLIENT_IP_HEADER.
 * `warn` hears once about X-Forwarded-For from an untrusted peer: behind a proxy the operator
 * forgot to name, every client would share the proxy's address and its rate limits.
 */
export function stampClientIp(req: IncomingMessage, trusted: BlockList, warn?: (message: string) => void): void {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = clientIp(req.socket.remoteAddress, forwarded, trusted);
  const peer = plainIp(req.socket.remoteAddress ?? "");
  if (warn && forwarded && peer && !warnedUntrusted && !isTrusted(peer, trusted)) {
    warnedUntrusted = true;
    warn(`X-Forwarded-For from ${peer} is ignored: it is not in TRUSTED_PROXIES. Behind a reverse proxy, set TRUSTED_PROXIES to the proxy's address.`);
  }
}

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function isHeaders(bag: HeaderBag): bag is { get(name: string): string | null } {
  return typeof bag.get === "function";
}

/**
 * The address server.ts stamped on this request, from Next's headers() or next-auth's req.headers.
 * "unknown" (one shared bucket) when the request did not come through server.ts.
 */
export function requestIp(headers: HeaderBag | undefined): string {
  if (!headers) return "unknown";
  const value = isHeaders(headers) ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return [value ?? []].flat()[0]?.trim() || "unknown";
}
