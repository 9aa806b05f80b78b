"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { type ActionResult, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { READERS, requireSignedIn, requireWorkspaceRole } from "../auth/guard";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import { type TCreateApiToken, type TRevokeApiToken, ZCreateApiToken, ZRevokeApiToken } from "./schemas";
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

/** A member revokes their own tokens; someone else's token is "not found", as if it did not exist. */
export async function revokeApiToken(input: TRevokeApiToken): Promise<ActionResult<{ id: string }>> {
  return runAction(ZRevokeApiToken, input, async ({ id }) => {
    const user = await requireSignedIn();
    const prisma = await getPrisma();
    const found = await prisma.apiToken.findUnique({
      where: { id },
      select: { workspaceId: true, userId: true },
    });
    if (!found) throw notFound("The token");
    const actor = await requireWorkspaceRole(found.workspaceId, READERS);
    if (found.userId !== user.id) throw notFound("The token");
    await withTransaction(async (tx) => {
      const revoked = await tx.apiToken.updateMany({
        where: { id, workspaceId: actor.workspaceId, userId: actor.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (revoked.count === 0) throw notFound("The token");
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "api_token.revoked",
        entityType: "api_token",
        entityId: id,
      });
    });
    revalidatePath("/w/[slug]/settings", "page");
    return { id };
  });
}
