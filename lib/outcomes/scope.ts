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

/**
 * The measure, held FOR SHARE until the transaction ends: an edit of its kind or scale (which locks it FOR
 * UPDATE and checks the values already stored) cannot slip in between this value check and its write.
 */
export async function findMeasure(tx: Tx, workspaceId: string, measureId: string): Promise<ScopedMeasure> {
  const [measure] = await tx.$queryRaw<ScopedMeasure[]>`
    SELECT id, name, unit, kind::text AS kind, direction::text AS direction, "scaleMin", "scaleMax"
    FROM "Measure"
    WHERE id = ${measureId}::uuid AND "workspaceId" = ${workspaceId}::uuid
    FOR SHARE`;
  if (!measure) {
    throw new ActionError("not_found", "That measure was not found. It may have been deleted.", {
      measureId: ["That measure was not found. It may have been deleted."],
    });
  }
  return measure;
}
