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
import { buildCoverageReport } from "./report";
import type { CoverageReport } from "./report-types";
import { getCoverageTouchpoints } from "./role-rows";
import type { TCoverageFilters } from "./schemas";
import { coverageCountsSql, getUtcDayString, type SnapshotCounts } from "./snapshots";

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
  const [journeys, stages, { touchpoints, assignments }, openClaims, departmentCount] = await Promise.all([
    prisma.journey.findMany({
      where,
      orderBy: { position: "asc" },
      select: { id: true, name: true, description: true },
    }),
    prisma.stage.findMany({ where, select: { id: true, journeyId: true, name: true, position: true } }),
    getCoverageTouchpoints(prisma, { workspaceId }),
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

/**
 * The dashboard's and GET /api/v1/coverage's numbers: five reads in parallel, whatever the workspace's size,
 * then lib/ownership's rules in memory. Filters apply in memory too: handoffs need whole journeys, and an id
 * that names nothing in this workspace is dropped rather than trusted (role-rows.ts only adds rows for it).
 */
export async function getCoverageReport(opts: {
  workspaceId: string;
  filters: TCoverageFilters;
}): Promise<CoverageReport> {
  const prisma = await getPrisma();
  const where = { workspaceId: opts.workspaceId };
  const [departments, journeys, stages, { touchpoints, assignments }, pendingClaims] = await Promise.all([
    prisma.department.findMany({
      where,
      orderBy: { position: "asc" },
      select: { id: true, name: true, color: true },
    }),
    prisma.journey.findMany({ where, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    prisma.stage.findMany({ where, select: { id: true, journeyId: true, name: true, position: true } }),
    getCoverageTouchpoints(prisma, {
      workspaceId: opts.workspaceId,
      departmentId: opts.filters.departmentId,
    }),
    prisma.claim.findMany({
      where: { ...where, status: "PENDING" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
  ]);
  return buildCoverageReport(
    { departments, journeys, stages, touchpoints, assignments, pendingClaims },
    opts.filters,
  );
}

export type CoverageHistoryPoint = SnapshotCounts & { day: string; ratio: number | null };

/**
 * The last `days` days (UTC), oldest first, in one query: the stored closing counts of past days with changes,
 * then today counted live. A workspace in which ownership never changed has no history.
 */
export async function getCoverageHistory(opts: {
  workspaceId: string;
  days?: number;
  now?: Date;
}): Promise<CoverageHistoryPoint[]> {
  const prisma = await getPrisma();
  const now = opts.now ?? new Date();
  const today = getUtcDayString(now);
  const since = getUtcDayString(new Date(now.getTime() - (opts.days ?? 90) * 86_400_000));
  const { workspaceId } = opts;
  const rows = await prisma.$queryRaw<(SnapshotCounts & { day: string })[]>`
    WITH live AS (${coverageCountsSql(workspaceId)})
    SELECT to_char("day", 'YYYY-MM-DD') AS "day", "touchpoints", "owned", "unowned", "contested"
    FROM "CoverageSnapshot"
    WHERE "workspaceId" = ${workspaceId}::uuid AND "day" >= ${since}::date AND "day" < ${today}::date
    UNION ALL
    SELECT ${today}::text, live."touchpoints", live."owned", live."unowned", live."contested" FROM live
    WHERE EXISTS (SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId}::uuid AND "coverageDay" IS NOT NULL)
      OR EXISTS (SELECT 1 FROM "CoverageSnapshot" WHERE "workspaceId" = ${workspaceId}::uuid)
    ORDER BY "day"`;
  return rows.map((row) => ({
    ...row,
    ratio: row.touchpoints === 0 ? null : row.owned / row.touchpoints,
  }));
}
