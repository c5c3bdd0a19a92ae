import { z } from "zod";
import { defineOperation } from "../operations/define";
import { todayView } from "../today";

const TodaySummarySchema = z
  .object({
    waitingForMe: z.number().int().nonnegative().meta({ description: "Proposals waiting for my answer", examples: [1] }),
    nextCheckIn: z
      .object({ agreementId: z.string(), about: z.string().describe("The check-in agreement’s title"), at: z.iso.datetime() })
      .nullable()
      .describe("Our soonest check-in, if we agreed on one"),
  })
  .meta({ id: "TodaySummary" });

/** What the Today screen shows beyond the greeting (lib/today.ts), for a widget. */
export const todaySummaryOp = defineOperation({
  name: "today.summary",
  access: "couple",
  input: z.object({}).strip().default({}),
  rateLimit: { limit: "live", what: "requests" },
  api: {
    method: "GET",
    path: "/today",
    scopes: ["read"],
    summary: "Read today’s summary",
    description: "What waits for my answer, and our next check-in: for a home-screen widget.",
    output: TodaySummarySchema,
  },
  run: async (_input, { member, now }) => {
    const { waitingForMe, checkIns } = await todayView(member, now);
    // Our soonest check-in still to come (or due now): what a widget shows under "next".
    const next = checkIns
      .map((r) => ({ agreementId: r.agreementId, about: r.about, at: r.due.state === "due" ? r.due.occurrence.at : r.due.next.at }))
      .sort((x, y) => x.at.getTime() - y.at.getTime())[0];
    return { waitingForMe, nextCheckIn: next ? { ...next, at: next.at.toISOString() } : null };
  },
});

export const todayOperations = [todaySummaryOp] as const;
