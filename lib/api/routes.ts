import type { AnyOperation, ApiOptions } from "../operations/define";
import { operations } from "../operations/registry";

/** An operation the JSON API serves: its declaration has `api`. */
export type ApiOperation = AnyOperation & { api: ApiOptions<unknown> };

/** Where the API lives; every path in a declaration's `api` is under it. */
export const API_BASE = "/api/v1";
/** The OpenAPI document, beside the routes it describes (not an operation: public and static). */
export const OPENAPI_PATH = "/openapi.json";

/** The API's operations, derived from the registry: a verb with `api` is served; nothing else is. */
export function apiOperations(list: readonly AnyOperation[] = operations): ApiOperation[] {
  return list.filter((op): op is ApiOperation => !!op.api);
}

export type RouteMatch = { op: ApiOperation } | { allow: string[] } | null;

/**
 * The router: one table from (method, path) to operation. A path that exists with another method
 * answers with the methods it allows (405); an unknown path is null (404).
 */
export function createRouter(list: readonly AnyOperation[] = operations) {
  const byPath = new Map<string, Map<string, ApiOperation>>();
  for (const op of apiOperations(list)) {
    const methods = byPath.get(op.api.path) ?? new Map<string, ApiOperation>();
    if (methods.has(op.api.method)) throw new Error(`two operations declare ${op.api.method} ${API_BASE}${op.api.path}`);
    methods.set(op.api.method, op);
    byPath.set(op.api.path, methods);
  }
  return {
    /** Every (method, path) served, for the document test. */
    routes: [...byPath].flatMap(([path, methods]) => [...methods.keys()].map((method) => ({ method, path }))),
    match(method: string, path: string): RouteMatch {
      const methods = byPath.get(path);
      if (!methods) return null;
      const op = methods.get(method);
      return op ? { op } : { allow: [...methods.keys()] };
    },
  };
}
