"use server";
// API tokens: any member creates tokens acting as themselves; a CX lead also revokes anyone's.
import { defineAction } from "../actions/define";
import { notFound } from "../actions/result";
import { can, rolesWith } from "../auth/policy";
import { ZCreateApiToken, ZRevokeApiToken } from "./schemas";
import { generateApiToken, hashApiToken } from "./tokens";

export type CreatedApiToken = { id: string; name: string; token: string };

/** Each token acts with its creator's role. The token is returned once, never stored. */
export const createApiToken = defineAction({
  schema: ZCreateApiToken,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "apiTokens.own",
  async run({ tx, audit, actor, input: { name } }): Promise<CreatedApiToken> {
    const token = generateApiToken();
    const row = await tx.apiToken.create({
      data: { workspaceId: actor.workspaceId, userId: actor.userId, name, tokenHash: hashApiToken(token) },
      select: { id: true, name: true },
    });
    await audit({ action: "api_token.created", entityType: "api_token", entityId: row.id, after: { name } });
    return { ...row, token };
  },
});

/**
 * A member revokes their own tokens; a CX lead revokes any member's in the workspace, and that is audited with
 * whose token it was. Any other token is "not found", as if it did not exist, in this workspace or another.
 */
export const revokeApiToken = defineAction({
  schema: ZRevokeApiToken,
  resource: (input) => ({ kind: "apiToken", id: input.id }),
  permission: "apiTokens.own",
  async run({ tx, audit, actor, resource: token }) {
    const isOwn = token.userId === actor.userId;
    if (!isOwn && !can(actor.role, "apiTokens.manage")) throw notFound("The token");
    const revoked = await tx.apiToken.updateMany({
      where: {
        id: token.id,
        workspaceId: actor.workspaceId,
        revokedAt: null,
        // Someone else's token: the role is checked again in the write, so a lead demoted a moment ago cannot.
        ...(isOwn
          ? { userId: actor.userId }
          : {
              workspace: {
                memberships: { some: { userId: actor.userId, role: { in: rolesWith("apiTokens.manage") } } },
              },
            }),
      },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw notFound("The token");
    await audit({
      action: "api_token.revoked",
      entityType: "api_token",
      entityId: token.id,
      before: isOwn
        ? { name: token.name }
        : { name: token.name, ownerName: token.user.name, ownerEmail: token.user.email },
    });
    return { id: token.id };
  },
});
