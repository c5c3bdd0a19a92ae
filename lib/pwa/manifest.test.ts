import { describe, expect, it } from "vitest";
import { webAppManifest } from "./manifest";

/** Every word of the install sheet: the description, the shortcuts' names and the screenshots' labels. */
const words = (m: ReturnType<typeof webAppManifest>) => [
  m.description!,
  ...m.shortcuts!.flatMap((s) => [s.name, s.short_name!, s.description!]),
  ...m.screenshots!.map((s) => (s as { label: string }).label),
];

describe("the web app manifest speaks the person's language", () => {
  it("English and Spanish: the same shape, each in its own words; the product's name stays", () => {
    const en = webAppManifest("en");
    const es = webAppManifest("es");
    expect(en).toMatchObject({ name: "Steady", short_name: "Steady", lang: "en", start_url: "/today", id: "/" });
    expect(es).toMatchObject({ name: "Steady", short_name: "Steady", lang: "es", start_url: "/today", id: "/" });
    expect(en.shortcuts!.map((s) => s.name)).toEqual(["Pause", "Log a check-in"]);
    expect(es.shortcuts!.map((s) => s.name)).toEqual(["Pausa", "Registrar una charla"]);
    expect(es.shortcuts!.map((s) => s.url)).toEqual(en.shortcuts!.map((s) => s.url));
    // No Spanish word is its English one (a key left untranslated would be).
    const [enWords, esWords] = [words(en), words(es)];
    esWords.forEach((w, i) => expect(w, enWords[i]).not.toBe(enWords[i]));
  });

  it("the pseudo-locale reaches every word (none skipped the catalogue)", () => {
    for (const w of words(webAppManifest("en-XA"))) expect(w).not.toMatch(/[A-Za-z]/);
  });
});
