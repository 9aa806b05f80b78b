"use server";
// A CX lead renews or revokes a pending invitation link.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import type { Tx } from "../db/transaction";
import { ZInvitationId } from "./schemas";
import { createInvitationToken } from "./tokens";

export type ReissuedInvitation = { invitationId: string; email: string; token: string; expiresAt: string };

/**
 * Locked so an acceptance with the old link either finishes first or finds the link replaced; an accepted
 * invitation is a membership now and can be neither renewed nor revoked.
 */
async function lockPendingInvitation(tx: Tx, opts: { workspaceId: string; invitationId: string }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Invitation"
    WHERE "id" = ${opts.invitationId}::uuid AND "workspaceId" = ${opts.workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("That invitation");
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: opts.invitationId },
    select: {
      email: true,
      role: true,
      departmentId: true,
      usedAt: true,
      expiresAt: true,
      department: { select: { name: true } },
    },
  });
  if (invitation.usedAt)
    throw new ActionError(
      "conflict",
      "This invitation has already been accepted: the person is a member now.",
    );
  return { ...invitation, departmentName: invitation.department?.name ?? null };
}

/** A fresh link for a pending or expired invitation; the old link stops working at once. */
export const reissueInvitation = defineAction({
  schema: ZInvitationId,
  resource: (input) => ({ kind: "invitation", id: input.invitationId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { invitationId } }): Promise<ReissuedInvitation> {
    const { workspaceId } = actor;
    const before = await lockPendingInvitation(tx, { workspaceId, invitationId });
    const link = createInvitationToken();
    await tx.invitation.update({
      where: { id: invitationId, workspaceId },
      data: { tokenHash: link.tokenHash, expiresAt: link.expiresAt, invitedById: actor.userId },
    });
    const { email, role } = before;
    const expiresAt = link.expiresAt.toISOString();
    await audit({
      action: "invitation.renewed",
      entityType: "invitation",
      entityId: invitationId,
      departmentId: before.departmentId,
      before: { email, role, expiresAt: before.expiresAt.toISOString() },
      after: { email, role, departmentName: before.departmentName, expiresAt },
    });
    return { invitationId, email, token: link.token, expiresAt };
  },
});

/** Withdraws a pending invitation: its link stops working. */
export const revokeInvitation = defineAction({
  schema: ZInvitationId,
  resource: (input) => ({ kind: "invitation", id: input.invitationId }),
  permission: "members.manage",
  async run({ tx, audit, actor: { workspaceId }, input: { invitationId } }) {
    const before = await lockPendingInvitation(tx, { workspaceId, invitationId });
    await tx.invitation.delete({ where: { id: invitationId, workspaceId } });
    await audit({
      action: "invitation.revoked",
      entityType: "invitation",
      entityId: invitationId,
      departmentId: before.departmentId,
      before: { email: before.email, role: before.role, departmentName: before.departmentName },
    });
    return { invitationId };
  },
});
