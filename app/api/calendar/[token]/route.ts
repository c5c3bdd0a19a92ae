// GET /api/calendar/<token> – a person's private calendar feed (RFC 5545) for calendar apps.
import { readFeedOp } from "@/lib/calendar/operations";
import { ICS_CONTENT_TYPE, ICS_FILENAME } from "@/lib/calendar/constants";
import { routeOperation } from "@/lib/operations/route";

export const dynamic = "force-dynamic";

/** The last path segment; a trailing ".ics" is allowed, since some calendar apps want one. Tokens never need decoding. */
const tokenOf = (req: Request) => (new URL(req.url).pathname.split("/").pop() ?? "").replace(/\.ics$/, "");

export const GET = routeOperation(
  readFeedOp,
  async (req) => ({ token: tokenOf(req) }),
  ({ ics }) =>
    new Response(ics, {
      headers: {
        "Content-Type": ICS_CONTENT_TYPE,
        "Content-Disposition": `inline; filename="${ICS_FILENAME}"`,
        // The URL is a secret: keep it out of shared caches, search engines and Referer headers.
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex, nofollow",
        "Referrer-Policy": "no-referrer",
      },
    }),
);
