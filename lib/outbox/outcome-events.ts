import "server-only";
// "A target your department owns gone off target" (DESIGN.md, Notifications): when a reading makes a touchpoint
// target's status for the reading's month OFF_TARGET where it was not, in the transaction that records it. A target
// on an unowned or contested touchpoint belongs to no department (DESIGN.md, Customer outcomes): nobody is told.
import type { Tx } from "../db/transaction";
import { readTouchpointRoles } from "../map/roles";
import { type Month, previousMonth, targetOutcome } from "../outcomes/rules";
import type { ScopedMeasure } from "../outcomes/scope";
import { getTouchpointOwnership } from "../ownership";
import { emitEvent } from "./emit";

export async function emitIfOffTarget(
  tx: Tx,
  opts: {
    workspaceId: string;
    touchpointId: string;
    measure: ScopedMeasure;
    month: Month;
    value: number;
    /** The month's reading before this one replaced it, if any. */
    valueBefore: number | null;
  },
): Promise<void> {
  const { workspaceId, touchpointId, measure, month } = opts;
  const target = await tx.outcomeTarget.findUnique({
    where: { measureId_scopeId: { measureId: measure.id, scopeId: touchpointId } },
    select: { value: true },
  });
  if (!target) return;
  const status = (readings: Map<Month, number>) =>
    targetOutcome({ measure, target: target.value, month, readings }).status;
  if (status(new Map([[month, opts.value]])) !== "OFF_TARGET") return;
  // Before: the month's old reading, else the month before's (the status rule's fallback).
  const earlier =
    opts.valueBefore === null
      ? await tx.outcomeReading.findUnique({
          where: {
            measureId_scopeId_month: {
              measureId: measure.id,
              scopeId: touchpointId,
              month: previousMonth(month),
            },
          },
          select: { value: true },
        })
      : null;
  const before = new Map<Month, number>();
  if (opts.valueBefore !== null) before.set(month, opts.valueBefore);
  else if (earlier) before.set(previousMonth(month), earlier.value);
  if (status(before) === "OFF_TARGET") return;
  const ownership = getTouchpointOwnership(await readTouchpointRoles(tx, { workspaceId, touchpointId }));
  if (ownership.status !== "OWNED" || !ownership.ownerId) return;
  const [department, touchpoint] = await Promise.all([
    tx.department.findUniqueOrThrow({ where: { id: ownership.ownerId }, select: { id: true, name: true } }),
    tx.touchpoint.findUniqueOrThrow({
      where: { id: touchpointId },
      select: { id: true, name: true, journey: { select: { id: true, name: true } } },
    }),
  ]);
  await emitEvent(tx, {
    workspaceId,
    type: "outcome.off_target",
    data: {
      touchpoint: { id: touchpoint.id, name: touchpoint.name },
      journey: touchpoint.journey,
      department,
      measure: { id: measure.id, name: measure.name, unit: measure.unit },
      target: target.value,
      value: opts.value,
      month,
    },
  });
}
