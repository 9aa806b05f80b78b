import "server-only";
// Reads the whole map of a workspace in five queries, whatever its size: for export, and (with the transaction
// client) for the plan apply recomputes under its lock.
import { getPrisma } from "../db/client";
import type { Tx } from "../db/transaction";
import type { CurrentMap } from "./plan";

export async function getCurrentMap(workspaceId: string, tx?: Tx): Promise<CurrentMap> {
  const db = tx ?? (await getPrisma());
  const where = { workspaceId };
  const [departments, journeys, stages, touchpoints, assignments] = await Promise.all([
    db.department.findMany({ where, select: { id: true, name: true, position: true, color: true } }),
    db.journey.findMany({ where, select: { id: true, name: true, position: true } }),
    db.stage.findMany({ where, select: { id: true, journeyId: true, name: true, position: true } }),
    db.touchpoint.findMany({
      where,
      select: { id: true, journeyId: true, stageId: true, name: true, channel: true, position: true },
    }),
    db.assignment.findMany({ where, select: { touchpointId: true, departmentId: true, role: true } }),
  ]);
  return { departments, journeys, stages, touchpoints, assignments };
}
