import "server-only";
import { getPrisma } from "../db/client";
import type { TChannel } from "../map/channels";
import {
  attachRoles,
  type Coverage,
  getJourneySummary,
  groupBy,
  type Handoff,
  type RaciRole,
  type StageStatus,
  type TouchpointOwnership,
} from "../ownership";

export type MatrixDepartment = { id: string; name: string; color: string };
export type MatrixTouchpoint = TouchpointOwnership & {
  id: string;
  stageId: string;
  name: string;
  description: string | null;
  channel: TChannel;
  version: number;
  /** Role by department id; departments without a role are absent. */
  roles: Record<string, RaciRole>;
};
export type MatrixStage = {
  id: string;
  name: string;
  status: StageStatus;
  coverage: Coverage;
  touchpoints: MatrixTouchpoint[];
};
export type JourneyMatrix = {
  journey: { id: string; name: string; description: string | null };
  departments: MatrixDepartment[];
  stages: MatrixStage[];
  coverage: Coverage;
  handoffs: Handoff[];
};

/**
 * One journey's matrix in a fixed number of queries (the journey, then four reads in parallel), scoped to
 * the workspace so another tenant's journey id finds nothing.
 */
export async function getJourneyMatrix(opts: {
  workspaceId: string;
  journeyId: string;
}): Promise<JourneyMatrix | null> {
  const prisma = await getPrisma();
  const journey = await prisma.journey.findFirst({
    where: { id: opts.journeyId, workspaceId: opts.workspaceId },
    select: { id: true, name: true, description: true },
  });
  if (!journey) return null;

  const inJourney = { touchpoint: { journeyId: journey.id } };
  const [departments, stages, touchpoints, assignments, openClaims] = await Promise.all([
    prisma.department.findMany({
      where: { workspaceId: opts.workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, color: true },
    }),
    prisma.stage.findMany({
      where: { journeyId: journey.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, position: true },
    }),
    prisma.touchpoint.findMany({
      where: { journeyId: journey.id },
      select: {
        id: true,
        stageId: true,
        position: true,
        name: true,
        description: true,
        channel: true,
        version: true,
      },
    }),
    prisma.assignment.findMany({
      where: inJourney,
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.claim.findMany({
      where: { ...inJourney, status: "PENDING", role: "A" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
  ]);

  const withRoles = attachRoles({ touchpoints, assignments, openClaims });
  const summary = getJourneySummary({ stages, touchpoints: withRoles });
  const byId = new Map(withRoles.map((t) => [t.id, t]));
  const rows = groupBy(
    summary.touchpoints.map((ownership): MatrixTouchpoint => {
      const t = byId.get(ownership.touchpointId)!;
      return {
        ...ownership,
        id: t.id,
        name: t.name,
        description: t.description,
        channel: t.channel,
        version: t.version,
        roles: Object.fromEntries(t.assignments.map((a) => [a.departmentId, a.role])),
      };
    }),
    (row) => row.stageId,
  );
  const stageSummaries = new Map(summary.stages.map((s) => [s.stageId, s]));

  return {
    journey,
    departments,
    stages: stages.map((stage) => {
      const s = stageSummaries.get(stage.id)!;
      return {
        id: stage.id,
        name: stage.name,
        status: s.status,
        coverage: s.coverage,
        touchpoints: rows.get(stage.id) ?? [],
      };
    }),
    coverage: summary.coverage,
    handoffs: summary.handoffs,
  };
}
