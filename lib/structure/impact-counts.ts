// Counts of what a delete takes with it, read inside the deleting transaction (for the audit event) and by
// the pages (for the confirmation dialog). A fixed number of queries each.
import "server-only";
import type { Tx } from "../db/transaction";
import type { DepartmentImpact, JourneyImpact, StageImpact, TouchpointImpact } from "./impact";

type Scope = { workspaceId: string; id: string };

export async function countDepartmentImpact(db: Tx, { workspaceId, id }: Scope): Promise<DepartmentImpact> {
  const [assignments, pendingClaims, members] = await Promise.all([
    db.assignment.count({ where: { workspaceId, departmentId: id } }),
    db.claim.count({ where: { workspaceId, departmentId: id, status: "PENDING" } }),
    db.membership.count({ where: { workspaceId, departmentId: id } }),
  ]);
  return { assignments, pendingClaims, members };
}

export async function countJourneyImpact(db: Tx, { workspaceId, id }: Scope): Promise<JourneyImpact> {
  const [stages, touchpoints, assignments] = await Promise.all([
    db.stage.count({ where: { workspaceId, journeyId: id } }),
    db.touchpoint.count({ where: { workspaceId, journeyId: id } }),
    db.assignment.count({ where: { workspaceId, touchpoint: { journeyId: id } } }),
  ]);
  return { stages, touchpoints, assignments };
}

export async function countStageImpact(db: Tx, { workspaceId, id }: Scope): Promise<StageImpact> {
  const [touchpoints, assignments] = await Promise.all([
    db.touchpoint.count({ where: { workspaceId, stageId: id } }),
    db.assignment.count({ where: { workspaceId, touchpoint: { stageId: id } } }),
  ]);
  return { touchpoints, assignments };
}

export async function countTouchpointImpact(db: Tx, { workspaceId, id }: Scope): Promise<TouchpointImpact> {
  const assignments = await db.assignment.count({ where: { workspaceId, touchpointId: id } });
  return { assignments };
}
