"use server";
// Verification (DESIGN.md, Ownership health): the owner confirms a touchpoint is still theirs, one at a time or
// every stale one of their department at once, and a CX lead sets how long a confirmation lasts.
import { defineAction } from "../actions/define";
import { ActionError } from "../actions/result";
import { readTouchpointRoles } from "../map/roles";
import { getTouchpointOwnership } from "../ownership";
import { confirmStaleOwnership } from "./queries";
import { confirmRefusal, mayConfirmDepartment, NOT_YOURS_TO_CONFIRM } from "./rights";
import { ZConfirmDepartmentOwnership, ZConfirmOwnership, ZSetVerificationCadence } from "./schemas";

export const confirmOwnership = defineAction({
  schema: ZConfirmOwnership,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "ownership.verify",
  async run({ tx, audit, actor, resource: touchpoint }) {
    const { workspaceId } = actor;
    // Locked first, so a change of A cannot slip in between reading the owner and confirming it.
    const [locked] = await tx.$queryRaw<{ confirmedAt: Date | null }[]>`
      SELECT "ownershipConfirmedAt" AS "confirmedAt" FROM "Touchpoint"
      WHERE "id" = ${touchpoint.id}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
    if (!locked) throw new ActionError("not_found", "Touchpoint was not found. It may have been deleted.");
    const ownership = getTouchpointOwnership(
      await readTouchpointRoles(tx, { workspaceId, touchpointId: touchpoint.id }),
    );
    const refusal = confirmRefusal(actor, ownership);
    if (refusal) throw new ActionError(refusal.code, refusal.message);
    const department = await tx.department.findUniqueOrThrow({
      where: { id: ownership.ownerId! },
      select: { id: true, name: true },
    });
    const confirmedAt = new Date();
    await tx.touchpoint.update({ where: { id: touchpoint.id }, data: { ownershipConfirmedAt: confirmedAt } });
    await audit({
      action: "ownership.confirmed",
      entityType: "touchpoint",
      entityId: touchpoint.id,
      journeyId: touchpoint.journeyId,
      departmentId: department.id,
      before: { confirmedAt: locked.confirmedAt?.toISOString() ?? null },
      after: {
        confirmedAt: confirmedAt.toISOString(),
        touchpointName: touchpoint.name,
        departmentName: department.name,
      },
    });
    return { touchpointId: touchpoint.id, confirmedAt: confirmedAt.toISOString() };
  },
});

export const confirmDepartmentOwnership = defineAction({
  schema: ZConfirmDepartmentOwnership,
  resource: (input) => ({ kind: "department", id: input.departmentId }),
  permission: "ownership.verify",
  async run({ tx, audit, actor, resource: department }) {
    if (!mayConfirmDepartment(actor, department.id)) throw new ActionError("forbidden", NOT_YOURS_TO_CONFIRM);
    const asOf = new Date();
    const confirmed = await confirmStaleOwnership(tx, {
      workspaceId: actor.workspaceId,
      departmentId: department.id,
      asOf,
    });
    // One event per touchpoint, so each one's history shows its confirmation; written in one statement.
    await audit.many(
      confirmed.map((t) => ({
        action: "ownership.confirmed",
        entityType: "touchpoint",
        entityId: t.id,
        journeyId: t.journeyId,
        departmentId: department.id,
        after: {
          confirmedAt: asOf.toISOString(),
          touchpointName: t.name,
          departmentName: department.name,
          together: confirmed.length,
        },
      })),
    );
    return { confirmed: confirmed.length };
  },
});

export const setVerificationCadence = defineAction({
  schema: ZSetVerificationCadence,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "workspace.configure",
  async run({ tx, audit, actor: { workspaceId }, input: { days } }) {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { verificationCadenceDays: true },
    });
    if (before.verificationCadenceDays === days)
      throw new ActionError("invalid", `The cadence is already ${days} days.`, {
        days: [`The cadence is already ${days} days.`],
      });
    await tx.workspace.update({ where: { id: workspaceId }, data: { verificationCadenceDays: days } });
    await audit({
      action: "workspace.verification_cadence_set",
      entityType: "workspace",
      entityId: workspaceId,
      before: { days: before.verificationCadenceDays },
      after: { days },
    });
    return { days };
  },
});
