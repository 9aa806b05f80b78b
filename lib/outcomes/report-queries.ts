import "server-only";
// The outcome report of a month in four reads run together, whatever the workspace's size: its measures, its
// departments, its journeys with their owners, and every target in view with its touchpoint's status (the
// shared A seat of lib/map/seat-sql.ts) and its readings for the month and the month before. The rules
// (report.ts, rules.ts) do the rest, so the dashboard, GET /api/v1/outcomes, the matrix and the review agree.
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { seatSql } from "../map/seat-sql";
import { listJourneyOwners } from "./journey-owner-queries";
import { MEASURE_SCALE_SELECT } from "./measures";
import { buildOutcomeReport, type OutcomeReport, type OutcomeTargetRow } from "./report";
import { type Month, monthOf, previousMonth } from "./rules";

export type OutcomeFilters = { journeyId?: string; departmentId?: string };

/**
 * Every target in view with what its outcome needs, in journey order (a journey's own targets before its
 * stages). A department filter keeps the targets of touchpoints the department holds a role on or has a
 * pending claim for, as the coverage report does; a journey's own targets belong to no department, so it
 * leaves them out.
 */
export function outcomeTargetsSql(opts: { workspaceId: string; month: Month } & OutcomeFilters): Prisma.Sql {
  const { workspaceId, journeyId, departmentId, month } = opts;
  const inJourney = journeyId ? Prisma.sql`AND ot."journeyId" = ${journeyId}::uuid` : Prisma.empty;
  const ofDepartment = departmentId
    ? Prisma.sql`AND (
        EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = ot."touchpointId"
          AND a."departmentId" = ${departmentId}::uuid)
        OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."touchpointId" = ot."touchpointId"
          AND c."departmentId" = ${departmentId}::uuid AND c."status" = 'PENDING'))`
    : Prisma.empty;
  // For one journey (the matrix's column), the seat of its targets' touchpoints alone: a third faster there on the
  // reference workspace (bench), but slower for the whole workspace, where most touchpoints have a target.
  const targeted = journeyId
    ? Prisma.sql`SELECT ot."touchpointId" FROM "OutcomeTarget" ot
        WHERE ot."workspaceId" = ${workspaceId}::uuid AND ot."touchpointId" IS NOT NULL ${inJourney}`
    : undefined;
  return Prisma.sql`
    WITH seat AS (${seatSql(workspaceId, targeted)})
    SELECT ot."id", ot."measureId", ot."journeyId", ot."touchpointId", t."name" AS "touchpointName",
      t."stageId", s."name" AS "stageName",
      CASE WHEN ot."touchpointId" IS NULL THEN NULL ELSE COALESCE(seat.status, 'UNOWNED') END
        AS "touchpointStatus",
      seat.owner AS "ownerDepartmentId", ot."value" AS target, cur."value" AS current, prev."value" AS previous
    FROM "OutcomeTarget" ot
    JOIN "Journey" j ON j."id" = ot."journeyId"
    JOIN "Measure" m ON m."id" = ot."measureId"
    LEFT JOIN "Touchpoint" t ON t."id" = ot."touchpointId"
    LEFT JOIN "Stage" s ON s."id" = t."stageId"
    LEFT JOIN seat ON seat."touchpointId" = ot."touchpointId"
    LEFT JOIN "OutcomeReading" cur ON cur."measureId" = ot."measureId" AND cur."scopeId" = ot."scopeId"
      AND cur."month" = ${month}
    LEFT JOIN "OutcomeReading" prev ON prev."measureId" = ot."measureId" AND prev."scopeId" = ot."scopeId"
      AND prev."month" = ${previousMonth(month)}
    WHERE ot."workspaceId" = ${workspaceId}::uuid ${inJourney}
      ${departmentId ? Prisma.sql`AND ot."touchpointId" IS NOT NULL ${ofDepartment}` : Prisma.empty}
    ORDER BY j."position", s."position" NULLS FIRST, t."position" NULLS FIRST, lower(m."name"), m."id"`;
}

/** The current UTC month, the report's default. */
export function currentMonth(now: Date = new Date()): Month {
  return monthOf(now);
}

/**
 * The report for `month` (default: the current one). A filter id that names nothing in this workspace is
 * dropped rather than trusted, and the targets are read again without it (a stale link), as the coverage
 * report does.
 */
export async function getOutcomeReport(opts: {
  workspaceId: string;
  month?: Month;
  filters?: OutcomeFilters;
}): Promise<OutcomeReport> {
  const prisma = await getPrisma();
  const { workspaceId } = opts;
  const month = opts.month ?? currentMonth();
  const asked = opts.filters ?? {};
  const read = (filters: OutcomeFilters) =>
    prisma.$queryRaw<OutcomeTargetRow[]>(outcomeTargetsSql({ workspaceId, month, ...filters }));
  const [measures, departments, owners, rows] = await Promise.all([
    prisma.measure.findMany({
      where: { workspaceId },
      select: MEASURE_SCALE_SELECT,
    }),
    prisma.department.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    listJourneyOwners(workspaceId),
    read(asked),
  ]);
  const filters: OutcomeFilters = {
    journeyId: owners.some((j) => j.journeyId === asked.journeyId) ? asked.journeyId : undefined,
    departmentId: departments.some((d) => d.id === asked.departmentId) ? asked.departmentId : undefined,
  };
  const isSame = filters.journeyId === asked.journeyId && filters.departmentId === asked.departmentId;
  return buildOutcomeReport({
    month,
    filters,
    measures,
    departments,
    journeys: owners.map((j) => ({ id: j.journeyId, name: j.journeyName, owner: j.owner })),
    rows: isSame ? rows : await read(filters),
  });
}
