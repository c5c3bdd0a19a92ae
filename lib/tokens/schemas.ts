import { z } from "zod";
import { TOKEN_NAME_MAX, TOKEN_SCOPES } from "./constants";

export * from "./constants";

export const CreateTokenSchema = z
  .object({
    name: z
      .string({ error: "Please give it a name, like “Watch”." })
      .trim()
      .min(1, "Please give it a name, like “Watch”.")
      .max(TOKEN_NAME_MAX, `Please keep the name to ${TOKEN_NAME_MAX} characters.`),
    scope: z.enum(TOKEN_SCOPES, { error: "Please choose what it may do: the pause, or only read." }),
  })
  .strip();

export const TokenRefSchema = z.object({ tokenId: z.string({ error: "Which token? The request did not say." }).min(1).max(64) }).strip();

export type CreateTokenInput = z.infer<typeof CreateTokenSchema>;
