"use server";

import "server-only";
import { ActionError, type ActionResult, isUniqueViolation, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { requireWorkspaceRole } from "../auth/guard";
import { withTransaction } from "../db/transaction";
import {
  getDepartmentName,
  getMembershipWorkspaceId,
  LAST_LEAD_MESSAGE,
  lockLeadMemberships,
  revalidateMemberPages,
} from "./action-helpers";
import {
  MEMBER_MANAGERS,
  type TAddMember,
  type TChangeMember,
  type TMembershipId,
  ZAddMember,
  ZChangeMember,
  ZMembershipId,
} from "./schemas";
import { createInvitationToken } from "./tokens";

export type AddMemberData =
  | { kind: "member"; membershipId: string; email: string; name: string }
  /** The token is shown once, to the CX lead who made it; only its hash is stored. */
  | { kind: "invitation"; invitationId: string; email: string; token: string; expiresAt: string };

const alreadyMember = (email: string) => {
  const message = `${email} is already a member of this workspace.`;
  return new ActionError("conflict", message, { email: [message] });
};

/**
 * An email with an account becomes a member at once; any other gets an invitation link (and an earlier
 * pending link for the same email stops working).
 */
export async function addMember(input: TAddMember): Promise<ActionResult<AddMemberData>> {
  return runAction(ZAddMember, input, async (data) => {
    const actor = await requireWorkspaceRole(data.workspaceId, MEMBER_MANAGERS);
    const { workspaceId } = actor;
    const { email, role, departmentId } = data;
    const link = createInvitationToken();
    try {
      const added = await withTransaction(async (tx): Promise<AddMemberData> => {
        const departmentName = await getDepartmentName(tx, { workspaceId, departmentId });
        const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
        await tx.invitation.deleteMany({ where: { workspaceId, email, usedAt: null } });
        if (user) {
          const existing = await tx.membership.findUnique({
            where: { workspaceId_userId: { workspaceId, userId: user.id } },
            select: { id: true },
          });
          if (existing) throw alreadyMember(email);
          const membership = await tx.membership.create({
            data: { workspaceId, userId: user.id, role, departmentId },
            select: { id: true },
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "member.added",
            entityType: "membership",
            entityId: membership.id,
            departmentId,
            after: { name: user.name, email, role, departmentName },
          });
          return { kind: "member", membershipId: membership.id, email, name: user.name };
        }
        const invitation = await tx.invitation.create({
          data: {
            workspaceId,
            email,
            role,
            departmentId,
            tokenHash: link.tokenHash,
            invitedById: actor.userId,
            expiresAt: link.expiresAt,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "invitation.created",
          entityType: "invitation",
          entityId: invitation.id,
          departmentId,
          after: { email, role, departmentName, expiresAt: link.expiresAt.toISOString() },
        });
        return {
          kind: "invitation",
          invitationId: invitation.id,
          email,
          token: link.token,
          expiresAt: link.expiresAt.toISOString(),
        };
      });
      revalidateMemberPages();
      return added;
    } catch (error) {
      // The same person added twice at once: the second hits the unique (workspace, user).
      if (isUniqueViolation(error)) throw alreadyMember(email);
      throw error;
    }
  });
}

const memberSelect = {
  id: true,
  role: true,
  departmentId: true,
  user: { select: { name: true, email: true } },
  department: { select: { name: true } },
} as const;

/** Changes a member's role (and a head's department). The last CX lead cannot be demoted. */
export async function changeMemberRole(
  input: TChangeMember,
): Promise<ActionResult<{ membershipId: string }>> {
  return runAction(ZChangeMember, input, async ({ membershipId, role, departmentId }) => {
    const actor = await requireWorkspaceRole(await getMembershipWorkspaceId(membershipId), MEMBER_MANAGERS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      const leads = await lockLeadMemberships(tx, { workspaceId, actorUserId: actor.userId });
      const before = await tx.membership.findFirst({
        where: { id: membershipId, workspaceId },
        select: memberSelect,
      });
      if (!before) throw notFound("That member");
      if (before.role === role && before.departmentId === departmentId)
        throw new ActionError("invalid", "Nothing to change: the member already has this role.");
      const otherLeads = leads.filter((lead) => lead.id !== membershipId);
      if (before.role === "CX_LEAD" && role !== "CX_LEAD" && otherLeads.length === 0)
        throw new ActionError("conflict", LAST_LEAD_MESSAGE);
      const departmentName = await getDepartmentName(tx, { workspaceId, departmentId });
      await tx.membership.update({ where: { id: membershipId, workspaceId }, data: { role, departmentId } });
      const person = { name: before.user.name, email: before.user.email };
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "member.role_changed",
        entityType: "membership",
        entityId: membershipId,
        departmentId: departmentId ?? before.departmentId,
        before: { ...person, role: before.role, departmentName: before.department?.name ?? null },
        after: { ...person, role, departmentName },
      });
    });
    revalidateMemberPages();
    return { membershipId };
  });
}

/** Takes a member out of the workspace (their account stays). The last CX lead cannot be removed. */
export async function removeMember(input: TMembershipId): Promise<ActionResult<{ membershipId: string }>> {
  return runAction(ZMembershipId, input, async ({ membershipId }) => {
    const actor = await requireWorkspaceRole(await getMembershipWorkspaceId(membershipId), MEMBER_MANAGERS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      const leads = await lockLeadMemberships(tx, { workspaceId, actorUserId: actor.userId });
      const before = await tx.membership.findFirst({
        where: { id: membershipId, workspaceId },
        select: memberSelect,
      });
      if (!before) throw notFound("That member");
      if (before.role === "CX_LEAD" && leads.every((lead) => lead.id === membershipId))
        throw new ActionError("conflict", LAST_LEAD_MESSAGE);
      await tx.membership.delete({ where: { id: membershipId, workspaceId } });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "member.removed",
        entityType: "membership",
        entityId: membershipId,
        departmentId: before.departmentId,
        before: {
          name: before.user.name,
          email: before.user.email,
          role: before.role,
          departmentName: before.department?.name ?? null,
        },
      });
    });
    revalidateMemberPages();
    return { membershipId };
  });
}
