import { TOKEN_PREFIX } from "../tokens/constants";

export type Credential = { kind: "bearer"; secret: string } | { kind: "missing" } | { kind: "malformed" } | { kind: "in-address" };

/** Query parameters that clients commonly use for tokens; refused, never read. */
const TOKEN_PARAMS = ["token", "access_token", "api_key", "apikey", "key", "auth"];

/**
 * The caller's token, from the Authorization header only. Never from a cookie (a web page could
 * make the browser send one: that would be CSRF) and never from the address (addresses end up in
 * logs, histories and referrers): a token offered in the query string is refused, not used.
 */
export function credentialOf(req: Request, url: URL): Credential {
  for (const [name, value] of url.searchParams) {
    if (TOKEN_PARAMS.includes(name.toLowerCase()) || value.includes(TOKEN_PREFIX)) return { kind: "in-address" };
  }
  const header = req.headers.get("authorization");
  if (!header) return { kind: "missing" };
  const match = /^Bearer +([^\s]+) *$/i.exec(header);
  return match ? { kind: "bearer", secret: match[1]! } : { kind: "malformed" };
}
