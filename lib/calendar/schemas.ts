import { z } from "zod";

/**
 * The feed's token comes from a URL path. Anything that is not a string becomes "", so every odd
 * request gets the same "not found" as a wrong token (no hint about what a token looks like).
 */
export const FeedRequestSchema = z.object({ token: z.string().max(200).catch("") }).catch({ token: "" });

export const NoInputSchema = z.object({}).strip();
