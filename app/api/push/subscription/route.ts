// The service worker's line to the server (lib/push/sw-handlers.ts#resubscribe): GET the VAPID
// public key to subscribe with, POST the renewed subscription (push.subscribe, by cookie).
import { routeOperation } from "@/lib/operations/route";
import { pushPublicKeyOp, subscribePushOp } from "@/lib/push/operations";

export const dynamic = "force-dynamic";

export const GET = routeOperation(pushPublicKeyOp);

const subscribe = routeOperation(subscribePushOp, (req) => req.json());

/**
 * Only Steady's own pages and worker may post here with the person's cookie: a JSON body (a form
 * on another site cannot send one without asking first) from this origin (Sec-Fetch-Site).
 */
export const POST = Object.assign(
  async (req: Request) => {
    const site = req.headers.get("sec-fetch-site");
    const json = (req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json");
    if ((site && site !== "same-origin") || !json) {
      return Response.json({ ok: false, code: "forbidden", error: "Only Steady itself can do that." }, { status: 403, headers: { "Cache-Control": "no-store" } });
    }
    return subscribe(req);
  },
  { operation: subscribe.operation },
);
