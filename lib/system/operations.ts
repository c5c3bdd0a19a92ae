import { z } from "zod";
import { defineOperation } from "../operations/define";

/** Clock sample for the browser's NTP-style offset estimate: answered before anything else, no lookups. */
export const pingOp = defineOperation({
  name: "system.ping",
  access: "public",
  input: z.object({}).strict().default({}),
  rateLimit: { limit: "live", what: "requests" },
  socket: { perSecond: 20 },
  run: async (_input, { now }) => ({ serverNow: now.getTime() }),
});

export const systemOperations = [pingOp] as const;
