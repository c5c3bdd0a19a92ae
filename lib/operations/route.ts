import "server-only";
import { statusByCode } from "../errors";
import type { z } from "zod";
import type { Access, Operation, SocketOptions } from "./define";
import { executeOperation } from "./execute";
import { currentRequest } from "./next-request";

/**
 * Turns an operation into a route handler: the same guard and validation as the server action,
 * with one error → status mapping. `respond` shapes a successful result (e.g. a download).
 */
export function routeOperation<N extends string, A extends Access, S extends z.ZodType, O, T extends SocketOptions | undefined>(
  op: Operation<N, A, S, O, T>,
  input: (req: Request) => Promise<unknown> = async () => ({}),
  respond: (data: O) => Response = (data) => Response.json(data, { headers: { "Cache-Control": "no-store" } }),
) {
  const handler = async (req: Request) => {
    let raw: unknown;
    try {
      raw = await input(req);
    } catch {
      return Response.json({ ok: false, code: "bad_request", error: "The request body must be valid JSON." }, { status: 400 });
    }
    const result = await executeOperation(op, raw, await currentRequest());
    if (result.ok) return respond(result.data);
    const status = result.code === "internal" ? 500 : statusByCode[result.code];
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (result.retryAfterSeconds) headers["Retry-After"] = String(result.retryAfterSeconds);
    return Response.json(result, { status, headers });
  };
  // Named on the handler so a test can check every route serves an operation of the registry.
  return Object.assign(handler, { operation: op.name });
}
