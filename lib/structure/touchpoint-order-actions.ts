"use server";

import "server-only";
import { ActionError, type ActionResult, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { EDITORS, requireWorkspaceRole } from "../auth/guard";
import { withTransaction } from "../db/transaction";
import { getOwningWorkspaceId, missing, revalidateWorkspacePages } from "./action-helpers";
import { moveId, writeOrder } from "./positions";
import { type TMoveTouchpoint, type TReorder, ZMoveTouchpoint, ZReorder } from "./schemas";
import {
  ensureTouchpointNameFree,
  findTouchpointLocked,
  getTouchpointSiblings,
  type TouchpointData,
  touchpointSelect,
} from "./touchpoint-shared";

function outOfRange(count: number): ActionError {
  const message =
    count === 0
      ? "That stage has no touchpoints: the touchpoint can only go first."
      : `Choose a position from 1 to ${count}.`;
  return new ActionError("invalid", message, { toIndex: [message] });
}

/** Moves a touchpoint to `toIndex` (0-based) within its stage; the others shift to keep 0..n-1. */
export async function reorderTouchpoint(input: TReorder): Promise<ActionResult<TouchpointData>> {
  return runAction(ZReorder, input, async ({ id, toIndex }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("touchpoint", id), EDITORS);
    const { workspaceId } = actor;
    const result = await withTransaction(async (tx) => {
      const before = await findTouchpointLocked(tx, { id, workspaceId });
      const siblings = await getTouchpointSiblings(tx, before.stageId);
      if (toIndex >= siblings.length) throw outOfRange(siblings.length);
      const order = moveId(
        siblings.map((t) => t.id),
        id,
        toIndex,
      );
      const isUnchanged = order.every((t, i) => siblings[i]?.id === t && siblings[i]?.position === i);
      if (isUnchanged) return before;
      await writeOrder(tx, { table: "Touchpoint", workspaceId, rows: siblings, order });
      const after = await tx.touchpoint.update({
        where: { id, workspaceId },
        data: { version: { increment: 1 } },
        select: touchpointSelect,
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "touchpoint.reordered",
        entityType: "touchpoint",
        entityId: id,
        journeyId: before.journeyId,
        // The name too, so Activity can say which touchpoint moved.
        before: { name: before.name, position: before.position, version: before.version },
        after: { name: after.name, position: after.position, version: after.version },
      });
      return after;
    });
    revalidateWorkspacePages();
    return result;
  });
}

/**
 * Moves a touchpoint to another stage of the same journey, appended or inserted at `toIndex`; the old stage
 * closes its gap. Another journey's stage is refused: a touchpoint's roles belong to its journey's map.
 */
export async function moveTouchpoint(input: TMoveTouchpoint): Promise<ActionResult<TouchpointData>> {
  return runAction(ZMoveTouchpoint, input, async ({ id, stageId, toIndex }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("touchpoint", id), EDITORS);
    const { workspaceId } = actor;
    const result = await withTransaction(async (tx) => {
      const before = await findTouchpointLocked(tx, { id, workspaceId });
      const target = await tx.stage.findFirst({
        where: { id: stageId, workspaceId },
        select: { id: true, journeyId: true, name: true },
      });
      if (!target) throw missing("stage");
      if (target.journeyId !== before.journeyId) {
        const message = "A touchpoint can only move to a stage of its own journey.";
        throw new ActionError("invalid", message, { stageId: [message] });
      }
      if (target.id === before.stageId) {
        const message = "The touchpoint is already in that stage.";
        throw new ActionError("invalid", message, { stageId: [message] });
      }
      await ensureTouchpointNameFree(tx, { stageId: target.id, name: before.name, stageName: target.name });
      const targetRows = await getTouchpointSiblings(tx, target.id);
      if (toIndex !== undefined && toIndex > targetRows.length) throw outOfRange(targetRows.length + 1);

      // Send it to the end of its old stage, then append it to the new one: every step keeps positions unique.
      const oldRows = await getTouchpointSiblings(tx, before.stageId);
      const oldOrder = moveId(
        oldRows.map((t) => t.id),
        id,
        oldRows.length,
      );
      await writeOrder(tx, { table: "Touchpoint", workspaceId, rows: oldRows, order: oldOrder });
      const appendAt = (targetRows.at(-1)?.position ?? -1) + 1;
      await tx.touchpoint.update({
        where: { id, workspaceId },
        data: { stageId: target.id, position: appendAt, version: { increment: 1 } },
      });
      const newRows = [...targetRows, { id, position: appendAt }];
      const newOrder = moveId(
        newRows.map((t) => t.id),
        id,
        toIndex ?? targetRows.length,
      );
      await writeOrder(tx, { table: "Touchpoint", workspaceId, rows: newRows, order: newOrder });
      const after = await tx.touchpoint.findFirstOrThrow({
        where: { id, workspaceId },
        select: touchpointSelect,
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "touchpoint.moved",
        entityType: "touchpoint",
        entityId: id,
        journeyId: before.journeyId,
        before: { stageId: before.stageId, position: before.position, version: before.version },
        after: { stageId: after.stageId, position: after.position, version: after.version },
      });
      return after;
    });
    revalidateWorkspacePages();
    return result;
  });
}
