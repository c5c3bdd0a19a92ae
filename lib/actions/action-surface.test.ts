import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The authorization matrix covers operations and socket handlers. These checks make sure nothing
 * reaches the data layer around them: every server action and route handler goes through one.
 */
function files(dir: string, match: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, match);
    return match(path) ? [path] : [];
  });
}

describe("the action surface", () => {
  it("every exported server action only runs an operation", () => {
    const actionFiles = files("lib", (p) => p.endsWith("actions.ts") && readFileSync(p, "utf8").startsWith('"use server"'));
    expect(actionFiles.length).toBeGreaterThan(2);
    for (const file of actionFiles) {
      const source = readFileSync(file, "utf8");
      const bodies = source.split(/export async function /).slice(1);
      expect(bodies.length, file).toBeGreaterThan(0);
      for (const body of bodies) {
        const name = body.slice(0, body.indexOf("("));
        expect(body, `${file}: ${name} must return runAction(op, input)`).toMatch(/^\w+\([^)]*\)[^{]*\{\s*return runAction\(/);
      }
    }
  });

  it("no server action hides in a page or component", () => {
    const uiFiles = files("app", (p) => /\.tsx?$/.test(p)).concat(files("components", (p) => /\.tsx?$/.test(p)));
    for (const file of uiFiles) expect(readFileSync(file, "utf8"), file).not.toMatch(/["']use server["']/);
  });

  it("every route handler runs an operation, except next-auth's and the health check", () => {
    const routes = files("app/api", (p) => p.endsWith("route.ts"));
    for (const file of routes) {
      if (file.includes("[...nextauth]") || file.includes("api/health")) continue;
      expect(readFileSync(file, "utf8"), file).toMatch(/routeOperation\(/);
    }
  });
});
