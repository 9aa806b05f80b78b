// Reads and checks shared by the touchpoint actions (kept out of the "use server" files, which may only
// export actions).
import "server-only";
import type { Tx } from "../db/transaction";
import { duplicateName, missing } from "./action-helpers";
import type { TChannel } from "./channels";
import { lockParent } from "./positions";

export type TouchpointData = {
  id: string;
  journeyId: string;
  stageId: string;
  name: string;
  channel: TChannel;
  description: string | null;
  position: number;
  version: number;
};

export const touchpointSelect = {
  id: true,
  journeyId: true,
  stageId: true,
  name: true,
  channel: true,
  description: true,
  position: true,
  version: true,
} as const;

export async function ensureTouchpointNameFree(
  tx: Tx,
  opts: { stageId: string; name: string; exceptId?: string; stageName?: string },
): Promise<void> {
  const clash = await tx.touchpoint.findFirst({
    where: { stageId: opts.stageId, name: opts.name, NOT: opts.exceptId ? { id: opts.exceptId } : {} },
    select: { id: true },
  });
  const parent = opts.stageName ? `The stage “${opts.stageName}”` : "This stage";
  if (clash) throw duplicateName({ kind: "touchpoint", name: opts.name, parent });
}

export function getTouchpointSiblings(tx: Tx, stageId: string) {
  return tx.touchpoint.findMany({
    where: { stageId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  });
}

/**
 * Locks the touchpoint's journey (a touchpoint never leaves its journey), then reads the touchpoint, so its
 * stage and position cannot change under the caller until the transaction ends.
 */
export async function findTouchpointLocked(
  tx: Tx,
  opts: { id: string; workspaceId: string },
): Promise<TouchpointData> {
  const where = { id: opts.id, workspaceId: opts.workspaceId };
  const found = await tx.touchpoint.findFirst({ where, select: { journeyId: true } });
  if (!found) throw missing("touchpoint");
  await lockParent(tx, { table: "Journey", id: found.journeyId, workspaceId: opts.workspaceId });
  const touchpoint = await tx.touchpoint.findFirst({ where, select: touchpointSelect });
  if (!touchpoint) throw missing("touchpoint");
  return touchpoint;
}
