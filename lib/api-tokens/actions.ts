"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { type ActionResult, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { READERS, requireSignedIn, requireWorkspaceRole } from "../auth/guard";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import {
  API_TOKEN_MANAGERS,
  canManageApiTokens,
  type TCreateApiToken,
  type TRevokeApiToken,
  ZCreateApiToken,
  ZRevokeApiToken,
} from "./schemas";
import { generateApiToken, hashApiToken } from "./tokens";

export type CreatedApiToken = { id: string; name: string; token: string };

/** Any member may create tokens; each acts with its creator's role. The token is returned once, never stored. */
export async function createApiToken(input: TCreateApiToken): Promise<ActionResult<CreatedApiToken>> {
  return runAction(ZCreateApiToken, input, async ({ workspaceId, name }) => {
    const actor = await requireWorkspaceRole(workspaceId, READERS);
    const token = generateApiToken();
    const created = await withTransaction(async (tx) => {
      const row = await tx.apiToken.create({
        data: { workspaceId, userId: actor.userId, name, tokenHash: hashApiToken(token) },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "api_token.created",
        entityType: "api_token",
        entityId: row.id,
        after: { name },
      });
      return row;
    });
    revalidatePath("/w/[slug]/settings", "page");
    return { ...created, token };
  });
}

/**
 * A member revokes their own tokens; a CX lead revokes any member's in the workspace, and that is audited with
 * whose token it was. Any other token is "not found", as if it did not exist, in this workspace or another.
 */
export async function revokeApiToken(input: TRevokeApiToken): Promise<ActionResult<{ id: string }>> {
  return runAction(ZRevokeApiToken, input, async ({ id }) => {
    await requireSignedIn();
    const prisma = await getPrisma();
    const found = await prisma.apiToken.findUnique({
      where: { id },
      select: { workspaceId: true, userId: true, name: true, user: { select: { name: true, email: true } } },
    });
    if (!found) throw notFound("The token");
    const actor = await requireWorkspaceRole(found.workspaceId, READERS);
    const isOwn = found.userId === actor.userId;
    if (!isOwn && !canManageApiTokens(actor.role)) throw notFound("The token");
    await withTransaction(async (tx) => {
      const revoked = await tx.apiToken.updateMany({
        where: {
          id,
          workspaceId: actor.workspaceId,
          revokedAt: null,
          // Someone else's token: the role is checked again in the write, so a lead demoted a moment ago cannot.
          ...(isOwn
            ? { userId: actor.userId }
            : {
                workspace: {
                  memberships: { some: { userId: actor.userId, role: { in: [...API_TOKEN_MANAGERS] } } },
                },
              }),
        },
        data: { revokedAt: new Date() },
      });
      if (revoked.count === 0) throw notFound("The token");
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "api_token.revoked",
        entityType: "api_token",
        entityId: id,
        before: isOwn
          ? { name: found.name }
          : { name: found.name, ownerName: found.user.name, ownerEmail: found.user.email },
      });
    });
    revalidatePath("/w/[slug]/settings", "page");
    return { id };
  });
}
