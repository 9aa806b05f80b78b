"use server";

import "server-only";
import { type ActionResult, runAction } from "../actions/result";
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
import { countJourneyImpact } from "./impact-counts";
import { lockParent, writeOrder } from "./positions";
import {
  type TById,
  type TCreateJourney,
  type TReorder,
  type TUpdateJourney,
  ZById,
  ZCreateJourney,
  ZReorder,
  ZUpdateJourney,
} from "./schemas";
import { moveWithinWorkspace } from "./workspace-order";

export type JourneyData = { id: string; name: string; description: string | null; position: number };

const select = { id: true, name: true, description: true, position: true } as const;
const PARENT = "This workspace";

async function ensureNameFree(tx: Tx, opts: { workspaceId: string; name: string; exceptId?: string }) {
  const clash = await tx.journey.findFirst({
    where: {
      workspaceId: opts.workspaceId,
      name: opts.name,
      NOT: opts.exceptId ? { id: opts.exceptId } : {},
    },
    select: { id: true },
  });
  if (clash) throw duplicateName({ kind: "journey", name: opts.name, parent: PARENT });
}

export async function createJourney(input: TCreateJourney): Promise<ActionResult<JourneyData>> {
  return runAction(ZCreateJourney, input, async (data) => {
    const actor = await requireWorkspaceRole(data.workspaceId, EDITORS);
    const { workspaceId } = actor;
    const created = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
          await ensureNameFree(tx, { workspaceId, name: data.name });
          const last = await tx.journey.aggregate({ where: { workspaceId }, _max: { position: true } });
          const journey = await tx.journey.create({
            data: {
              workspaceId,
              name: data.name,
              description: data.description ?? null,
              position: (last._max.position ?? -1) + 1,
            },
            select,
          });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "journey.created",
            entityType: "journey",
            entityId: journey.id,
            journeyId: journey.id,
            after: journey,
          });
          return journey;
        }),
      () => duplicateName({ kind: "journey", name: data.name, parent: PARENT }),
    );
    revalidateWorkspacePages();
    return created;
  });
}

export async function updateJourney(input: TUpdateJourney): Promise<ActionResult<JourneyData>> {
  return runAction(ZUpdateJourney, input, async ({ id, ...changes }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("journey", id), EDITORS);
    const { workspaceId } = actor;
    const updated = await onUniqueViolation(
      () =>
        withTransaction(async (tx) => {
          const before = await tx.journey.findFirst({ where: { id, workspaceId }, select });
          if (!before) throw missing("journey");
          if (changes.name) await ensureNameFree(tx, { workspaceId, name: changes.name, exceptId: id });
          const after = await tx.journey.update({ where: { id, workspaceId }, data: changes, select });
          await recordAudit(tx, {
            workspaceId,
            actorId: actor.userId,
            action: "journey.updated",
            entityType: "journey",
            entityId: id,
            journeyId: id,
            before,
            after,
          });
          return after;
        }),
      () => duplicateName({ kind: "journey", name: changes.name ?? "", parent: PARENT }),
    );
    revalidateWorkspacePages();
    return updated;
  });
}

/** Its stages, touchpoints and their roles, claims and comments go with it (cascade). */
export async function deleteJourney(input: TById): Promise<ActionResult<{ id: string }>> {
  return runAction(ZById, input, async ({ id }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("journey", id), EDITORS);
    const { workspaceId } = actor;
    await withTransaction(async (tx) => {
      await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
      const before = await tx.journey.findFirst({ where: { id, workspaceId }, select });
      if (!before) throw missing("journey");
      const impact = await countJourneyImpact(tx, { workspaceId, id });
      await tx.journey.delete({ where: { id, workspaceId } });
      const rest = await tx.journey.findMany({
        where: { workspaceId },
        orderBy: { position: "asc" },
        select: { id: true, position: true },
      });
      await writeOrder(tx, { table: "Journey", workspaceId, rows: rest, order: rest.map((j) => j.id) });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "journey.deleted",
        entityType: "journey",
        entityId: id,
        journeyId: id,
        before: { ...before, ...impact },
      });
      await recordCoverageSnapshot(tx, workspaceId);
    });
    revalidateWorkspacePages();
    return { id };
  });
}

/** Moves a journey to `toIndex` (0-based): the journeys page and the dashboard follow. */
export async function reorderJourney(input: TReorder): Promise<ActionResult<JourneyData>> {
  return runAction(ZReorder, input, async ({ id, toIndex }) => {
    const actor = await requireWorkspaceRole(await getOwningWorkspaceId("journey", id), EDITORS);
    const { workspaceId } = actor;
    const result = await withTransaction(async (tx) => {
      await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
      const before = await tx.journey.findFirst({ where: { id, workspaceId }, select });
      if (!before) throw missing("journey");
      await moveWithinWorkspace(tx, { table: "Journey", workspaceId, id, toIndex });
      const after = await tx.journey.findFirstOrThrow({ where: { id, workspaceId }, select });
      if (after.position !== before.position) {
        await recordAudit(tx, {
          workspaceId,
          actorId: actor.userId,
          action: "journey.reordered",
          entityType: "journey",
          entityId: id,
          journeyId: id,
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
