// GET /developers/api/reference.js – Scalar's standalone bundle, from node_modules (no CDN).
import { referenceBundle } from "@/lib/api/reference";

export const dynamic = "force-dynamic";

export async function GET() {
  const { body, version } = await referenceBundle();
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=604800", ETag: `"scalar-${version}"` },
  });
}
