import "server-only";
// What the measure actions and POST /api/v1/measures share: the unique name's plain refusal, the audit record of
// a definition, and whether an edit touches the scale (and so must be checked against existing values).
import { ActionError, isUniqueViolation } from "../actions/result";
import type { Tx } from "../db/transaction";
import type { TMeasureDefinition } from "./schemas";

export function duplicateMeasureName(name: string): ActionError {
  const message = `A measure named “${name}” already exists. Choose another name.`;
  return new ActionError("conflict", message, { name: [message] });
}

export async function ensureMeasureNameFree(
  tx: Tx,
  opts: { workspaceId: string; name: string; exceptId?: string },
): Promise<void> {
  const taken = await tx.measure.findFirst({
    where: {
      workspaceId: opts.workspaceId,
      name: opts.name,
      id: opts.exceptId ? { not: opts.exceptId } : {},
    },
    select: { id: true },
  });
  if (taken) throw duplicateMeasureName(opts.name);
}

/** A name a concurrent request took after our check still reads as the same plain conflict. */
export async function onDuplicateMeasureName<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateMeasureName(name);
    throw error;
  }
}

/** A definition as audit events record it: Activity describes a change of scale from these. */
export function auditDefinition(definition: TMeasureDefinition) {
  const { name, kind, direction, scaleMin, scaleMax, unit } = definition;
  const scale = scaleMin !== null && scaleMax !== null ? { min: scaleMin, max: scaleMax } : null;
  return { name, kind, direction, scale, unit };
}

export function isScaleChange(before: TMeasureDefinition, after: TMeasureDefinition): boolean {
  return (
    before.kind !== after.kind || before.scaleMin !== after.scaleMin || before.scaleMax !== after.scaleMax
  );
}

export function isSameDefinition(before: TMeasureDefinition, after: TMeasureDefinition): boolean {
  return (
    !isScaleChange(before, after) &&
    before.name === after.name &&
    before.direction === after.direction &&
    before.unit === after.unit
  );
}
