import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every component and page, as source text. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".tsx") ? [{ path, text: readFileSync(path, "utf8") }] : [];
  });
}

describe("words the catalogue must give", () => {
  it("no quote marks are written around what people wrote: each language quotes its own way (common.quoted, «…» in Spanish)", () => {
    const found = ["app", "components"].flatMap((dir) =>
      sources(dir).flatMap(({ path, text }) => text.split("\n").flatMap((line, i) => (/[“”«»„]\{[^}]+\}[“”«»]/.test(line) ? [`${path}:${i + 1}`] : []))),
    );
    expect(found).toEqual([]);
  });

  it("refusals in lib/ are catalogue keys, not English sentences (executeOperation says them in the person's language)", () => {
    const lib = (dir: string): { path: string; text: string }[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : lib(path);
        return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [{ path, text: readFileSync(path, "utf8") }] : [];
      });
    const found = lib("lib").flatMap(({ path, text }) => [...text.matchAll(/new AppError\("[a-z_]+", "([A-Z][^"]*)"/g)].map((m) => `${path}: ${m[1]}`));
    expect(found).toEqual([]);
  });
});
