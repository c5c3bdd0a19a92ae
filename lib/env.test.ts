import { describe, expect, it } from "vitest";
import { allowedOrigins, appUrl, EnvError, parseEnv } from "./env";

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

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("derives the app origin and the socket allow-list", () => {
    const e = parseEnv({ PORT: "4000", ALLOWED_ORIGINS: "https://a.example, https://b.example" });
    expect(appUrl(e)).toBe("http://localhost:4000");
    expect(allowedOrigins(e)).toEqual(["http://localhost:4000", "https://a.example", "https://b.example"]);
  });
});
