import "server-only";
// What both ends of an invitation link do (a new account accepting it, an existing one joining): take the link
// while it is still pending, then make the invited membership and spend the link, in the caller's transaction.
import { isUniqueViolation } from "../actions/result";
import { auditFor } from "../audit/record";
import type { Tx } from "../db/transaction";
import { linkProblem } from "./invitation-status";
import { getInvitationState } from "./tokens";

export const invitationSelect = {
  id: true,
  workspaceId: true,
  email: true,
  role: true,
  departmentId: true,
  usedAt: true,
  expiresAt: true,
  workspace: { select: { slug: true } },
} as const;

/** Locked, so two tabs using one link at once queue here, and the second finds it spent. */
export async function takePendingInvitation(tx: Tx, tokenHash: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  if (locked.length === 0) throw linkProblem("unknown");
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { tokenHash },
    select: invitationSelect,
  });
  const state = getInvitationState(invitation);
  if (state !== "pending") throw linkProblem(state);
  return invitation;
}

type PendingInvitation = Awaited<ReturnType<typeof takePendingInvitation>>;

/** The membership the link offers, the link spent, and the event, as the person who used it. */
export async function joinInvited(
  tx: Tx,
  opts: { invitation: PendingInvitation; user: { id: string; name: string }; onDuplicate: () => Error },
): Promise<{ workspaceSlug: string }> {
  const { invitation, user } = opts;
  const { workspaceId, role, departmentId } = invitation;
  const membership = await tx.membership
    .create({ data: { workspaceId, userId: user.id, role, departmentId }, select: { id: true } })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? opts.onDuplicate() : error;
    });
  await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
  await auditFor(tx, { workspaceId, actorId: user.id })({
    action: "invitation.accepted",
    entityType: "membership",
    entityId: membership.id,
    departmentId,
    after: { name: user.name, email: invitation.email, role },
  });
  return { workspaceSlug: invitation.workspace.slug };
}
