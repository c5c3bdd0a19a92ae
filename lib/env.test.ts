import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowedOrigins, appUrl, ENV_KEYS, EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults for a fresh clone with nothing set", () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.EMBEDDED_DB_DIR).toBe(".data/pglite");
  });

  it("names the variable and the fix when a value is malformed", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT: must be a port number/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with postgresql:\/\//);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: .*openssl rand/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/between 0 and 65535/);
  });

  it("accepts trusted proxies as IPs and CIDR ranges, comma- or space-separated", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8 ::1 2001:db8::/32" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "::1", "2001:db8::/32"]);
  });

  it("names TRUSTED_PROXIES and the bad entry when one is not an address or range", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33" has a bad prefix length \(0 to 32 after the \/\)/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "127.0.0.1,proxy.internal" })).toThrow(/TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range; .*e\.g\. TRUSTED_PROXIES=127\.0\.0\.1/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.1:8080" })).toThrow(/TRUSTED_PROXIES: "10.0.0.1:8080" is not an IP address/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "::1/129" })).toThrow(/0 to 128/);
  });

  it("logs warnings and errors only under tests unless LOG_LEVEL says otherwise", () => {
    expect(parseEnv({ NODE_ENV: "test" }).LOG_LEVEL).toBe("warn");
    expect(parseEnv({ NODE_ENV: "production" }).LOG_LEVEL).toBe("info");
    expect(parseEnv({ NODE_ENV: "test", LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL: must be debug, info, warn or error/);
  });

  it("checks the pool size and the rate-limit scale instead of falling back silently", () => {
    expect(parseEnv({ DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE: must be a whole number from 1 to 200/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "lots" })).toThrow(/DATABASE_POOL_SIZE: must be a whole number/);
    expect(() => parseEnv({ RATE_LIMIT_SCALE: "fast" })).toThrow(/RATE_LIMIT_SCALE: must be a number/);
  });

  it("reads DEBUG_MIGRATE as a switch", () => {
    expect(parseEnv({}).DEBUG_MIGRATE).toBe(false);
    expect(parseEnv({ DEBUG_MIGRATE: "1" }).DEBUG_MIGRATE).toBe(true);
    expect(parseEnv({ DEBUG_MIGRATE: "0" }).DEBUG_MIGRATE).toBe(false);
    expect(() => parseEnv({ DEBUG_MIGRATE: "maybe" })).toThrow(/DEBUG_MIGRATE: must be 1 or 0/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("derives the app origin and the socket allow-list", () => {
    const e = parseEnv({ PORT: "4000", ALLOWED_ORIGINS: "https://a.example, https://b.example" });
    expect(appUrl(e)).toBe("http://localhost:4000");
    expect(allowedOrigins(e)).toEqual(["http://localhost:4000", "https://a.example", "https://b.example"]);
  });
});

describe(".env.example", () => {
  it("lists every variable the schema reads, and nothing else but Next's own", () => {
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    const listed = new Set([...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    listed.delete("NEXT_TELEMETRY_DISABLED");
    expect([...listed].sort()).toEqual([...ENV_KEYS].sort());
  });
});
