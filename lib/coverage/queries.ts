import "server-only";
import { getPrisma } from "../db/client";
import { Prisma, type PrismaClient } from "../db/generated/client";
import { type Coverage, getCoverageFromCounts, type StageStatus } from "../ownership";
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

const NO_LISTS: ListLimits = { unowned: 0, contested: 0, handoffs: 0, stale: 0 };

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
    readCounts(prisma, { workspaceId, sort: "journey", limits: NO_LISTS, asOf: new Date() }),
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
  /** When ownership is judged stale at: now unless a test fixes it. */
  asOf?: Date;
}): Promise<CoverageReport> {
  const prisma = await getPrisma();
  const { workspaceId, limits } = opts;
  const asOf = opts.asOf ?? new Date();
  const read = (filters: TCoverageFilters) => readCounts(prisma, { workspaceId, limits, asOf, ...filters });
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

/** Coverage as a day ended: from its record, or counted live when nothing has changed since; none unknown. */
export type CoverageAtDay =
  | { day: string; source: "snapshot" | "live"; coverage: Coverage }
  | { day: string; source: "none"; coverage: null };

type DayRow = { day: string; source: "snapshot" | "live" | "none" } & SnapshotCounts;

/**
 * The workspace's coverage at the end of each UTC day given ("YYYY-MM-DD"), in one query. When the last
 * ownership change (the `coverageDay` marker) came on or before the day, or nothing ever changed since the
 * workspace began before it, the live counts are that day's; otherwise the last snapshot on or before it is
 * (a snapshot holds a day's closing counts, and days without one changed nothing). With neither, the day's
 * coverage was not recorded: the first change of a workspace stores no closing counts of the day before it.
 */
export async function getCoverageAtDays(opts: {
  workspaceId: string;
  days: readonly string[];
}): Promise<CoverageAtDay[]> {
  if (opts.days.length === 0) return [];
  const prisma = await getPrisma();
  const { workspaceId } = opts;
  const days = Prisma.join(opts.days.map((day, i) => Prisma.sql`(${day}::date, ${i}::int)`));
  const rows = await prisma.$queryRaw<(DayRow & { index: number })[]>`
    WITH live AS (${coverageCountsSql(workspaceId)})
    SELECT to_char(e."day", 'YYYY-MM-DD') AS "day", e."index", src."source",
      CASE WHEN src."source" = 'snapshot' THEN snap."touchpoints" ELSE live."touchpoints" END AS "touchpoints",
      CASE WHEN src."source" = 'snapshot' THEN snap."owned" ELSE live."owned" END AS "owned",
      CASE WHEN src."source" = 'snapshot' THEN snap."unowned" ELSE live."unowned" END AS "unowned",
      CASE WHEN src."source" = 'snapshot' THEN snap."contested" ELSE live."contested" END AS "contested"
    FROM (VALUES ${days}) AS e("day", "index")
    JOIN "Workspace" w ON w."id" = ${workspaceId}::uuid
    CROSS JOIN live
    LEFT JOIN LATERAL (
      SELECT s."day", s."touchpoints", s."owned", s."unowned", s."contested" FROM "CoverageSnapshot" s
      WHERE s."workspaceId" = w."id" AND s."day" <= e."day" ORDER BY s."day" DESC LIMIT 1
    ) AS snap ON true
    CROSS JOIN LATERAL (
      SELECT CASE WHEN w."coverageDay" <= e."day" THEN 'live'
        WHEN snap."day" IS NOT NULL THEN 'snapshot'
        WHEN w."coverageDay" IS NULL AND w."createdAt" < e."day" + 1 THEN 'live'
        ELSE 'none' END AS "source"
    ) AS src
    ORDER BY e."index"`;
  return opts.days.map((day, i) => {
    const row = rows.find((r) => r.index === i);
    if (!row || row.source === "none") return { day, source: "none", coverage: null };
    return { day, source: row.source, coverage: getCoverageFromCounts(row) };
  });
}
