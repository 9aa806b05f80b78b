import "server-only";
import type { z } from "zod";
// The four structure entities as the shared actions (entity-crud.ts) see them. Departments and journeys are
// ordered within their workspace (the workspace row is the lock), stages within their journey, touchpoints
// within their stage (the journey row is the lock: a touchpoint never leaves its journey).
import { ActionError } from "../actions/result";
import type { Tx } from "../db/transaction";
import type { TChannel } from "../map/channels";
import { lockParent, type OrderScope } from "../map/positions";
import { FIXED_COLUMNS, SHEET_LIMITS } from "../sheets/format";
import { missing, type StructureEntity } from "./entity";
import { formatCount } from "./impact";
import {
  countDepartmentImpact,
  countJourneyImpact,
  countStageImpact,
  countTouchpointImpact,
} from "./impact-counts";
import type {
  ZCreateDepartment,
  ZCreateJourney,
  ZCreateStage,
  ZCreateTouchpoint,
  ZUpdateDepartment,
  ZUpdateJourney,
  ZUpdateStage,
  ZUpdateTouchpoint,
} from "./schemas";

export type DepartmentData = {
  id: string;
  name: string;
  color: string;
  description: string | null;
  position: number;
};
export type JourneyData = { id: string; name: string; description: string | null; position: number };
export type StageData = {
  id: string;
  journeyId: string;
  name: string;
  description: string | null;
  position: number;
};
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

type Entity<
  Row extends { id: string; name: string; position: number },
  C extends z.ZodType,
  U extends z.ZodType,
> = StructureEntity<Row, z.output<C>, Omit<z.output<U>, "id">>;
type At = { workspaceId: string; id: string };

const workspaceScope = (workspaceId: string): OrderScope => ({
  workspaceId,
  column: "workspaceId",
  id: workspaceId,
});

type WorkspaceOrdered = "parentLabel" | "parentOf" | "lockCreateScope" | "findLocked" | "find" | "scopeOf";

/**
 * Departments and journeys are ordered and named within their workspace, whose row is the lock every create,
 * delete and reorder takes.
 */
function orderedInWorkspace<Row extends { id: string; name: string; position: number }>(
  kind: "department" | "journey",
  find: (tx: Tx, at: At) => Promise<Row | null>,
): Pick<StructureEntity<Row, { workspaceId: string }, unknown>, WorkspaceOrdered> {
  const lockWorkspace = (tx: Tx, workspaceId: string) =>
    lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
  return {
    parentLabel: "This workspace",
    parentOf: (input) => ({ kind: "workspace", id: input.workspaceId }),
    async lockCreateScope(tx, { workspaceId }) {
      await lockWorkspace(tx, workspaceId);
      return { scope: workspaceScope(workspaceId) };
    },
    async findLocked(tx, at) {
      await lockWorkspace(tx, at.workspaceId);
      const row = await find(tx, at);
      if (!row) throw missing(kind);
      return row;
    },
    find,
    scopeOf: (_row, workspaceId) => workspaceScope(workspaceId),
  };
}

const departmentSelect = { id: true, name: true, color: true, description: true, position: true } as const;

