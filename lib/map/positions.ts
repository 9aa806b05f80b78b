// Ordering inside a parent (stages in a journey, touchpoints in a stage, departments and journeys in a
// workspace). Positions are unique per parent and kept contiguous from 0.
import "server-only";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";

export type OrderedTable = "Department" | "Journey" | "Stage" | "Touchpoint";
export type PositionedRow = { id: string; position: number };

/** The ids in their new order once `id` sits at `toIndex` (pure). */
export function moveId(ids: readonly string[], id: string, toIndex: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(toIndex, 0), rest.length);
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}

/**
 * Gives `order[i]` position i, in two statements whatever the count. The rows that change first go to
 * distinct negative positions: PostgreSQL checks a non-deferrable unique constraint row by row, so a
 * direct renumbering could collide half-way. Current positions must be non-negative (they are once committed).
 */
export async function writeOrder(
  tx: Tx,
  opts: {
    table: OrderedTable;
    workspaceId: string;
    rows: readonly PositionedRow[];
    order: readonly string[];
  },
): Promise<void> {
  const current = new Map(opts.rows.map((row) => [row.id, row.position]));
  const changed = opts.order.flatMap((id, index) => (current.get(id) === index ? [] : [{ id, index }]));
  if (changed.length === 0) return;
  // The table name comes from the closed OrderedTable union, never from input.
  const table = Prisma.raw(`"${opts.table}"`);
  const ids = Prisma.join(changed.map((row) => Prisma.sql`${row.id}::uuid`));
  const scope = Prisma.sql`"workspaceId" = ${opts.workspaceId}::uuid AND "id" IN (${ids})`;
  await tx.$executeRaw`UPDATE ${table} SET "position" = -1 - "position" WHERE ${scope}`;
  const cases = Prisma.join(
    changed.map((row) => Prisma.sql`WHEN ${row.id}::uuid THEN ${row.index}::int`),
    " ",
  );
  await tx.$executeRaw`UPDATE ${table} SET "position" = CASE "id" ${cases} END WHERE ${scope}`;
}

/**
 * Locks a parent row for the rest of the transaction so concurrent edits of its children's order (and
 * "append at max + 1") queue instead of colliding. NO KEY UPDATE leaves foreign-key checks unblocked.
 * Returns false when the row is not in the workspace.
 */
export async function lockParent(
  tx: Tx,
  opts: { table: "Workspace" | "Journey"; id: string; workspaceId: string },
): Promise<boolean> {
  const table = Prisma.raw(`"${opts.table}"`);
  const workspaceColumn = Prisma.raw(opts.table === "Workspace" ? `"id"` : `"workspaceId"`);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM ${table}
    WHERE "id" = ${opts.id}::uuid AND ${workspaceColumn} = ${opts.workspaceId}::uuid
    FOR NO KEY UPDATE`;
  return rows.length > 0;
}

/** The parent a row is ordered (and named uniquely) within: its workspace, journey or stage. */
export type OrderScope = { workspaceId: string; column: "workspaceId" | "journeyId" | "stageId"; id: string };

function scopeSql(scope: OrderScope): Prisma.Sql {
  // The column comes from the closed OrderScope union, never from input.
  return Prisma.sql`"workspaceId" = ${scope.workspaceId}::uuid AND ${Prisma.raw(`"${scope.column}"`)} = ${scope.id}::uuid`;
}

/** The rows of `table` within `scope`, in order. */
export function getSiblings(
  tx: Tx,
  opts: { table: OrderedTable; scope: OrderScope },
): Promise<PositionedRow[]> {
  return tx.$queryRaw<PositionedRow[]>`
    SELECT "id"::text AS "id", "position" FROM ${Prisma.raw(`"${opts.table}"`)}
    WHERE ${scopeSql(opts.scope)} ORDER BY "position"`;
}

/** The position a row appended to `scope` takes. Call with the parent locked (lockParent). */
export async function getNextPosition(
  tx: Tx,
  opts: { table: OrderedTable; scope: OrderScope },
): Promise<number> {
  const [row] = await tx.$queryRaw<{ next: number }[]>`
    SELECT (COALESCE(MAX("position"), -1) + 1)::int AS "next" FROM ${Prisma.raw(`"${opts.table}"`)}
    WHERE ${scopeSql(opts.scope)}`;
  return row?.next ?? 0;
}

/** Whether another row of `table` within `scope` already has this name (names are unique per parent). */
export async function isNameTaken(
  tx: Tx,
  opts: { table: OrderedTable; scope: OrderScope; name: string; exceptId?: string },
): Promise<boolean> {
  const except = opts.exceptId ? Prisma.sql`AND "id" <> ${opts.exceptId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM ${Prisma.raw(`"${opts.table}"`)}
    WHERE ${scopeSql(opts.scope)} AND "name" = ${opts.name} ${except} LIMIT 1`;
  return rows.length > 0;
}
