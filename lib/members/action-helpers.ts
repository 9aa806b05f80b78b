// What the member actions share: the last-CX-lead lock and department checks.
import "server-only";
import { ActionError } from "../actions/result";
import type { Tx } from "../db/transaction";

/**
 * Locks the workspace's CX lead memberships for the rest of the transaction, in one order so two callers
 * cannot deadlock. A concurrent change to one of them waits here; once it commits, PostgreSQL re-checks the
 * role, so a lead demoted meanwhile is no longer returned. The acting user must still be among them: a lead
 * demoted a moment ago cannot go on changing members with the role checked before.
 */
export async function lockLeadMemberships(
  tx: Tx,
  opts: { workspaceId: string; actorUserId: string },
): Promise<{ id: string; userId: string }[]> {
  const leads = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT "id"::text AS "id", "userId"::text AS "userId" FROM "Membership"
    WHERE "workspaceId" = ${opts.workspaceId}::uuid AND "role" = 'CX_LEAD'
    ORDER BY "id"
    FOR UPDATE`;
  if (!leads.some((lead) => lead.userId === opts.actorUserId))
    throw new ActionError("forbidden", "Your role does not allow this change.");
  return leads;
}

export const LAST_LEAD_MESSAGE = "A workspace needs at least one CX lead. Make someone else a CX lead first.";

/** A department head's department must be one of this workspace's. */
export async function getDepartmentName(
  tx: Tx,
  opts: { workspaceId: string; departmentId: string | null },
): Promise<string | null> {
  if (!opts.departmentId) return null;
  const department = await tx.department.findFirst({
    where: { id: opts.departmentId, workspaceId: opts.workspaceId },
    select: { name: true },
  });
  if (!department) {
    const message = "That department was not found. It may have been deleted.";
    throw new ActionError("invalid", message, { departmentId: [message] });
  }
  return department.name;
}