export const DEPARTMENT: Entity<DepartmentData, typeof ZCreateDepartment, typeof ZUpdateDepartment> = {
  kind: "department",
  table: "Department",
  plural: "departments",
  createChangesOwnership: false,
  ...orderedInWorkspace("department", (tx, { workspaceId, id }) =>
    tx.department.findFirst({ where: { id, workspaceId }, select: departmentSelect }),
  ),
  insert: (tx, { parent, input, position }) =>
    tx.department.create({
      data: {
        workspaceId: parent.scope.workspaceId,
        name: input.name,
        color: input.color,
        description: input.description ?? null,
        position,
      },
      select: departmentSelect,
    }),
  update: (tx, { workspaceId, id, changes }) =>
    tx.department.update({ where: { id, workspaceId }, data: changes, select: departmentSelect }),
  refs: (row) => ({ departmentId: row.id }),
  countImpact: countDepartmentImpact,
  // A workspace's RACI sheet must always import back into it: as many departments as a sheet holds, and no
  // department named like one of the sheet's fixed columns.
  async beforeCreate(tx, { workspaceId, input }) {
    if (FIXED_COLUMNS.some((column) => column === input.name.toLowerCase())) {
      const message = `“${input.name}” is a column of the RACI sheet (${FIXED_COLUMNS.join(", ")}): choose another name.`;
      throw new ActionError("invalid", message, { name: [message] });
    }
    if ((await tx.department.count({ where: { workspaceId } })) >= SHEET_LIMITS.departments)
      throw new ActionError("conflict", `A workspace holds at most ${SHEET_LIMITS.departments} departments.`);
  },
  // Assignments and claims go with the department (cascade); members block the delete (FK Restrict).
  async beforeDelete(tx, { workspaceId, id, before, impact }) {
    const members = impact.members ?? 0;
    if (members > 0)
      throw new ActionError(
        "conflict",
        `“${before.name}” cannot be deleted while ${formatCount(members, "member")} belong${members === 1 ? "s" : ""} to it. Move them to another department first.`,
      );
    // Losing a role is a change to the touchpoint: the matrix editor's concurrency token moves on.
    await tx.touchpoint.updateMany({
      where: { workspaceId, assignments: { some: { departmentId: id } } },
      data: { version: { increment: 1 } },
    });
  },
  deleteRestricted: () =>
    new ActionError("conflict", "This department cannot be deleted while members belong to it."),
};

const journeySelect = { id: true, name: true, description: true, position: true } as const;

export const JOURNEY: Entity<JourneyData, typeof ZCreateJourney, typeof ZUpdateJourney> = {
  kind: "journey",
  table: "Journey",
  plural: "journeys",
  createChangesOwnership: false,
  ...orderedInWorkspace("journey", (tx, { workspaceId, id }) =>
    tx.journey.findFirst({ where: { id, workspaceId }, select: journeySelect }),
  ),
  insert: (tx, { parent, input, position }) =>
    tx.journey.create({
      data: {
        workspaceId: parent.scope.workspaceId,
        name: input.name,
        description: input.description ?? null,
        position,
      },
      select: journeySelect,
    }),
  update: (tx, { workspaceId, id, changes }) =>
    tx.journey.update({ where: { id, workspaceId }, data: changes, select: journeySelect }),
  refs: (row) => ({ journeyId: row.id }),
  countImpact: countJourneyImpact,
};

/** Locks the row's journey (stages and touchpoints never change journey), then reads the row again. */
async function findInLockedJourney<Row>(
  tx: Tx,
  at: At & { kind: "stage" | "touchpoint"; read: () => Promise<(Row & { journeyId: string }) | null> },
): Promise<Row & { journeyId: string }> {
  const found = await at.read();
  if (!found) throw missing(at.kind);
  await lockParent(tx, { table: "Journey", id: found.journeyId, workspaceId: at.workspaceId });
  const row = await at.read();
  if (!row) throw missing(at.kind);
  return row;
}

const stageSelect = { id: true, journeyId: true, name: true, description: true, position: true } as const;

