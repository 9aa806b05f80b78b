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

// The list stays bounded however many tokens a workspace collects: live ones and those revoked lately, newest
// first, at most TOKEN_LIST_LIMIT rows (the page says when more exist).
export const TOKEN_LIST_LIMIT = 100;
export const REVOKED_TOKENS_SHOWN_DAYS = 30;

/** `creator_left`: not revoked, but refused because its creator is no longer a member (lib/auth/api-caller.ts). */
export type ApiTokenState = "active" | "revoked" | "creator_left";
