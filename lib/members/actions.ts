"use server";
// A CX lead manages who belongs to the workspace: add (or invite), change a role, remove.
import { defineAction } from "../actions/define";
import { ActionError, isUniqueViolation, notFound } from "../actions/result";
import { getDepartmentName, LAST_LEAD_MESSAGE, lockLeadMemberships } from "./action-helpers";
import { ZAddMember, ZChangeMember, ZMembershipId } from "./schemas";
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
export const addMember = defineAction({
  schema: ZAddMember,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { email, role, departmentId } }): Promise<AddMemberData> {
    const { workspaceId } = actor;
    const departmentName = await getDepartmentName(tx, { workspaceId, departmentId });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    await tx.invitation.deleteMany({ where: { workspaceId, email, usedAt: null } });
    if (user) {
      const existing = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId, userId: user.id } },
        select: { id: true },
      });
      if (existing) throw alreadyMember(email);
      const membership = await tx.membership
        .create({ data: { workspaceId, userId: user.id, role, departmentId }, select: { id: true } })
        .catch((error: unknown) => {
          // The same person added twice at once: the second hits the unique (workspace, user).
          throw isUniqueViolation(error) ? alreadyMember(email) : error;
        });
      await audit({
        action: "member.added",
        entityType: "membership",
        entityId: membership.id,
        departmentId,
        after: { name: user.name, email, role, departmentName },
      });
      return { kind: "member", membershipId: membership.id, email, name: user.name };
    }
    const link = createInvitationToken();
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
    const expiresAt = link.expiresAt.toISOString();
    await audit({
      action: "invitation.created",
      entityType: "invitation",
      entityId: invitation.id,
      departmentId,
      after: { email, role, departmentName, expiresAt },
    });
    return { kind: "invitation", invitationId: invitation.id, email, token: link.token, expiresAt };
  },
});

const memberSelect = {
  id: true,
  role: true,
  departmentId: true,
  user: { select: { name: true, email: true } },
  department: { select: { name: true } },
} as const;

/** Changes a member's role (and a head's department). The last CX lead cannot be demoted. */
export const changeMemberRole = defineAction({
  schema: ZChangeMember,
  resource: (input) => ({ kind: "membership", id: input.membershipId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { membershipId, role, departmentId } }) {
    const { workspaceId } = actor;
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
    await audit({
      action: "member.role_changed",
      entityType: "membership",
      entityId: membershipId,
      departmentId: departmentId ?? before.departmentId,
      before: { ...person, role: before.role, departmentName: before.department?.name ?? null },
      after: { ...person, role, departmentName },
    });
    return { membershipId };
  },
});

/** Takes a member out of the workspace (their account stays). The last CX lead cannot be removed. */
export const removeMember = defineAction({
  schema: ZMembershipId,
  resource: (input) => ({ kind: "membership", id: input.membershipId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { membershipId } }) {
    const { workspaceId } = actor;
    const leads = await lockLeadMemberships(tx, { workspaceId, actorUserId: actor.userId });
    const before = await tx.membership.findFirst({
      where: { id: membershipId, workspaceId },
      select: memberSelect,
    });
    if (!before) throw notFound("That member");
    if (before.role === "CX_LEAD" && leads.every((lead) => lead.id === membershipId))
      throw new ActionError("conflict", LAST_LEAD_MESSAGE);
    await tx.membership.delete({ where: { id: membershipId, workspaceId } });
    await audit({
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
    return { membershipId };
  },
});
