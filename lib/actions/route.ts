import "server-only";
import { statusByCode } from "../errors";
import { currentRequest } from "./next";
import type { z } from "zod";
import { executeOperation, type Access, type Operation } from "./operation";

/**
 * Turns an operation into a route handler: the same guard and validation as the server action,
 * with one error → status mapping. `respond` shapes a successful result (e.g. a download).
 */
export function routeOperation<A extends Access, S extends z.ZodType, O>(
  op: Operation<A, S, O>,
  input: (req: Request) => Promise<unknown> = async () => ({}),
  respond: (data: O) => Response = (data) => Response.json(data, { headers: { "Cache-Control": "no-store" } }),
) {
  return async (req: Request) => {
    let raw: unknown;
    try {
      raw = await input(req);
    } catch {
      return Response.json({ error: "The request body must be valid JSON." }, { status: 400 });
    }
    const result = await executeOperation(op, raw, await currentRequest());
    if (result.ok) return respond(result.data);
    const status = result.code === "internal" ? 500 : statusByCode[result.code];
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (result.retryAfterSeconds) headers["Retry-After"] = String(result.retryAfterSeconds);
    return Response.json({ error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) }, { status, headers });
  };
}
