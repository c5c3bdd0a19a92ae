import { LONG_TEXT, SHORT_TEXT } from "../agreements/constants";

/**
 * "Turn this into a proposal": the link to the ordinary trigger → response proposal form, prefilled
 * with only the words the person chose to share (never the entry itself, and nothing that says
 * where the idea came from). The form drops the words from the address bar as soon as it opens.
 */
export function proposalHref(prefill: { trigger?: string; response?: string }): string {
  const params = new URLSearchParams();
  if (prefill.trigger?.trim()) params.set("trigger", prefill.trigger.trim().slice(0, SHORT_TEXT));
  if (prefill.response?.trim()) params.set("response", prefill.response.trim().slice(0, LONG_TEXT));
  const query = params.toString();
  return `/agreements/new/trigger-response${query ? `?${query}` : ""}`;
}

/** The prefill the proposal form accepts from its address, trimmed to the form's limits. */
export function proposalPrefill(params: { trigger?: string | string[]; response?: string | string[] }): { trigger?: string; response?: string } {
  const one = (v: string | string[] | undefined, max: number) => (typeof v === "string" && v.trim() ? v.trim().slice(0, max) : undefined);
  const trigger = one(params.trigger, SHORT_TEXT);
  const response = one(params.response, LONG_TEXT);
  return { ...(trigger ? { trigger } : {}), ...(response ? { response } : {}) };
}
