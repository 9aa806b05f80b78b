"use server";

import "server-only";
import { ActionError, type ActionResult, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { requireWorkspaceRole } from "../auth/guard";
import { withTransaction } from "../db/transaction";
import { getInvitationWorkspaceId, revalidateMemberPages } from "./action-helpers";
import { MEMBER_MANAGERS, type TInvitationId, ZInvitationId } from "./schemas";
import { createInvitationToken } from "./tokens";

export type ReissuedInvitation = { invitationId: string; email: string; token: string; expiresAt: string };

const select = {
  id: true,
  email: true,
  role: true,
  departmentId: true,
  usedAt: true,
  expiresAt: true,
  department: { select: { name: true } },
} as const;

const alreadyAccepted = () =>
  new ActionError("conflict", "This invitation has already been accepted: the person is a member now.");

/** A fresh link for a pending or expired invitation; the old link stops working at once. */
export async function reissueInvitation(input: TInvitationId): Promise<ActionResult<ReissuedInvitation>> {
  return runAction(ZInvitationId, input, async ({ invitationId }) => {
    const actor = await requireWorkspaceRole(await getInvitationWorkspaceId(invitationId), MEMBER_MANAGERS);
    const { workspaceId } = actor;
    const link = createInvitationToken();
    const reissued = await withTransaction(async (tx) => {
      // Locked so an acceptance with the old link either finishes first or finds the link replaced.
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id"::text AS "id" FROM "Invitation"
        WHERE "id" = ${invitationId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw notFound("That invitation");
      const before = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select });
      if (before.usedAt) throw alreadyAccepted();
      await tx.invitation.update({
        where: { id: invitationId, workspaceId },
        data: { tokenHash: link.tokenHash, expiresAt: link.expiresAt, invitedById: actor.userId },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "invitation.renewed",
        entityType: "invitation",
        entityId: invitationId,
        departmentId: before.departmentId,
        before: { email: before.email, role: before.role, expiresAt: before.expiresAt.toISOString() },
        after: {
          email: before.email,
          role: before.role,
          departmentName: before.department?.name ?? null,
          expiresAt: link.expiresAt.toISOString(),
        },
      });
      return {
        invitationId,
        email: before.email,
        token: link.token,
        expiresAt: link.expiresAt.toISOString(),
      };
    });
    revalidateMemberPages();
    return reissued;
  });
}

/** Withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(
  input: TInvitationId,
): Promise<ActionResult<{ invitationId: string }>> {
  return runAction(ZInvitationId, input, async ({ invitationId }) => {
    const actor = await requireWorkspaceRole(await getInvitationWorkspaceId(invitationId), MEMBER_MANAGERS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id"::text AS "id" FROM "Invitation"
        WHERE "id" = ${invitationId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw notFound("That invitation");
      const before = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select });
      if (before.usedAt) throw alreadyAccepted();
      await tx.invitation.delete({ where: { id: invitationId, workspaceId } });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "invitation.revoked",
        entityType: "invitation",
        entityId: invitationId,
        departmentId: before.departmentId,
        before: { email: before.email, role: before.role, departmentName: before.department?.name ?? null },
      });
    });
    revalidateMemberPages();
    return { invitationId };
  });
}
