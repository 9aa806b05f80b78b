import "server-only";
import { getPrisma } from "../db/client";
import {
  attachRoles,
  type Coverage,
  combineCoverage,
  getJourneySummary,
  groupBy,
  type StageStatus,
} from "../ownership";

export type StageStrip = { id: string; name: string; status: StageStatus; coverage: Coverage };
export type JourneyCoverage = {
  id: string;
  name: string;
  description: string | null;
  coverage: Coverage;
  stages: StageStrip[];
  handoffCount: number;
};
export type WorkspaceOverview = { coverage: Coverage; journeys: JourneyCoverage[]; departmentCount: number };

/** Every journey's coverage and stage strip in a fixed number of queries, whatever the workspace's size. */
export async function getWorkspaceOverview(workspaceId: string): Promise<WorkspaceOverview> {
  const prisma = await getPrisma();
  const where = { workspaceId };
  const [journeys, stages, touchpoints, assignments, openClaims, departmentCount] = await Promise.all([
    prisma.journey.findMany({
      where,
      orderBy: { position: "asc" },
      select: { id: true, name: true, description: true },
    }),
    prisma.stage.findMany({ where, select: { id: true, journeyId: true, name: true, position: true } }),
    prisma.touchpoint.findMany({
      where,
      select: { id: true, journeyId: true, stageId: true, position: true },
    }),
    // Handoff bridging needs every role, not only A.
    prisma.assignment.findMany({ where, select: { touchpointId: true, departmentId: true, role: true } }),
    prisma.claim.findMany({
      where: { workspaceId, status: "PENDING", role: "A" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.department.count({ where }),
  ]);

  const stagesByJourney = groupBy(stages, (s) => s.journeyId);
  const touchpointsByJourney = groupBy(
    attachRoles({ touchpoints, assignments, openClaims }),
    (t) => t.journeyId,
  );
  const summaries = journeys.map((journey): JourneyCoverage => {
    const journeyStages = stagesByJourney.get(journey.id) ?? [];
    const summary = getJourneySummary({
      stages: journeyStages,
      touchpoints: touchpointsByJourney.get(journey.id) ?? [],
    });
    const nameOf = new Map(journeyStages.map((s) => [s.id, s.name]));
    return {
      ...journey,
      coverage: summary.coverage,
      handoffCount: summary.handoffs.length,
      stages: summary.stages.map((s) => ({
        id: s.stageId,
        name: nameOf.get(s.stageId) ?? "",
        status: s.status,
        coverage: s.coverage,
      })),
    };
  });

  return {
    coverage: combineCoverage(summaries.map((j) => j.coverage)),
    journeys: summaries,
    departmentCount,
  };
}
