import "server-only";
// Moving a touchpoint to another stage of its journey: the one structure change the shared actions do not
// cover, since it changes the touchpoint's parent as well as its place.
import { ActionError } from "../actions/result";
import type { Tx } from "../db/transaction";
import { getSiblings, isNameTaken, moveId, type OrderScope, writeOrder } from "../map/positions";
import { TOUCHPOINT, type TouchpointData, touchpointSelect } from "./entities";
import { duplicateName, missing } from "./entity";

function refuse(field: "stageId" | "toIndex", message: string): ActionError {
  return new ActionError("invalid", message, { [field]: [message] });
}

/**
 * Appends the touchpoint to `stageId` or inserts it at `toIndex`; the old stage closes its gap. Another
 * journey's stage is refused: a touchpoint's roles belong to its journey's map.
 */
export async function moveTouchpointTo(
  tx: Tx,
  opts: { workspaceId: string; id: string; stageId: string; toIndex: number | undefined },
): Promise<{ before: TouchpointData; after: TouchpointData }> {
  const { workspaceId, id, toIndex } = opts;
  const before = await TOUCHPOINT.findLocked(tx, { workspaceId, id });
  const target = await tx.stage.findFirst({
    where: { id: opts.stageId, workspaceId },
    select: { id: true, journeyId: true, name: true },
  });
  if (!target) throw missing("stage");
  if (target.journeyId !== before.journeyId)
    throw refuse("stageId", "A touchpoint can only move to a stage of its own journey.");
  if (target.id === before.stageId) throw refuse("stageId", "The touchpoint is already in that stage.");
  const targetScope: OrderScope = { workspaceId, column: "stageId", id: target.id };
  if (await isNameTaken(tx, { table: "Touchpoint", scope: targetScope, name: before.name }))
    throw duplicateName({ kind: "touchpoint", name: before.name, parent: `The stage “${target.name}”` });
  const targetRows = await getSiblings(tx, { table: "Touchpoint", scope: targetScope });
  if (toIndex !== undefined && toIndex > targetRows.length)
    throw refuse(
      "toIndex",
      targetRows.length === 0
        ? "That stage has no touchpoints: the touchpoint can only go first."
        : `Choose a position from 1 to ${targetRows.length + 1}.`,
    );

  // Send it to the end of its old stage, then append it to the new one: every step keeps positions unique.
  const oldRows = await getSiblings(tx, {
    table: "Touchpoint",
    scope: TOUCHPOINT.scopeOf(before, workspaceId),
  });
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
  return { before, after };
}
