import "server-only";
// Where a target or reading sits, read inside the transaction that writes it: the touchpoint (and so its journey)
// or the journey itself, and the measure, each checked to be in the caller's workspace.
import { ActionError, notFound } from "../actions/result";
import type { Tx } from "../db/transaction";
import type { MeasureScale } from "./rules";
import type { TScope } from "./target-schemas";

export type ResolvedScope = {
  journeyId: string;
  touchpointId: string | null;
  /** The touchpoint's id, else the journey's: the key of one target per (scope, measure). */
  scopeId: string;
  /** "Payment reminder" or the journey's name, for audit entries. */
  name: string;
};

export async function resolveScope(tx: Tx, workspaceId: string, scope: TScope): Promise<ResolvedScope> {
  if (scope.kind === "journey") {
    const journey = await tx.journey.findFirst({
      where: { id: scope.id, workspaceId },
      select: { id: true, name: true },
    });
    if (!journey) throw notFound("Journey");
    return { journeyId: journey.id, touchpointId: null, scopeId: journey.id, name: journey.name };
  }
  const touchpoint = await tx.touchpoint.findFirst({
    where: { id: scope.id, workspaceId },
    select: { id: true, name: true, journeyId: true },
  });
  if (!touchpoint) throw notFound("Touchpoint");
  return {
    journeyId: touchpoint.journeyId,
    touchpointId: touchpoint.id,
    scopeId: touchpoint.id,
    name: touchpoint.name,
  };
}

export type ScopedMeasure = MeasureScale & { id: string; name: string; unit: string };

export async function findMeasure(tx: Tx, workspaceId: string, measureId: string): Promise<ScopedMeasure> {
  const measure = await tx.measure.findFirst({
    where: { id: measureId, workspaceId },
    select: { id: true, name: true, unit: true, kind: true, direction: true, scaleMin: true, scaleMax: true },
  });
  if (!measure) {
    throw new ActionError("not_found", "That measure was not found. It may have been deleted.", {
      measureId: ["That measure was not found. It may have been deleted."],
    });
  }
  return measure;
}
