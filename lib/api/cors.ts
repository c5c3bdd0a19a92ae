import { env } from "../env";

/**
 * CORS is closed by default: phones, watches and widgets are not web pages and don't need it.
 * Only origins listed in API_CORS_ORIGINS get Access-Control-Allow-Origin, and never credentials
 * (the API reads no cookies anyway).
 */
export function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin || !env().API_CORS_ORIGINS.includes(origin)) return origin ? { Vary: "Origin" } : {};
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "Retry-After", Vary: "Origin" };
}

/** The answer to a browser's preflight: the methods and headers the API takes, for allowed origins only. */
export function preflight(origin: string | null): Response {
  const cors = corsHeaders(origin);
  if (!cors["Access-Control-Allow-Origin"]) return new Response(null, { status: 204, headers: cors });
  return new Response(null, {
    status: 204,
    headers: { ...cors, "Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Authorization, Content-Type", "Access-Control-Max-Age": "600" },
  });
}
