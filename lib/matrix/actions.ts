"use server";
// The matrix editor's cell action: set (or clear, with role null) one department's RACI role on one touchpoint.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import type { Tx } from "../db/transaction";
import { bumpTouchpointVersion, readTouchpointRoles, type TouchpointRolesNow, writeRole } from "../map/roles";
import { emitContestIfOpened } from "../outbox/ownership-events";
import { getTouchpointOwnership, type RaciRole } from "../ownership";
import { ZSetAssignment } from "./schemas";

export type SetAssignmentData = TouchpointRolesNow & {
  touchpointId: string;
  version: number;
  /** Set when this change left the touchpoint contested: names the other side. */
  warning: string | null;
};

const CONFLICT =
  "Someone else changed this touchpoint's roles a moment ago. The matrix now shows the current roles; make your change again if it is still needed.";

export const setAssignment = defineAction({
  schema: ZSetAssignment,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "map.edit",
  changesOwnership: true,
  async run({ tx, audit, actor: { workspaceId }, resource: touchpoint, input }): Promise<SetAssignmentData> {
    const { touchpointId, departmentId, role, expectedVersion } = input;
    const department = await tx.department.findFirst({
      where: { id: departmentId, workspaceId },
      select: { name: true },
    });
    if (!department) throw notFound("Department");
    // Compare-and-swap on the version: a concurrent edit of this touchpoint makes this one refuse.
    if (!(await bumpTouchpointVersion(tx, { workspaceId, touchpointId, expectedVersion })))
      throw new ActionError("conflict", CONFLICT);
    const beforeRole = await writeRole(tx, { workspaceId, touchpointId, departmentId, role });
    const names = { touchpointName: touchpoint.name, departmentName: department.name };
    await audit({
      action: "assignment.set",
      entityType: "touchpoint",
      entityId: touchpointId,
      journeyId: touchpoint.journeyId,
      departmentId,
      before: beforeRole ? { role: beforeRole, ...names } : null,
      after: role ? { role, ...names } : null,
    });
    const roles = await readTouchpointRoles(tx, { workspaceId, touchpointId });
    if (role === "A" && beforeRole !== "A")
      await emitContestIfOpened(tx, {
        workspaceId,
        touchpoint,
        before: getTouchpointOwnership(withRole(roles, departmentId, beforeRole)),
        after: getTouchpointOwnership(roles),
      });
    const warning = await describeContest(tx, {
      role,
      departmentId,
      workspaceId,
      touchpointName: touchpoint.name,
      roles,
    });
    return { touchpointId, version: expectedVersion + 1, ...roles, warning };
  },
});

/** The roles as they were with this department holding `role` (null: none) instead. */
function withRole(
  roles: TouchpointRolesNow,
  departmentId: string,
  role: RaciRole | null,
): TouchpointRolesNow {
  const others = roles.assignments.filter((a) => a.departmentId !== departmentId);
  return { ...roles, assignments: role ? [...others, { departmentId, role }] : others };
}

/** A second A is allowed, and makes the touchpoint contested: the editor is told who the other side is. */
async function describeContest(
  tx: Tx,
  opts: {
    role: RaciRole | null;
    departmentId: string;
    workspaceId: string;
    touchpointName: string;
    roles: TouchpointRolesNow;
  },
): Promise<string | null> {
  if (opts.role !== "A") return null;
  const ownership = getTouchpointOwnership(opts.roles);
  if (ownership.status !== "CONTESTED") return null;
  const otherIds = [...new Set([...ownership.accountableIds, ...ownership.claimantIds])].filter(
    (id) => id !== opts.departmentId,
  );
  const others = await tx.department.findMany({
    where: { id: { in: otherIds }, workspaceId: opts.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  const holders = new Set(ownership.accountableIds);
  const sides = others.map((d) => (holders.has(d.id) ? `${d.name} also holds A` : `${d.name} has claimed A`));
  return `${opts.touchpointName} is now contested: ${sides.join("; ")}.`;
}
