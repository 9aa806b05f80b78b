"use server";
// The invitation link's other end, for someone who has an account already: signed in as the invited email, they
// join the workspace with the invited role. The link is spent, as when a new account accepts it.
import { defineAccountAction } from "../actions/define";
import { ActionError, isUniqueViolation } from "../actions/result";
import { auditFor } from "../audit/record";
import { linkProblem } from "./invitation-status";
import { ZJoinInvitation } from "./schemas";
import { getInvitationState, hashInvitationToken } from "./tokens";

export const joinWithInvitation = defineAccountAction({
  schema: ZJoinInvitation,
  async run({ tx, user, input: { token } }) {
    const tokenHash = hashInvitationToken(token);
    // Two tabs joining at once: the second waits here and then finds the link spent.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id"::text AS "id" FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (locked.length === 0) throw linkProblem("unknown");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: {
        id: true,
        workspaceId: true,
        email: true,
        role: true,
        departmentId: true,
        usedAt: true,
        expiresAt: true,
        workspace: { select: { slug: true } },
      },
    });
    const state = getInvitationState(invitation);
    if (state !== "pending") throw linkProblem(state);
    if (invitation.email !== user.email)
      throw new ActionError(
        "forbidden",
        `This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign in as ${invitation.email} to join.`,
      );
    const { workspaceId, role, departmentId } = invitation;
    const membership = await tx.membership
      .create({ data: { workspaceId, userId: user.id, role, departmentId }, select: { id: true } })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new ActionError("conflict", "You are a member of this workspace already.")
          : error;
      });
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
    await auditFor(tx, { workspaceId, actorId: user.id })({
      action: "invitation.accepted",
      entityType: "membership",
      entityId: membership.id,
      departmentId,
      after: { name: user.name, email: user.email, role },
    });
    return { workspaceSlug: invitation.workspace.slug };
  },
});
