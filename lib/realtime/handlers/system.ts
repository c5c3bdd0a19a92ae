import { z } from "zod";
import { defineHandler } from "../types";
import type { PingResult } from "../events";

/** Clock sample for the client's NTP-style offset estimate: answer as fast as possible. */
export const ping = defineHandler({
  event: "system:ping",
  access: "public",
  schema: z.object({}).strict().default({}),
  perSecond: 20,
  handle: async (): Promise<PingResult> => ({ serverNow: Date.now() }),
});
