"use server";

import "server-only";
import { ActionError, type ActionResult, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { EDITORS, requireWorkspaceRole } from "../auth/guard";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { type Tx, withTransaction } from "../db/transaction";
import {
  duplicateName,
  getOwningWorkspaceId,
  isForeignKeyViolation,
  missing,
  onUniqueViolation,
  revalidateWorkspacePages,
} from "./action-helpers";
import { formatCount } from "./impact";
import { countDepartmentImpact } from "./impact-counts";
import { lockParent, writeOrder } from "./positions";
import {
  type TById,
  type TCreateDepartment,
  type TReorder,
  type TUpdateDepartment,
  ZById,
  ZCreateDepartment,
  ZReorder,
  ZUpdateDepartment,
} from "./schemas";
import { moveWithinWorkspace } from "./workspace-order";

export type DepartmentData = {
  id: string;
  name: string;
  color: string;
  description: string | null;
  position: number;
};

const select = { id: true, name: true, color: true, description: true, position: true } as const;
const PARENT = "This workspace";

async function ensureNameFree(tx: Tx, opts: { workspaceId: string; name: string; exceptId?: string }) {
  const clash = await tx.department.findFirst({
    where: {
      workspaceId: opts.workspaceId,
      name: opts.name,
      NOT: opts.exceptId ? { id: opts.exceptId } : {},
    },
    select: { id: true },
  });
  if (clash) throw duplicateName({ kind: "department", name: opts.name, parent: PARENT });
}

export async function createDepartment(input: TCreateDepartment): Promise<ActionResult<DepartmentData>> {
  return runAction(ZCreateDepartment, input, async (data) => {
    const actor = await requireWorkspaceRole(data.workspaceId, EDITORS);
    const { workspaceId } = actor;
    const taken = () => duplicateName({ kind: "department", name: data.name, parent: PARENT });
    const created = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
          await ensureNameFree(tx, { workspaceId, name: data.name });
          const last = await tx.department.aggregate({ where: { workspaceId }, _max: { position: true } });
          const department = await tx.department.create({
            data: {
              workspaceId,
              name: data.name,
              color: data.color,
              description: data.description ?? null,
              position: (last._max.position ?? -1) + 1,
            },
            select,
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "department.created",
            entityType: "department",
            entityId: department.id,
            departmentId: department.id,
            after: department,
          });
          return department;
        }),
      taken,
    );
    revalidateWorkspacePages();
    return created;
  });
}

export async function updateDepartment(input: TUpdateDepartment): Promise<ActionResult<DepartmentData>> {
  return runAction(ZUpdateDepartment, input, async ({ id, ...changes }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("department", id), EDITORS);
    const { workspaceId } = actor;
    const taken = () => duplicateName({ kind: "department", name: changes.name ?? "", parent: PARENT });
    const updated = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          const before = await tx.department.findFirst({ where: { id, workspaceId }, select });
          if (!before) throw missing("department");
          if (changes.name) await ensureNameFree(tx, { workspaceId, name: changes.name, exceptId: id });
          const after = await tx.department.update({ where: { id, workspaceId }, data: changes, select });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "department.updated",
            entityType: "department",
            entityId: id,
            departmentId: id,
            before,
            after,
          });
          return after;
        }),
      taken,
    );
    revalidateWorkspacePages();
    return updated;
  });
}

/** Assignments and claims go with the department (cascade); members block the delete (FK Restrict). */
export async function deleteDepartment(input: TById): Promise<ActionResult<{ id: string }>> {
  return runAction(ZById, input, async ({ id }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("department", id), EDITORS);
    const { workspaceId } = actor;
    const blocked = (name: string, members: number) =>
      new ActionError(
        "conflict",
        `${name} cannot be deleted while ${formatCount(members, "member")} belong${members === 1 ? "s" : ""} to it. Move them to another department first.`,
      );
    try {
      await withTransaction(async (tx) => {
        await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
        const before = await tx.department.findFirst({ where: { id, workspaceId }, select });
        if (!before) throw missing("department");
        const impact = await countDepartmentImpact(tx, { workspaceId, id });
        if (impact.members > 0) throw blocked(`“${before.name}”`, impact.members);
        // Losing a role is a change to the touchpoint: the matrix editor's concurrency token moves on.
        await tx.touchpoint.updateMany({
          where: { workspaceId, assignments: { some: { departmentId: id } } },
          data: { version: { increment: 1 } },
        });
        await tx.department.delete({ where: { id, workspaceId } });
        const rest = await tx.department.findMany({
          where: { workspaceId },
          orderBy: { position: "asc" },
          select: { id: true, position: true },
        });
        await writeOrder(tx, { table: "Department", workspaceId, rows: rest, order: rest.map((d) => d.id) });
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "department.deleted",
          entityType: "department",
          entityId: id,
          departmentId: id,
          before: { ...before, assignments: impact.assignments, pendingClaims: impact.pendingClaims },
        });
        await recordCoverageSnapshot(tx, workspaceId);
      });
    } catch (error) {
      // A member added between our count and the delete: the database's Restrict says the same thing.
      if (isForeignKeyViolation(error)) {
        throw new ActionError("conflict", "This department cannot be deleted while members belong to it.");
      }
      throw error;
    }
    revalidateWorkspacePages();
    return { id };
  });
}

/** Moves a department to `toIndex` (0-based): the matrix's columns and every department list follow. */
export async function reorderDepartment(input: TReorder): Promise<ActionResult<DepartmentData>> {
  return runAction(ZReorder, input, async ({ id, toIndex }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("department", id), EDITORS);
    const { workspaceId } = actor;
    const result = await withTransaction(async (tx) => {
      await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
      const before = await tx.department.findFirst({ where: { id, workspaceId }, select });
      if (!before) throw missing("department");
      await moveWithinWorkspace(tx, { table: "Department", workspaceId, id, toIndex });
      const after = await tx.department.findFirstOrThrow({ where: { id, workspaceId }, select });
      if (after.position !== before.position) {
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "department.reordered",
          entityType: "department",
          entityId: id,
          departmentId: id,
          before: { name: before.name, position: before.position },
          after: { name: after.name, position: after.position },
        });
      }
      return after;
    });
    revalidateWorkspacePages();
    return result;
  });
}
