import { describe, expect, it } from "vitest";
import { attribute, decodeVlq, moduleName, scriptsInHtml } from "./sizes";

describe("the source-map walk behind 'largest modules'", () => {
  it("decodes base64 VLQ segments", () => {
    expect(decodeVlq("AAAA")).toEqual([0, 0, 0, 0]);
    expect(decodeVlq("SACA")).toEqual([9, 0, 1, 0]);
    expect(decodeVlq("D")).toEqual([-1]);
    expect(decodeVlq("gB")).toEqual([16]);
  });

  it("gives each generated character to the source of the segment it follows, across lines and index-map sections", () => {
    // "aaaabbbbbb\ncc": a.ts owns columns 0-3, b.ts the rest of line 0 and line 1 (2 chars + the newline).
    const code = "aaaabbbbbb\ncc";
    const plain = { sources: ["a.ts", "b.ts"], mappings: "AAAA,ICAA" };
    expect(Object.fromEntries(attribute(code, plain))).toEqual({ "a.ts": 4, "b.ts": 9 });
    // The same as two sections (Turbopack writes index maps); the second starts at line 0, column 4.
    const sections = {
      sections: [
        { offset: { line: 0, column: 0 }, map: { sources: ["a.ts"], mappings: "AAAA" } },
        { offset: { line: 0, column: 4 }, map: { sources: ["b.ts"], mappings: "AAAA" } },
      ],
    };
    expect(Object.fromEntries(attribute(code, sections))).toEqual({ "a.ts": 4, "b.ts": 9 });
  });

  it("names packages by their npm name and app files by their path", () => {
    expect(moduleName("turbopack:///[project]/node_modules/zod/v4/core/schemas.js")).toBe("zod");
    expect(moduleName("turbopack:///[project]/node_modules/@socket.io/component-emitter/lib/esm/index.js")).toBe(
      "@socket.io/component-emitter",
    );
    expect(moduleName("turbopack:///[project]/node_modules/next/dist/client/components/router.js")).toBe("next/dist/client");
    expect(moduleName("turbopack:///[project]/components/pause/countdown.tsx")).toBe("components/pause/countdown.tsx");
  });

  it("reads the chunks a page's HTML loads, not the escaped copies in its RSC payload", () => {
    const html = `<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/polyfill.js" noModule=""></script><script>self.__next_f.push([1,"\\"/_next/static/chunks/c.js\\""])</script>`;
    expect(scriptsInHtml(html)).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
  });
});
