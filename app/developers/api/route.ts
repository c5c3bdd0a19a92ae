// GET /developers/api – the interactive reference for the JSON API (Scalar, from node_modules), in the reader's language.
import { referencePage } from "@/lib/api/reference";
import { appUrl, env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  // The document names this origin's server, as /api/v1/openapi.json does.
  const origin = env().APP_URL ? appUrl() : new URL(req.url).origin;
  // proxy.ts made this request's CSP nonce; the page's one script carries it.
  const locale = await getLocale();
  const html = await referencePage(req.headers.get("x-nonce") ?? "", locale, origin);
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Language": locale } });
}
