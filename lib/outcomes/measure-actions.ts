"use server";
// A workspace's measures, defined by its CX leads (DESIGN.md, Customer outcomes). A change of kind or scale is
// refused while a target or reading of the measure would fall outside the new scale: values are never clamped.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import { scaleChangeProblem } from "./measure-text";
import {
  auditDefinition,
  ensureMeasureNameFree,
  isSameDefinition,
  isScaleChange,
  onDuplicateMeasureName,
} from "./measure-write";
import { getMeasureValueStats, lockMeasures } from "./measures";
import { toDefinition, ZCreateMeasure, ZDeleteMeasure, ZUpdateMeasure } from "./schemas";

export const createMeasure = defineAction({
  schema: ZCreateMeasure,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "outcomes.define",
  run: ({ tx, audit, actor: { workspaceId }, input }) =>
    onDuplicateMeasureName(input.name, async () => {
      const definition = toDefinition(input);
      await ensureMeasureNameFree(tx, { workspaceId, name: definition.name });
      const { id } = await tx.measure.create({ data: { workspaceId, ...definition }, select: { id: true } });
      await audit({
        action: "measure.created",
        entityType: "measure",
        entityId: id,
        after: auditDefinition(definition),
      });
      return { id, ...definition };
    }),
});

/** Saving the definition unchanged writes nothing and records nothing. */
export const updateMeasure = defineAction({
  schema: ZUpdateMeasure,
  resource: (input) => ({ kind: "measure", id: input.id }),
  permission: "outcomes.define",
  run: ({ tx, audit, actor: { workspaceId }, input: { id, ...fields } }) =>
    onDuplicateMeasureName(fields.name, async () => {
      const [before] = await lockMeasures(tx, { workspaceId, id });
      if (!before) throw notFound("Measure");
      const after = toDefinition(fields);
      if (isSameDefinition(before, after)) return { id, ...after };
      if (after.name !== before.name)
        await ensureMeasureNameFree(tx, { workspaceId, name: after.name, exceptId: id });
      if (isScaleChange(before, after)) {
        const stats = await getMeasureValueStats(tx, { workspaceId, measureIds: [id] });
        const problem = scaleChangeProblem({ name: before.name, next: after, stats: stats.get(id) });
        if (problem)
          throw new ActionError("conflict", problem, {
            [before.kind !== after.kind ? "kind" : "min"]: [problem],
          });
      }
      await tx.measure.update({ where: { id, workspaceId }, data: after, select: { id: true } });
      await audit({
        action: "measure.updated",
        entityType: "measure",
        entityId: id,
        before: auditDefinition(before),
        after: auditDefinition(after),
      });
      return { id, ...after };
    }),
});

/** Its targets and readings go with it (ON DELETE CASCADE); the audit event says how many. */
export const deleteMeasure = defineAction({
  schema: ZDeleteMeasure,
  resource: (input) => ({ kind: "measure", id: input.id }),
  permission: "outcomes.define",
  async run({ tx, audit, actor: { workspaceId }, input: { id } }) {
    // Locked first, so no target or reading arrives between the count and the delete.
    const [before] = await lockMeasures(tx, { workspaceId, id });
    if (!before) throw notFound("Measure");
    const stats = (await getMeasureValueStats(tx, { workspaceId, measureIds: [id] })).get(id);
    const counts = { targets: stats?.targets ?? 0, readings: stats?.readings ?? 0 };
    await tx.measure.deleteMany({ where: { id, workspaceId } });
    await audit({
      action: "measure.deleted",
      entityType: "measure",
      entityId: id,
      before: { ...auditDefinition(before), ...counts },
    });
    return { id, ...counts };
  },
});
