"use server";

import "server-only";
import { ActionError, type ActionResult, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { EDITORS, requireWorkspaceRole } from "../auth/guard";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { withTransaction } from "../db/transaction";
import {
  duplicateName,
  getOwningWorkspaceId,
  missing,
  onUniqueViolation,
  revalidateWorkspacePages,
} from "./action-helpers";
import { countTouchpointImpact } from "./impact-counts";
import { lockParent, writeOrder } from "./positions";
import {
  type TById,
  type TCreateTouchpoint,
  type TUpdateTouchpoint,
  ZById,
  ZCreateTouchpoint,
  ZUpdateTouchpoint,
} from "./schemas";
import {
  ensureTouchpointNameFree,
  findTouchpointLocked,
  getTouchpointSiblings,
  type TouchpointData,
  touchpointSelect,
} from "./touchpoint-shared";

export async function createTouchpoint(input: TCreateTouchpoint): Promise<ActionResult<TouchpointData>> {
  return runAction(ZCreateTouchpoint, input, async (data) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("stage", data.stageId), EDITORS);
    const { workspaceId } = actor;
    const { stageId } = data;
    const taken = () => duplicateName({ kind: "touchpoint", name: data.name, parent: "This stage" });
    const created = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          const stage = await tx.stage.findFirst({
            where: { id: stageId, workspaceId },
            select: { journeyId: true },
          });
          if (!stage || !(await lockParent(tx, { table: "Journey", id: stage.journeyId, workspaceId }))) {
            throw missing("stage");
          }
          await ensureTouchpointNameFree(tx, { stageId, name: data.name });
          const last = await tx.touchpoint.aggregate({ where: { stageId }, _max: { position: true } });
          const touchpoint = await tx.touchpoint.create({
            data: {
              workspaceId,
              journeyId: stage.journeyId,
              stageId,
              name: data.name,
              channel: data.channel,
              description: data.description ?? null,
              position: (last._max.position ?? -1) + 1,
            },
            select: touchpointSelect,
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "touchpoint.created",
            entityType: "touchpoint",
            entityId: touchpoint.id,
            journeyId: stage.journeyId,
            after: touchpoint,
          });
          await recordCoverageSnapshot(tx, workspaceId);
          return touchpoint;
        }),
      taken,
    );
    revalidateWorkspacePages();
    return created;
  });
}

/** Renames, re-describes or changes the channel; bumps `version`. With `version`, refuses a stale edit. */
export async function updateTouchpoint(input: TUpdateTouchpoint): Promise<ActionResult<TouchpointData>> {
  return runAction(ZUpdateTouchpoint, input, async ({ id, version, ...changes }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("touchpoint", id), EDITORS);
    const { workspaceId } = actor;
    const taken = () => duplicateName({ kind: "touchpoint", name: changes.name ?? "", parent: "This stage" });
    const updated = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          const before = await tx.touchpoint.findFirst({
            where: { id, workspaceId },
            select: touchpointSelect,
          });
          if (!before) throw missing("touchpoint");
          if (changes.name) {
            await ensureTouchpointNameFree(tx, { stageId: before.stageId, name: changes.name, exceptId: id });
          }
          // The version filter makes the check and the write one statement, so two editors cannot both pass.
          const { count } = await tx.touchpoint.updateMany({
            where: { id, workspaceId, ...(version === undefined ? {} : { version }) },
            data: { ...changes, version: { increment: 1 } },
          });
          if (count === 0) {
            throw new ActionError(
              "conflict",
              "Someone else changed this touchpoint since you opened it. Reload to see their change.",
            );
          }
          const after = await tx.touchpoint.findFirstOrThrow({
            where: { id, workspaceId },
            select: touchpointSelect,
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "touchpoint.updated",
            entityType: "touchpoint",
            entityId: id,
            journeyId: before.journeyId,
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

/** Its roles, claims and comments go with it (cascade); later touchpoints of the stage move up. */
export async function deleteTouchpoint(input: TById): Promise<ActionResult<{ id: string }>> {
  return runAction(ZById, input, async ({ id }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("touchpoint", id), EDITORS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      const before = await findTouchpointLocked(tx, { id, workspaceId });
      const impact = await countTouchpointImpact(tx, { workspaceId, id });
      const { count } = await tx.touchpoint.deleteMany({ where: { id, workspaceId } });
      if (count === 0) throw missing("touchpoint");
      const rest = await getTouchpointSiblings(tx, before.stageId);
      await writeOrder(tx, { table: "Touchpoint", workspaceId, rows: rest, order: rest.map((t) => t.id) });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "touchpoint.deleted",
        entityType: "touchpoint",
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
