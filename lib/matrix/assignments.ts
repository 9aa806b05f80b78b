import "server-only";
import { ActionError, type ActionResult, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { EDITORS, requireSignedIn, requireWorkspaceRole } from "../auth/guard";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import { getTouchpointOwnership, type OpenClaim, type RaciRole, type RoleHolding } from "../ownership";
import { bumpTouchpointVersion, writeRole } from "./role-writes";
import { type TSetAssignment, ZSetAssignment } from "./schemas";

export type SetAssignmentData = {
  touchpointId: string;
  version: number;
  assignments: RoleHolding[];
  openClaims: OpenClaim[];
  /** Set when this change left the touchpoint contested: names the other side. */
  warning: string | null;
};

const CONFLICT =
  "Someone else changed this touchpoint's roles a moment ago. The matrix now shows the current roles; make your change again if it is still needed.";

/**
 * Sets (or clears, with role null) one department's RACI role on one touchpoint: the whole rule, without
 * Next's cache, so the server action and the benchmark run the same code. Returns the workspace slug to revalidate.
 */
export async function applyAssignment(
  input: TSetAssignment,
): Promise<ActionResult<SetAssignmentData & { workspaceSlug: string }>> {
  return runAction(ZSetAssignment, input, async ({ touchpointId, departmentId, role, expectedVersion }) => {
    await requireSignedIn();
    const prisma = await getPrisma();
    const touchpoint = await prisma.touchpoint.findUnique({
      where: { id: touchpointId },
      select: {
        id: true,
        name: true,
        workspaceId: true,
        journeyId: true,
        workspace: { select: { slug: true } },
      },
    });
    if (!touchpoint) throw notFound("The touchpoint");
    const { workspaceId } = touchpoint;
    const actor = await requireWorkspaceRole(workspaceId, EDITORS);
    const department = await prisma.department.findFirst({
      where: { id: departmentId, workspaceId },
      select: { id: true, name: true },
    });
    if (!department) throw notFound("The department");

    const state = await withTransaction(async (tx) => {
      // Compare-and-swap on the version: a concurrent edit of this touchpoint makes this one refuse.
      const bumped = await bumpTouchpointVersion(tx, { workspaceId, touchpointId, expectedVersion });
      if (!bumped) throw new ActionError("conflict", CONFLICT);
      const beforeRole = await writeRole(tx, { workspaceId, touchpointId, departmentId, role });
      const before = beforeRole ? { role: beforeRole } : null;
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "assignment.set",
        entityType: "touchpoint",
        entityId: touchpointId,
        journeyId: touchpoint.journeyId,
        departmentId,
        before: before
          ? { role: before.role, touchpointName: touchpoint.name, departmentName: department.name }
          : null,
        after: role ? { role, touchpointName: touchpoint.name, departmentName: department.name } : null,
      });
      await recordCoverageSnapshot(tx, workspaceId);
      const [assignments, openClaims] = await Promise.all([
        tx.assignment.findMany({ where: { touchpointId }, select: { departmentId: true, role: true } }),
        tx.claim.findMany({
          where: { touchpointId, status: "PENDING", role: "A" },
          select: { departmentId: true, role: true },
        }),
      ]);
      return { assignments, openClaims };
    });

    return {
      workspaceSlug: touchpoint.workspace.slug,
      touchpointId,
      version: expectedVersion + 1,
      ...state,
      warning: await describeContest({
        role,
        departmentId,
        touchpointName: touchpoint.name,
        workspaceId,
        ...state,
      }),
    };
  });
}

async function describeContest(opts: {
  role: RaciRole | null;
  departmentId: string;
  touchpointName: string;
  workspaceId: string;
  assignments: RoleHolding[];
  openClaims: OpenClaim[];
}): Promise<string | null> {
  if (opts.role !== "A") return null;
  const ownership = getTouchpointOwnership(opts);
  if (ownership.status !== "CONTESTED") return null;
  const otherIds = [...new Set([...ownership.accountableIds, ...ownership.claimantIds])].filter(
    (id) => id !== opts.departmentId,
  );
  const prisma = await getPrisma();
  const others = await prisma.department.findMany({
    where: { id: { in: otherIds }, workspaceId: opts.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  const holders = new Set(ownership.accountableIds);
  const sides = others.map((d) => (holders.has(d.id) ? `${d.name} also holds A` : `${d.name} has claimed A`));
  return `${opts.touchpointName} is now contested: ${sides.join("; ")}.`;
}
