/** Personal access tokens' fixed numbers and names, in one zod-free module screens can import. */

/** Every secret starts with this, so a person (or a secret scanner) recognises one. */
export const TOKEN_PREFIX = "stdy_";
/** Live tokens one person may hold at once: a phone, a watch, a widget, with room to spare. */
export const MAX_TOKENS_PER_USER = 10;
export const TOKEN_NAME_MAX = 40;

/** What a token may do over the API: `pause` starts, ends and reads the pause; `read` only reads. */
export const TOKEN_SCOPES = ["pause", "read"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
