import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { Coverage, StageStatus } from "../ownership";
import { buildCoverageReport, type ReportNames, toReportStages } from "./report";
import { coverageReportSql, type ReportSqlRow } from "./report-sql";
import type { CoverageReport } from "./report-types";
import type { ListLimits, TCoverageFilters } from "./schemas";
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

const NO_LISTS: ListLimits = { unowned: 0, contested: 0, handoffs: 0 };

function readDepartments(prisma: PrismaClient, workspaceId: string) {
  return prisma.department.findMany({
    where: { workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, color: true },
  });
}

async function readCounts(
  prisma: PrismaClient,
  opts: Parameters<typeof coverageReportSql>[0],
): Promise<ReportSqlRow> {
  const [row] = await prisma.$queryRaw<ReportSqlRow[]>(coverageReportSql(opts));
  if (!row) throw new Error("The coverage query returned no row");
  return row;
}

/** Every journey's coverage and stage strip in three reads, whatever the workspace's size. */
export async function getWorkspaceOverview(workspaceId: string): Promise<WorkspaceOverview> {
  const prisma = await getPrisma();
  const [departments, journeys, counts] = await Promise.all([
    readDepartments(prisma, workspaceId),
    prisma.journey.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, description: true },
    }),
    readCounts(prisma, { workspaceId, sort: "journey", limits: NO_LISTS }),
  ]);
  const report = buildCoverageReport({ departments, journeys }, counts, { sort: "journey" });
  // Unfiltered, the report has every journey, in the same order.
  const lines = new Map(report.journeys.map((line) => [line.id, line]));
  return {
    coverage: report.totals.coverage,
    journeys: journeys.map((journey) => {
      const line = lines.get(journey.id);
      const empty = toReportStages([]);
      return {
        ...journey,
        coverage: line?.coverage ?? empty.coverage,
        stages: line?.stages ?? empty.stages,
        handoffCount: line?.handoffs ?? 0,
      };
    }),
    departmentCount: departments.length,
  };
}

/**
 * The dashboard's and GET /api/v1/coverage's numbers in three reads run together, whatever the workspace's
 * size: its departments, its journeys, and report-sql.ts's counts. A filter id that names nothing in this
 * workspace is dropped rather than trusted, and then the counts are read again without it (a stale link).
 */
export async function getCoverageReport(opts: {
  workspaceId: string;
  filters: TCoverageFilters;
  limits: ListLimits;
}): Promise<CoverageReport> {
  const prisma = await getPrisma();
  const { workspaceId, limits } = opts;
  const read = (filters: TCoverageFilters) => readCounts(prisma, { workspaceId, limits, ...filters });
  const [departments, journeys, counts] = await Promise.all([
    readDepartments(prisma, workspaceId),
    prisma.journey.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    read(opts.filters),
  ]);
  const names: ReportNames = { departments, journeys };
  const filters = getKnownFilters(names, opts.filters);
  const isSame =
    filters.journeyId === opts.filters.journeyId && filters.departmentId === opts.filters.departmentId;
  return buildCoverageReport(names, isSame ? counts : await read(filters), filters);
}

function getKnownFilters(names: ReportNames, filters: TCoverageFilters): TCoverageFilters {
  const isJourney = names.journeys.some((j) => j.id === filters.journeyId);
  const isDepartment = names.departments.some((d) => d.id === filters.departmentId);
  return {
    journeyId: isJourney ? filters.journeyId : undefined,
    departmentId: isDepartment ? filters.departmentId : undefined,
    sort: filters.sort,
  };
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
