"use server";
// A department head's side of claims: claim a role for their own department, withdraw a pending claim, release a
// role the department holds. CX leads decide claims in decision-actions.ts.
import "server-only";
import { ActionError, type ActionResult, isUniqueViolation, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { withTransaction } from "../db/transaction";
import { bumpTouchpointVersion, writeRole } from "../matrix/role-writes";
import { getTouchpointOwnership } from "../ownership";
import { findClaim, findTouchpoint, noLongerPending, requireHead, revalidateWorkspacePages } from "./helpers";
import {
  type TClaimId,
  type TCreateClaim,
  type TReleaseRole,
  ZClaimId,
  ZCreateClaim,
  ZReleaseRole,
} from "./schemas";

export async function createClaim(input: TCreateClaim): Promise<ActionResult<{ id: string }>> {
  return runAction(ZCreateClaim, input, async ({ touchpointId, role, reason }) => {
    const touchpoint = await findTouchpoint(touchpointId);
    const { workspaceId } = touchpoint;
    const actor = await requireHead(workspaceId);
    const { departmentId } = actor;
    try {
      const created = await withTransaction(async (tx) => {
        const held = await tx.assignment.findUnique({
          where: { touchpointId_departmentId: { touchpointId, departmentId } },
          select: { role: true, department: { select: { name: true } } },
        });
        if (held?.role === role)
          throw new ActionError("conflict", `Your department already holds ${role} on ${touchpoint.name}.`);
        if (held?.role === "A")
          throw new ActionError(
            "conflict",
            `Your department holds A on ${touchpoint.name}. Release it first if you mean to give it up.`,
          );
        const claim = await tx.claim.create({
          data: { workspaceId, touchpointId, departmentId, role, reason, authorId: actor.userId },
          select: { id: true, department: { select: { name: true } } },
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "claim.created",
          entityType: "claim",
          entityId: claim.id,
          journeyId: touchpoint.journeyId,
          departmentId,
          after: { role, reason, touchpointName: touchpoint.name, departmentName: claim.department.name },
        });
        await recordCoverageSnapshot(tx, workspaceId);
        return { id: claim.id };
      });
      revalidateWorkspacePages();
      return created;
    } catch (error) {
      // The partial unique index: one pending claim per touchpoint and department, even under a race.
      if (isUniqueViolation(error))
        throw new ActionError(
          "conflict",
          `Your department already has a pending claim on ${touchpoint.name}. Withdraw it to claim something else.`,
        );
      throw error;
    }
  });
}

export async function withdrawClaim(input: TClaimId): Promise<ActionResult<{ id: string }>> {
  return runAction(ZClaimId, input, async ({ claimId }) => {
    const claim = await findClaim(claimId);
    const { workspaceId } = claim;
    const actor = await requireHead(workspaceId);
    if (claim.departmentId !== actor.departmentId)
      throw new ActionError("forbidden", "Only a head of the claiming department can withdraw this claim.");
    await withTransaction(async (tx) => {
      // Conditional on PENDING: a claim decided a moment ago stays decided.
      const changed = await tx.claim.updateMany({
        where: { id: claimId, workspaceId, status: "PENDING" },
        data: { status: "WITHDRAWN", decidedAt: new Date() },
      });
      if (changed.count === 0) {
        const now = await tx.claim.findUnique({ where: { id: claimId }, select: { status: true } });
        throw now ? noLongerPending(now.status) : notFound("The claim");
      }
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "claim.withdrawn",
        entityType: "claim",
        entityId: claimId,
        journeyId: claim.touchpoint.journeyId,
        departmentId: claim.departmentId,
        before: { status: "PENDING" },
        after: {
          status: "WITHDRAWN",
          role: claim.role,
          touchpointName: claim.touchpoint.name,
          departmentName: claim.department.name,
        },
      });
      await recordCoverageSnapshot(tx, workspaceId);
    });
    revalidateWorkspacePages();
    return { id: claimId };
  });
}

export type ReleaseData = { touchpointId: string; released: string; isUnowned: boolean };

/** A head gives up their department's role; releasing A leaves the touchpoint without an owner, and says so. */
export async function releaseRole(input: TReleaseRole): Promise<ActionResult<ReleaseData>> {
  return runAction(ZReleaseRole, input, async ({ touchpointId }) => {
    const touchpoint = await findTouchpoint(touchpointId);
    const { workspaceId } = touchpoint;
    const actor = await requireHead(workspaceId);
    const { departmentId } = actor;
    const data = await withTransaction(async (tx) => {
      // Matrix editors who loaded the old roles get a conflict instead of overwriting this release.
      if (!(await bumpTouchpointVersion(tx, { workspaceId, touchpointId }))) throw notFound("The touchpoint");
      const department = await tx.department.findFirstOrThrow({
        where: { id: departmentId, workspaceId },
        select: { name: true },
      });
      const released = await writeRole(tx, { workspaceId, touchpointId, departmentId, role: null });
      if (!released)
        throw new ActionError("conflict", `Your department holds no role on ${touchpoint.name} any more.`);
      const [assignments, openClaims] = await Promise.all([
        tx.assignment.findMany({ where: { touchpointId }, select: { departmentId: true, role: true } }),
        tx.claim.findMany({
          where: { touchpointId, status: "PENDING", role: "A" },
          select: { departmentId: true, role: true },
        }),
      ]);
      const isUnowned = getTouchpointOwnership({ assignments, openClaims }).status === "UNOWNED";
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "role.released",
        entityType: "touchpoint",
        entityId: touchpointId,
        journeyId: touchpoint.journeyId,
        departmentId,
        before: { role: released, touchpointName: touchpoint.name, departmentName: department.name },
        after: { role: null, isUnowned, touchpointName: touchpoint.name, departmentName: department.name },
      });
      await recordCoverageSnapshot(tx, workspaceId);
      return { touchpointId, released, isUnowned };
    });
    revalidateWorkspacePages();
    return data;
  });
}
