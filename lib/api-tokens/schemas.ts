import { z } from "zod";

export const TOKEN_NAME_MAX = 60;

export const ZCreateApiToken = z.object({
  workspaceId: z.uuid(),
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(1, { error: "Name the token, e.g. after the program that will use it." })
    .max(TOKEN_NAME_MAX, { error: `Keep the name to ${TOKEN_NAME_MAX} characters or fewer.` }),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ id: z.uuid({ error: "That id is not valid." }) });
export type TRevokeApiToken = z.input<typeof ZRevokeApiToken>;
