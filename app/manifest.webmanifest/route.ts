// GET /manifest.webmanifest – the web app manifest, in the person's language (the install sheet, the shortcuts' names).
import { isLocale } from "@/lib/i18n/config";
import { getLocale, pseudoLocaleEnabled } from "@/lib/i18n/server";
import { webAppManifest } from "@/lib/pwa/manifest";

export const dynamic = "force-dynamic";

/**
 * Browsers fetch a manifest without cookies, so the saved language cannot be read here: every page
 * links it with its own language (`?lang=`, from the saved choice, else the browser's; app/layout.tsx).
 * Without it (a tool, an old link): the session if a cookie came, else Accept-Language, else English.
 */
export async function GET(req: Request) {
  const asked = new URL(req.url).searchParams.get("lang");
  const locale = isLocale(asked, pseudoLocaleEnabled()) ? asked : await getLocale();
  return Response.json(webAppManifest(locale), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Content-Language": locale,
      // The answer depends on the language asked for; a shared cache must not mix them.
      Vary: "Accept-Language, Cookie",
      "Cache-Control": "no-cache",
    },
  });
}
