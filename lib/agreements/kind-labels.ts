import type { Kind } from "./schemas";

/**
 * @deprecated English only, kept for screens not yet translated (issue 11: the weekly review and
 * the record). Use `kindLabel(kind, form, words)` from ./describe on the server, or the page's
 * `clientWords("agreements", ["kinds"])` in a client island.
 */
export const KIND_LABELS: Record<Kind, { one: string; many: string; blurb: string }> = {
  CHECK_IN: { one: "Check-in", many: "Check-ins", blurb: "A rhythm for checking in with each other." },
  TRIGGER_RESPONSE: { one: "Trigger → response", many: "Triggers and responses", blurb: "When something stings, what helps." },
  PAUSE_RULE: { one: "Pause rule", many: "Our pause rule", blurb: "How long we take a breather, and how we come back." },
  NEED: { one: "Need", many: "Needs", blurb: "What helps each of us feel safe." },
};
