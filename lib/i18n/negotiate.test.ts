import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "./negotiate";

describe("whose words a person sees", () => {
  it("takes the browser's best-liked language we speak, a region falling back to its language", () => {
    expect(negotiateLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(negotiateLocale("en;q=0.5, es;q=0.9")).toBe("es");
    expect(negotiateLocale("de, *;q=0.1")).toBe("en");
    expect(negotiateLocale("es;q=0")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("garbage;;;,q==")).toBe("en");
  });

  it("offers the pseudo-locale only where it is turned on", () => {
    expect(negotiateLocale("en-XA,en;q=0.9", true)).toBe("en-XA");
    // Turned off, en-XA is just English.
    expect(negotiateLocale("en-XA,es;q=0.9", false)).toBe("en");
  });

  it("puts the choice made on Me first, on every device", () => {
    expect(resolveLocale("es", "en-GB")).toBe("es");
    expect(resolveLocale(null, "es-ES")).toBe("es");
    expect(resolveLocale("en-XA", "es", false)).toBe("es");
    expect(resolveLocale("klingon", "es")).toBe("es");
  });
});
