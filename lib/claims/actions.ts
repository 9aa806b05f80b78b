"use server";
// A department head's side of claims: claim a role for their own department, withdraw a pending claim, release a
// role the department holds. CX leads decide claims in decision-actions.ts.
import { defineAction } from "../actions/define";
import { ActionError, isUniqueViolation, notFound } from "../actions/result";
import { readTouchpointRoles, writeRole } from "../map/roles";
import { emitClaimCreated, emitContestIfOpened } from "../outbox/ownership-events";
import { getTouchpointOwnership } from "../ownership";
import { headDepartmentId, noLongerPending, takeTouchpoint } from "./helpers";
import { ZClaimId, ZCreateClaim, ZReleaseRole } from "./schemas";

export const createClaim = defineAction({
  schema: ZCreateClaim,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "claims.make",
  changesOwnership: true,
  async run({ tx, audit, actor, resource: touchpoint, input: { touchpointId, role, reason } }) {
    // The department is always the head's own, from the membership; never from the input.
    const departmentId = headDepartmentId(actor);
    const held = await tx.assignment.findUnique({
      where: { touchpointId_departmentId: { touchpointId, departmentId } },
      select: { role: true },
    });
    if (held?.role === role)
      throw new ActionError("conflict", `Your department already holds ${role} on ${touchpoint.name}.`);
    if (held?.role === "A")
      throw new ActionError(
        "conflict",
        `Your department holds A on ${touchpoint.name}. Release it first if you mean to give it up.`,
      );
    // Only a claim for A can change who owns it (and so open a contest).
    const rolesBefore =
      role === "A" ? await readTouchpointRoles(tx, { workspaceId: actor.workspaceId, touchpointId }) : null;
    const claim = await tx.claim
      .create({
        data: {
          workspaceId: actor.workspaceId,
          touchpointId,
          departmentId,
          role,
          reason,
          authorId: actor.userId,
        },
        select: { id: true, department: { select: { name: true } } },
      })
      .catch((error: unknown) => {
        // The partial unique index: one pending claim per touchpoint and department, even under a race.
        if (!isUniqueViolation(error)) throw error;
        throw new ActionError(
          "conflict",
          `Your department already has a pending claim on ${touchpoint.name}. Withdraw it to claim something else.`,
        );
      });
    await audit({
      action: "claim.created",
      entityType: "claim",
      entityId: claim.id,
      journeyId: touchpoint.journeyId,
      departmentId,
      after: { role, reason, touchpointName: touchpoint.name, departmentName: claim.department.name },
    });
    const { workspaceId } = actor;
    await emitClaimCreated(tx, {
      workspaceId,
      touchpoint,
      claim: { id: claim.id, role, reason },
      department: { id: departmentId, name: claim.department.name },
    });
    if (rolesBefore)
      await emitContestIfOpened(tx, {
        workspaceId,
        touchpoint,
        before: getTouchpointOwnership(rolesBefore),
        after: getTouchpointOwnership({
          ...rolesBefore,
          openClaims: [...rolesBefore.openClaims, { departmentId, role: "A" }],
        }),
      });
    return { id: claim.id };
  },
});

export const withdrawClaim = defineAction({
  schema: ZClaimId,
  resource: (input) => ({ kind: "claim", id: input.claimId }),
  permission: "claims.make",
  changesOwnership: true,
  async run({ tx, audit, actor, resource: claim, input: { claimId } }) {
    if (claim.departmentId !== headDepartmentId(actor))
      throw new ActionError("forbidden", "Only a head of the claiming department can withdraw this claim.");
    // Conditional on PENDING: a claim decided a moment ago stays decided.
    const changed = await tx.claim.updateMany({
      where: { id: claimId, workspaceId: actor.workspaceId, status: "PENDING" },
      data: { status: "WITHDRAWN", decidedAt: new Date() },
    });
    if (changed.count === 0) {
      const now = await tx.claim.findUnique({ where: { id: claimId }, select: { status: true } });
      throw now ? noLongerPending(now.status) : notFound("The claim");
    }
    await audit({
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
    return { id: claimId };
  },
});

export type ReleaseData = { touchpointId: string; released: string; isUnowned: boolean };

/** A head gives up their department's role; releasing A leaves the touchpoint without an owner, and says so. */
export const releaseRole = defineAction({
  schema: ZReleaseRole,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "claims.make",
  changesOwnership: true,
  async run({ tx, audit, actor, resource: touchpoint }): Promise<ReleaseData> {
    const { workspaceId } = actor;
    const departmentId = headDepartmentId(actor);
    await takeTouchpoint(tx, { workspaceId, touchpointId: touchpoint.id });
    const department = await tx.department.findFirstOrThrow({
      where: { id: departmentId, workspaceId },
      select: { name: true },
    });
    const released = await writeRole(tx, {
      workspaceId,
      touchpointId: touchpoint.id,
      departmentId,
      role: null,
    });
    if (!released)
      throw new ActionError("conflict", `Your department holds no role on ${touchpoint.name} any more.`);
    const roles = await readTouchpointRoles(tx, { workspaceId, touchpointId: touchpoint.id });
    const isUnowned = getTouchpointOwnership(roles).status === "UNOWNED";
    const names = { touchpointName: touchpoint.name, departmentName: department.name };
    await audit({
      action: "role.released",
      entityType: "touchpoint",
      entityId: touchpoint.id,
      journeyId: touchpoint.journeyId,
      departmentId,
      before: { role: released, ...names },
      after: { role: null, isUnowned, ...names },
    });
    return { touchpointId: touchpoint.id, released, isUnowned };
  },
});
