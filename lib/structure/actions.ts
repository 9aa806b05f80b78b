"use server";
// Every structure action. Departments, journeys, stages and touchpoints share one implementation of create,
// update, delete and reorder (entity-crud.ts) with their differences in entities.ts; moving a touchpoint
// to another stage is its own.
import { defineAction } from "../actions/define";
import { DEPARTMENT, JOURNEY, STAGE, TOUCHPOINT } from "./entities";
import { defineStructureActions } from "./entity-crud";
import {
  ZCreateDepartment,
  ZCreateJourney,
  ZCreateStage,
  ZCreateTouchpoint,
  ZMoveTouchpoint,
  ZUpdateDepartment,
  ZUpdateJourney,
  ZUpdateStage,
  ZUpdateTouchpoint,
} from "./schemas";
import { moveTouchpointTo } from "./touchpoint-move";

const departments = defineStructureActions(DEPARTMENT, {
  create: ZCreateDepartment,
  update: ZUpdateDepartment,
});
const journeys = defineStructureActions(JOURNEY, { create: ZCreateJourney, update: ZUpdateJourney });
const stages = defineStructureActions(STAGE, { create: ZCreateStage, update: ZUpdateStage });
const touchpoints = defineStructureActions(TOUCHPOINT, {
  create: ZCreateTouchpoint,
  update: ZUpdateTouchpoint,
});

export const createDepartment = departments.create;
export const updateDepartment = departments.update;
/** Assignments and claims go with it; a department with members cannot be deleted. */
export const deleteDepartment = departments.remove;
/** The matrix's columns and every department list follow the new order. */
export const reorderDepartment = departments.reorder;

export const createJourney = journeys.create;
export const updateJourney = journeys.update;
/** Its stages, touchpoints and their roles, claims and comments go with it. */
export const deleteJourney = journeys.remove;
/** The journeys page and the dashboard follow the new order. */
export const reorderJourney = journeys.reorder;

export const createStage = stages.create;
export const updateStage = stages.update;
/** Its touchpoints and their roles, claims and comments go with it; later stages move up. */
export const deleteStage = stages.remove;
export const reorderStage = stages.reorder;

export const createTouchpoint = touchpoints.create;
/** With `version`, refuses an edit of a touchpoint someone changed since it was read. */
export const updateTouchpoint = touchpoints.update;
export const deleteTouchpoint = touchpoints.remove;
export const reorderTouchpoint = touchpoints.reorder;

export const moveTouchpoint = defineAction({
  schema: ZMoveTouchpoint,
  resource: (input) => ({ kind: "touchpoint", id: input.id }),
  permission: "map.edit",
  async run({ tx, audit, actor: { workspaceId }, input: { id, stageId, toIndex } }) {
    const { before, after } = await moveTouchpointTo(tx, { workspaceId, id, stageId, toIndex });
    await audit({
      action: "touchpoint.moved",
      entityType: "touchpoint",
      entityId: id,
      journeyId: before.journeyId,
      before: { stageId: before.stageId, position: before.position, version: before.version },
      after: { stageId: after.stageId, position: after.position, version: after.version },
    });
    return after;
  },
});
