"use server";
// A CX lead manages who belongs to the workspace: add (or invite), change a role, remove.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import { releaseOwnedJourneys } from "../outcomes/journey-owner-helpers";
import { isJourneyOwnerRole } from "../outcomes/journey-owner-schemas";
import { getDepartmentName, LAST_LEAD_MESSAGE, lockLeadMemberships } from "./action-helpers";
import { ZAddMember, ZChangeMember, ZMembershipId } from "./schemas";
import { createInvitationToken } from "./tokens";

/** The token is shown once, to the CX lead who made it; only its hash is stored. */
export type AddMemberData = {
  kind: "invitation";
  invitationId: string;
  email: string;
  token: string;
  expiresAt: string;
};

const alreadyMember = (email: string) => {
  const message = `${email} is already a member of this workspace.`;
  return new ActionError("conflict", message, { email: [message] });
};

/**
 * Every email gets an invitation link (an earlier pending link for it stops working), whether or not it has an
 * account on this instance: the answer is the same either way, so adding someone reveals nothing about other
 * workspaces. Someone with an account joins by signing in through the link (joinWithInvitation).
 */
export const addMember = defineAction({
  schema: ZAddMember,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { email, role, departmentId } }): Promise<AddMemberData> {
    const { workspaceId } = actor;
    const departmentName = await getDepartmentName(tx, { workspaceId, departmentId });
    // This workspace's own members are on its Members page already: saying so reveals nothing new.
    if (await tx.membership.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } }))
      throw alreadyMember(email);
    await tx.invitation.deleteMany({ where: { workspaceId, email, usedAt: null } });
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

/**
 * Changes a member's role (and a head's department). The last CX lead cannot be demoted. A member who is no
 * longer an executive or a CX lead stops owning journeys (DESIGN.md, Journey owner): `releasedJourneys` names them.
 */
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
    const releasedJourneys = isJourneyOwnerRole(role)
      ? []
      : await releaseOwnedJourneys(tx, audit, {
          workspaceId,
          membershipId,
          ownerName: before.user.name,
          loss: { reason: "role_changed", role },
        });
    return { membershipId, releasedJourneys };
  },
});

/**
 * Takes a member out of the workspace (their account stays). The last CX lead cannot be removed. Journeys they
 * owned are left without an owner, each audited (the foreign key alone would clear them without a trace).
 */
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
    const releasedJourneys = await releaseOwnedJourneys(tx, audit, {
      workspaceId,
      membershipId,
      ownerName: before.user.name,
      loss: { reason: "member_removed" },
    });
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
    return { membershipId, releasedJourneys };
  },
});
