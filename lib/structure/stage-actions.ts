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
  missing,
  onUniqueViolation,
  revalidateWorkspacePages,
} from "./action-helpers";
import { countStageImpact } from "./impact-counts";
import { lockParent, moveId, writeOrder } from "./positions";
import {
  type TById,
  type TCreateStage,
  type TReorder,
  type TUpdateStage,
  ZById,
  ZCreateStage,
  ZReorder,
  ZUpdateStage,
} from "./schemas";

export type StageData = {
  id: string;
  journeyId: string;
  name: string;
  description: string | null;
  position: number;
};

const select = { id: true, journeyId: true, name: true, description: true, position: true } as const;
const PARENT = "This journey";

async function ensureNameFree(tx: Tx, opts: { journeyId: string; name: string; exceptId?: string }) {
  const clash = await tx.stage.findFirst({
    where: { journeyId: opts.journeyId, name: opts.name, NOT: opts.exceptId ? { id: opts.exceptId } : {} },
    select: { id: true },
  });
  if (clash) throw duplicateName({ kind: "stage", name: opts.name, parent: PARENT });
}

function getSiblings(tx: Tx, journeyId: string) {
  return tx.stage.findMany({
    where: { journeyId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  });
}

/** Locks the stage's journey (a stage never changes journey), then reads the stage. */
async function findStageLocked(tx: Tx, opts: { id: string; workspaceId: string }): Promise<StageData> {
  const where = { id: opts.id, workspaceId: opts.workspaceId };
  const found = await tx.stage.findFirst({ where, select: { journeyId: true } });
  if (!found) throw missing("stage");
  await lockParent(tx, { table: "Journey", id: found.journeyId, workspaceId: opts.workspaceId });
  const stage = await tx.stage.findFirst({ where, select });
  if (!stage) throw missing("stage");
  return stage;
}

export async function createStage(input: TCreateStage): Promise<ActionResult<StageData>> {
  return runAction(ZCreateStage, input, async (data) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("journey", data.journeyId), EDITORS);
    const { workspaceId } = actor;
    const { journeyId } = data;
    const created = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          if (!(await lockParent(tx, { table: "Journey", id: journeyId, workspaceId })))
            throw missing("journey");
          await ensureNameFree(tx, { journeyId, name: data.name });
          const last = await tx.stage.aggregate({ where: { journeyId }, _max: { position: true } });
          const stage = await tx.stage.create({
            data: {
              workspaceId,
              journeyId,
              name: data.name,
              description: data.description ?? null,
              position: (last._max.position ?? -1) + 1,
            },
            select,
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "stage.created",
            entityType: "stage",
            entityId: stage.id,
            journeyId,
            after: stage,
          });
          return stage;
        }),
      () => duplicateName({ kind: "stage", name: data.name, parent: PARENT }),
    );
    revalidateWorkspacePages();
    return created;
  });
}

export async function updateStage(input: TUpdateStage): Promise<ActionResult<StageData>> {
  return runAction(ZUpdateStage, input, async ({ id, ...changes }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("stage", id), EDITORS);
    const { workspaceId } = actor;
    const updated = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          const before = await tx.stage.findFirst({ where: { id, workspaceId }, select });
          if (!before) throw missing("stage");
          if (changes.name)
            await ensureNameFree(tx, { journeyId: before.journeyId, name: changes.name, exceptId: id });
          const after = await tx.stage.update({ where: { id, workspaceId }, data: changes, select });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "stage.updated",
            entityType: "stage",
            entityId: id,
            journeyId: before.journeyId,
            before,
            after,
          });
          return after;
        }),
      () => duplicateName({ kind: "stage", name: changes.name ?? "", parent: PARENT }),
    );
    revalidateWorkspacePages();
    return updated;
  });
}

/** Its touchpoints and their roles, claims and comments go with it (cascade); later stages move up. */
export async function deleteStage(input: TById): Promise<ActionResult<{ id: string }>> {
  return runAction(ZById, input, async ({ id }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("stage", id), EDITORS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      const before = await findStageLocked(tx, { id, workspaceId });
      const impact = await countStageImpact(tx, { workspaceId, id });
      const { count } = await tx.stage.deleteMany({ where: { id, workspaceId } });
      if (count === 0) throw missing("stage");
      const rest = await getSiblings(tx, before.journeyId);
      await writeOrder(tx, { table: "Stage", workspaceId, rows: rest, order: rest.map((s) => s.id) });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "stage.deleted",
        entityType: "stage",
        entityId: id,
        journeyId: before.journeyId,
        before: { ...before, ...impact },
      });
      await recordCoverageSnapshot(tx, workspaceId);
    });
    revalidateWorkspacePages();
    return { id };
  });
}

/** Moves a stage to `toIndex` (0-based) within its journey; the others shift to keep 0..n-1. */
export async function reorderStage(input: TReorder): Promise<ActionResult<StageData>> {
  return runAction(ZReorder, input, async ({ id, toIndex }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("stage", id), EDITORS);
    const { workspaceId } = actor;
    const result = await withTransaction(async (tx) => {
      const before = await findStageLocked(tx, { id, workspaceId });
      const siblings = await getSiblings(tx, before.journeyId);
      if (toIndex >= siblings.length) {
        const message = `This journey has ${siblings.length} stages: choose a position from 1 to ${siblings.length}.`;
        throw new ActionError("invalid", message, { toIndex: [message] });
      }
      const order = moveId(
        siblings.map((s) => s.id),
        id,
        toIndex,
      );
      await writeOrder(tx, { table: "Stage", workspaceId, rows: siblings, order });
      const after = await tx.stage.findFirstOrThrow({ where: { id, workspaceId }, select });
      if (after.position !== before.position) {
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "stage.reordered",
          entityType: "stage",
          entityId: id,
          journeyId: before.journeyId,
          // The name too, so Activity can say which stage moved.
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
