"use server";
// A CX lead issues a one-time link for a member to choose a new password (people forget them; nobody else can
// set one). The link is shown once, to the lead, who hands it over as with invitations.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import { createLinkToken } from "../auth/link-tokens";
import { RESET_TTL_HOURS, ZMembershipId } from "./schemas";

export type IssuedReset = { email: string; name: string; token: string; expiresAt: string };

export const issuePasswordReset = defineAction({
  schema: ZMembershipId,
  resource: (input) => ({ kind: "membership", id: input.membershipId }),
  permission: "members.manage",
  async run({ tx, audit, actor, input: { membershipId } }): Promise<IssuedReset> {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, workspaceId: actor.workspaceId },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    if (!member) throw notFound("That member");
    const { user } = member;
    // Whoever sets a password can sign in as the person: only a lead of every workspace they belong to may.
    const elsewhere = await tx.membership.count({
      where: {
        userId: user.id,
        workspace: { memberships: { none: { userId: actor.userId, role: "CX_LEAD" } } },
      },
    });
    if (elsewhere > 0)
      throw new ActionError(
        "forbidden",
        `${user.name} also belongs to a workspace you do not lead, so a CX lead there must reset it, or ${user.name} can change it under Account while signed in.`,
      );
    await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
    const link = createLinkToken({ ttlMs: RESET_TTL_HOURS * 60 * 60 * 1000 });
    const reset = await tx.passwordReset.create({
      data: {
        workspaceId: actor.workspaceId,
        userId: user.id,
        tokenHash: link.tokenHash,
        createdById: actor.userId,
        expiresAt: link.expiresAt,
      },
      select: { id: true },
    });
    const expiresAt = link.expiresAt.toISOString();
    await audit({
      action: "password_reset.issued",
      entityType: "password_reset",
      entityId: reset.id,
      after: { name: user.name, email: user.email, expiresAt },
    });
    return { email: user.email, name: user.name, token: link.token, expiresAt };
  },
});
