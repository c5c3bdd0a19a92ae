// GET /developers/api – the interactive reference for the JSON API (Scalar, from node_modules), reading /api/v1/openapi.json.
import { referencePage } from "@/lib/api/reference";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  // proxy.ts made this request's CSP nonce; the page's one script carries it.
  const html = await referencePage(req.headers.get("x-nonce") ?? "");
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