export const STAGE: Entity<StageData, typeof ZCreateStage, typeof ZUpdateStage> = {
  kind: "stage",
  table: "Stage",
  parentLabel: "This journey",
  plural: "stages",
  createChangesOwnership: false,
  parentOf: (input) => ({ kind: "journey", id: input.journeyId }),
  async lockCreateScope(tx, { workspaceId, input: { journeyId } }) {
    if (!(await lockParent(tx, { table: "Journey", id: journeyId, workspaceId }))) throw missing("journey");
    return { scope: { workspaceId, column: "journeyId", id: journeyId }, journeyId };
  },
  findLocked: (tx, at) => findInLockedJourney(tx, { ...at, kind: "stage", read: () => STAGE.find(tx, at) }),
  find: (tx, { workspaceId, id }) => tx.stage.findFirst({ where: { id, workspaceId }, select: stageSelect }),
  scopeOf: (row, workspaceId) => ({ workspaceId, column: "journeyId", id: row.journeyId }),
  insert: (tx, { parent, input, position }) =>
    tx.stage.create({
      data: {
        workspaceId: parent.scope.workspaceId,
        journeyId: input.journeyId,
        name: input.name,
        description: input.description ?? null,
        position,
      },
      select: stageSelect,
    }),
  update: (tx, { workspaceId, id, changes }) =>
    tx.stage.update({ where: { id, workspaceId }, data: changes, select: stageSelect }),
  refs: (row) => ({ journeyId: row.journeyId }),
  countImpact: countStageImpact,
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

const STALE_TOUCHPOINT =
  "Someone else changed this touchpoint since you opened it. Reload to see their change.";

export const TOUCHPOINT: Entity<TouchpointData, typeof ZCreateTouchpoint, typeof ZUpdateTouchpoint> = {
  kind: "touchpoint",
  table: "Touchpoint",
  parentLabel: "This stage",
  plural: "touchpoints",
  createChangesOwnership: true,
  parentOf: (input) => ({ kind: "stage", id: input.stageId }),
  async lockCreateScope(tx, { workspaceId, input: { stageId } }) {
    const stage = await tx.stage.findFirst({
      where: { id: stageId, workspaceId },
      select: { journeyId: true },
    });
    if (!stage || !(await lockParent(tx, { table: "Journey", id: stage.journeyId, workspaceId })))
      throw missing("stage");
    return { scope: { workspaceId, column: "stageId", id: stageId }, journeyId: stage.journeyId, stageId };
  },
  findLocked: (tx, at) =>
    findInLockedJourney(tx, { ...at, kind: "touchpoint", read: () => TOUCHPOINT.find(tx, at) }),
  find: (tx, { workspaceId, id }) =>
    tx.touchpoint.findFirst({ where: { id, workspaceId }, select: touchpointSelect }),
  scopeOf: (row, workspaceId) => ({ workspaceId, column: "stageId", id: row.stageId }),
  insert: (tx, { parent, input, position }) =>
    tx.touchpoint.create({
      data: {
        workspaceId: parent.scope.workspaceId,
        journeyId: parent.journeyId ?? "",
        stageId: input.stageId,
        name: input.name,
        channel: input.channel,
        description: input.description ?? null,
        position,
      },
      select: touchpointSelect,
    }),
  /** Renames, re-describes or changes the channel and bumps `version`; with `version`, refuses a stale edit. */
  async update(tx, { workspaceId, id, changes: { version, ...changes } }) {
    // The version filter makes the check and the write one statement, so two editors cannot both pass.
    const { count } = await tx.touchpoint.updateMany({
      where: { id, workspaceId, ...(version === undefined ? {} : { version }) },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) throw new ActionError("conflict", STALE_TOUCHPOINT);
    return tx.touchpoint.findFirstOrThrow({ where: { id, workspaceId }, select: touchpointSelect });
  },
  refs: (row) => ({ journeyId: row.journeyId }),
  countImpact: countTouchpointImpact,
  // One sheet row per touchpoint: a workspace holds as many as its export can carry back in.
  async beforeCreate(tx, { workspaceId }) {
    if ((await tx.touchpoint.count({ where: { workspaceId } })) >= SHEET_LIMITS.rows)
      throw new ActionError(
        "conflict",
        `A workspace holds at most ${SHEET_LIMITS.rows} touchpoints, as many as its RACI sheet can carry.`,
      );
  },
  // A touchpoint's place is part of what an editor holding its version saw.
  afterReorder: (tx, { workspaceId, id }) =>
    tx.touchpoint.update({
      where: { id, workspaceId },
      data: { version: { increment: 1 } },
      select: touchpointSelect,
    }),
};
