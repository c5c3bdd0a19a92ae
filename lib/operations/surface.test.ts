import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "./registry";

/**
 * The registry is the only way in: one server action that runs its operations by name, and route
 * handlers that each serve one of them. (The socket side is checked in the authorization matrix.)
 */
function files(dir: string, match: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : files(path, match);
    return match(path) ? [path] : [];
  });
}

const source = (p: string) => /\.(ts|tsx|js|mjs)$/.test(p) && !p.endsWith(".test.ts");

describe("the way in", () => {
  it("has exactly one server action, and it only runs registry operations", async () => {
    const withDirective = ["app", "components", "lib"].flatMap((dir) => files(dir, source)).filter((p) => /["']use server["']/.test(readFileSync(p, "utf8")));
    expect(withDirective).toEqual([join("lib", "operations", "server-action.ts")]);
    // What the module really exports, not what its text looks like: `export const x = …` would show here.
    const actions = await import("./server-action");
    expect(Object.keys(actions)).toEqual(["callOperation"]);
    const refused = await actions.callOperation("no.suchThing", {});
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
  });

  it("every route handler serves a registry operation, except next-auth's and the health check", async () => {
    const names = new Set<string>(operations.map((op) => op.name));
    const routes = files("app/api", (p) => p.endsWith("route.ts")).filter((f) => !f.includes("[...nextauth]") && !f.includes(join("api", "health")));
    expect(routes.length).toBeGreaterThan(0);
    for (const file of routes) {
      const mod = (await import(/* @vite-ignore */ `../../${file}`)) as Record<string, unknown>;
      const handlers = Object.entries(mod).filter(([key]) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(key));
      expect(handlers.length, file).toBeGreaterThan(0);
      for (const [method, handler] of handlers) {
        // routeOperation names one operation; the JSON API's catch-all names every one it serves.
        const served = (handler as { operations?: string[] }).operations ?? [(handler as { operation?: never }).operation!];
        expect(served.length, file).toBeGreaterThan(0);
        for (const name of served) expect(names.has(name), `${file} ${method} must serve registry operations (routeOperation or the API's handler)`).toBe(true);
      }
    }
  });
});
