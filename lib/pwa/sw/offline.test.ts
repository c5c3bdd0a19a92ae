import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { buildWorker } from "../build-worker";
import { bareOfflineText } from "./offline";

const words = { en: en.pwa.offlinePage.bare, es: es.pwa.offlinePage.bare };

describe("the worker's last-resort offline text", () => {
  it("is said in the phone's language, as Accept-Language would choose it", () => {
    expect(bareOfflineText(words, ["es-MX", "en"])).toBe(es.pwa.offlinePage.bare);
    expect(bareOfflineText(words, ["fr-FR", "es"])).toBe(es.pwa.offlinePage.bare);
    expect(bareOfflineText(words, ["fr-FR"])).toBe(en.pwa.offlinePage.bare);
    expect(bareOfflineText(words, [])).toBe(en.pwa.offlinePage.bare);
  });

  it("is built into the worker in both languages, without the rest of the catalogue", async () => {
    const { code } = await buildWorker(process.cwd(), { minify: true });
    expect(code).toContain(JSON.stringify(es.pwa.offlinePage.bare).slice(1, -1));
    expect(code).toContain(JSON.stringify(en.pwa.offlinePage.bare).slice(1, -1));
    expect(code).not.toContain(es.pwa.offlinePage.title); // the offline page's own words stay on the page
  }, 30_000);
});
