"use server";
// Targets and readings on one touchpoint or journey (DESIGN.md, Customer outcomes). CX leads set targets and
// record readings anywhere; a department head records readings for the touchpoints their department is
// Accountable for, since owners report their own numbers.
import { defineAction } from "../actions/define";
import { ActionError } from "../actions/result";
import type { Actor } from "../auth/guard";
import type { Tx } from "../db/transaction";
import { emitIfOffTarget } from "../outbox/outcome-events";
import { findAccountableTouchpoints, readingRefusal } from "./reading-rights";
import { valueProblem } from "./rules";
import { findMeasure, type ResolvedScope, resolveScope, type ScopedMeasure } from "./scope";
import { ZClearTarget, ZRecordReading, ZSetTarget } from "./target-schemas";

function checkValue(measure: ScopedMeasure, value: number): void {
  const problem = valueProblem(measure, value);
  if (problem) {
    // The reason sits beside the field; the form says only that something needs correcting, as for bad input.
    throw new ActionError("invalid", "Some fields need correcting.", {
      value: [`${measure.name} ${problem}.`],
    });
  }
}

function scopeFields(scope: ResolvedScope) {
  return { journeyId: scope.journeyId, touchpointId: scope.touchpointId, scopeId: scope.scopeId };
}

function where(scope: ResolvedScope) {
  return scope.touchpointId === null ? { journeyName: scope.name } : { touchpointName: scope.name };
}

export const setTarget = defineAction({
  schema: ZSetTarget,
  resource: (input) => input.scope,
  permission: "outcomes.define",
  async run({ tx, audit, actor, input }) {
    const scope = await resolveScope(tx, actor.workspaceId, input.scope);
    const measure = await findMeasure(tx, actor.workspaceId, input.measureId);
    checkValue(measure, input.value);
    const key = { measureId_scopeId: { measureId: measure.id, scopeId: scope.scopeId } };
    const before = await tx.outcomeTarget.findUnique({ where: key, select: { value: true } });
    const target = await tx.outcomeTarget.upsert({
      where: key,
      create: {
        workspaceId: actor.workspaceId,
        measureId: measure.id,
        value: input.value,
        ...scopeFields(scope),
      },
      update: { value: input.value },
      select: { id: true },
    });
    await audit({
      action: "target.set",
      entityType: "target",
      entityId: target.id,
      journeyId: scope.journeyId,
      before: before ? { measureName: measure.name, value: before.value, ...where(scope) } : null,
      after: { measureName: measure.name, value: input.value, ...where(scope) },
    });
    return { id: target.id };
  },
});

export const clearTarget = defineAction({
  schema: ZClearTarget,
  resource: (input) => input.scope,
  permission: "outcomes.define",
  async run({ tx, audit, actor, input }) {
    const scope = await resolveScope(tx, actor.workspaceId, input.scope);
    const measure = await findMeasure(tx, actor.workspaceId, input.measureId);
    const removed = await tx.outcomeTarget.deleteMany({
      where: { measureId: measure.id, scopeId: scope.scopeId, workspaceId: actor.workspaceId },
    });
    if (removed.count === 0) return { cleared: false };
    await audit({
      action: "target.cleared",
      entityType: "target",
      entityId: null,
      journeyId: scope.journeyId,
      before: { measureName: measure.name, ...where(scope) },
    });
    return { cleared: true };
  },
});

async function checkMayRecord(tx: Tx, actor: Actor, scope: ResolvedScope): Promise<void> {
  const touchpoints = scope.touchpointId === null ? [] : [scope.touchpointId];
  const refusal = readingRefusal(actor, scope, await findAccountableTouchpoints(tx, actor, touchpoints));
  if (refusal) throw new ActionError("forbidden", refusal);
}

export const recordReading = defineAction({
  schema: ZRecordReading,
  resource: (input) => input.scope,
  permission: "readings.record",
  async run({ tx, audit, actor, input }) {
    const scope = await resolveScope(tx, actor.workspaceId, input.scope);
    await checkMayRecord(tx, actor, scope);
    const measure = await findMeasure(tx, actor.workspaceId, input.measureId);
    checkValue(measure, input.value);
    const key = {
      measureId_scopeId_month: { measureId: measure.id, scopeId: scope.scopeId, month: input.month },
    };
    const before = await tx.outcomeReading.findUnique({
      where: key,
      select: { value: true, sampleSize: true, source: true },
    });
    const fields = { value: input.value, sampleSize: input.sampleSize ?? null, source: input.source ?? null };
    const reading = await tx.outcomeReading.upsert({
      where: key,
      create: {
        workspaceId: actor.workspaceId,
        measureId: measure.id,
        month: input.month,
        ...fields,
        ...scopeFields(scope),
      },
      update: fields,
      select: { id: true },
    });
    if (scope.touchpointId)
      await emitIfOffTarget(tx, {
        workspaceId: actor.workspaceId,
        touchpointId: scope.touchpointId,
        measure,
        month: input.month,
        value: input.value,
        valueBefore: before?.value ?? null,
      });
    const described = { measureName: measure.name, month: input.month, ...where(scope) };
    await audit({
      action: "reading.recorded",
      entityType: "reading",
      entityId: reading.id,
      journeyId: scope.journeyId,
      departmentId: actor.departmentId,
      before: before ? { ...described, ...before } : null,
      after: { ...described, ...fields },
    });
    return { id: reading.id, replaced: before !== null };
  },
});
