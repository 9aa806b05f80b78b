import "server-only";
// Create, update, delete and reorder, written once for departments, journeys, stages and touchpoints. Each
// entity (entities.ts) says where it is ordered and named, how it is read and written, and what differs.
import type { z } from "zod";
import { defineAction } from "../actions/define";
import { isForeignKeyViolation, isUniqueViolation } from "../actions/result";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { getNextPosition, getSiblings, isNameTaken, moveId, writeOrder } from "../map/positions";
import {
  duplicateName,
  missing,
  positionOutOfRange,
  type StructureEntity,
  type StructureRow,
} from "./entity";
import { type TById, type TReorder, ZById, ZReorder } from "./schemas";

type NamedInput = { name?: string };

/** A name a concurrent request took after our check still reads as the same plain conflict. */
async function onDuplicateName<T>(run: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

export function defineStructureActions<
  Row extends StructureRow,
  CreateSchema extends z.ZodType<NamedInput & { name: string }>,
  UpdateSchema extends z.ZodType<NamedInput & { id: string }>,
>(
  entity: StructureEntity<Row, z.output<CreateSchema>, Omit<z.output<UpdateSchema>, "id">>,
  schemas: { create: CreateSchema; update: UpdateSchema },
) {
  const { kind, table, parentLabel } = entity;
  const taken = (name: string | undefined) => () =>
    duplicateName({ kind, name: name ?? "", parent: parentLabel });
  const ensureNameFree = async (
    tx: Tx,
    opts: { row?: Row; scope: Parameters<typeof isNameTaken>[1]["scope"]; name?: string },
  ) => {
    if (!opts.name) return;
    if (await isNameTaken(tx, { table, scope: opts.scope, name: opts.name, exceptId: opts.row?.id }))
      throw taken(opts.name)();
  };

  const create = defineAction({
    schema: schemas.create,
    resource: (input) => entity.parentOf(input),
    permission: "map.edit",
    changesOwnership: entity.createChangesOwnership,
    run: ({ tx, audit, actor: { workspaceId }, input }) =>
      onDuplicateName(async () => {
        const parent = await entity.lockCreateScope(tx, { workspaceId, input });
        await ensureNameFree(tx, { scope: parent.scope, name: input.name });
        await entity.beforeCreate?.(tx, { workspaceId, input });
        const position = await getNextPosition(tx, { table, scope: parent.scope });
        const row = await entity.insert(tx, { parent, input, position });
        await audit({
          action: `${kind}.created`,
          entityType: kind,
          entityId: row.id,
          ...entity.refs(row),
          after: row,
        });
        return row;
      }, taken(input.name)),
  });

  const update = defineAction({
    schema: schemas.update,
    resource: (input) => ({ kind, id: input.id }),
    permission: "map.edit",
    run: ({ tx, audit, actor: { workspaceId }, input: { id, ...changes } }) =>
      onDuplicateName(async () => {
        const before = await entity.find(tx, { workspaceId, id });
        if (!before) throw missing(kind);
        await ensureNameFree(tx, {
          row: before,
          scope: entity.scopeOf(before, workspaceId),
          name: changes.name,
        });
        const after = await entity.update(tx, { workspaceId, id, changes, before });
        await audit({
          action: `${kind}.updated`,
          entityType: kind,
          entityId: id,
          ...entity.refs(before),
          before,
          after,
        });
        return after;
      }, taken(changes.name)),
  });

  const remove = defineAction({
    schema: ZById,
    resource: (input: TById) => ({ kind, id: input.id }),
    permission: "map.edit",
    changesOwnership: true,
    run: async ({ tx, audit, actor: { workspaceId }, input: { id } }) => {
      const before = await entity.findLocked(tx, { workspaceId, id });
      const scope = entity.scopeOf(before, workspaceId);
      const impact = await entity.countImpact(tx, { workspaceId, id });
      await entity.beforeDelete?.(tx, { workspaceId, id, before, impact });
      // Roles, claims and comments go with the row (ON DELETE CASCADE); later siblings move up.
      const deleted = await deleteRow(tx, { table, workspaceId, id }).catch((error: unknown) => {
        // A row added meanwhile that restricts the delete (a department's new member) says what the check says.
        throw isForeignKeyViolation(error) && entity.deleteRestricted ? entity.deleteRestricted() : error;
      });
      if (deleted === 0) throw missing(kind);
      const rest = await getSiblings(tx, { table, scope });
      await writeOrder(tx, { table, workspaceId, rows: rest, order: rest.map((row) => row.id) });
      await audit({
        action: `${kind}.deleted`,
        entityType: kind,
        entityId: id,
        ...entity.refs(before),
        before: { ...before, ...impact },
      });
      return { id };
    },
  });

  const reorder = defineAction({
    schema: ZReorder,
    resource: (input: TReorder) => ({ kind, id: input.id }),
    permission: "map.edit",
    run: async ({ tx, audit, actor: { workspaceId }, input: { id, toIndex } }) => {
      const before = await entity.findLocked(tx, { workspaceId, id });
      const siblings = await getSiblings(tx, { table, scope: entity.scopeOf(before, workspaceId) });
      if (toIndex >= siblings.length)
        throw positionOutOfRange({ parent: parentLabel, count: siblings.length, plural: entity.plural });
      const order = moveId(
        siblings.map((row) => row.id),
        id,
        toIndex,
      );
      if (order.every((rowId, index) => siblings[index]?.id === rowId && siblings[index]?.position === index))
        return before;
      await writeOrder(tx, { table, workspaceId, rows: siblings, order });
      const after =
        (await entity.afterReorder?.(tx, { workspaceId, id })) ??
        (await entity.findLocked(tx, { workspaceId, id }));
      await audit({
        action: `${kind}.reordered`,
        entityType: kind,
        entityId: id,
        ...entity.refs(before),
        // The name too, so Activity can say which one moved.
        before: pickOrder(before),
        after: pickOrder(after),
      });
      return after;
    },
  });

  return { create, update, remove, reorder };
}

function pickOrder(row: StructureRow) {
  const { name, position, version } = row;
  return version === undefined ? { name, position } : { name, position, version };
}

async function deleteRow(tx: Tx, opts: { table: string; workspaceId: string; id: string }): Promise<number> {
  // The table comes from the entity's closed OrderedTable, never from input.
  return tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${opts.table}"`)}
    WHERE "id" = ${opts.id}::uuid AND "workspaceId" = ${opts.workspaceId}::uuid`;
}
