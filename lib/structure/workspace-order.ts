// Moving a department or a journey within its workspace, the one step reorderDepartment and reorderJourney
// share. Both are ordered per workspace, so the workspace row is the parent lock, as for create and delete.
import "server-only";
import { ActionError } from "../actions/result";
import type { Tx } from "../db/transaction";
import { moveId, type PositionedRow, writeOrder } from "./positions";

type WorkspaceOrderedTable = "Department" | "Journey";

const PLURAL: Record<WorkspaceOrderedTable, string> = { Department: "departments", Journey: "journeys" };

function getWorkspaceSiblings(
  tx: Tx,
  opts: { table: WorkspaceOrderedTable; workspaceId: string },
): Promise<PositionedRow[]> {
  const args = {
    where: { workspaceId: opts.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  } as const;
  return opts.table === "Department" ? tx.department.findMany(args) : tx.journey.findMany(args);
}

/**
 * Puts row `id` at `toIndex` (0-based) among its workspace's rows of `table`, the others shifting to keep
 * 0..n-1. Call with the workspace row locked (lockParent) and the row known to be in it.
 */
export async function moveWithinWorkspace(
  tx: Tx,
  opts: { table: WorkspaceOrderedTable; workspaceId: string; id: string; toIndex: number },
): Promise<void> {
  const { table, workspaceId } = opts;
  const rows = await getWorkspaceSiblings(tx, { table, workspaceId });
  if (opts.toIndex >= rows.length) {
    const message = `This workspace has ${rows.length} ${PLURAL[table]}: choose a position from 1 to ${rows.length}.`;
    throw new ActionError("invalid", message, { toIndex: [message] });
  }
  const order = moveId(
    rows.map((row) => row.id),
    opts.id,
    opts.toIndex,
  );
  await writeOrder(tx, { table, workspaceId, rows, order });
}
