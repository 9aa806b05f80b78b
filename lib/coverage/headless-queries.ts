import "server-only";
// DESIGN.md, Ownership health: a department without a head is flagged, and the touchpoints it is Accountable
// for are "at risk". Read by the dashboard's card and GET /api/v1/coverage alike, in one query.
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Named } from "./report-types";
import type { TCoverageFilters } from "./schemas";

export type AtRiskTouchpoint = Named & { journey: Named; stage: Named };

export type HeadlessDepartment = Named & {
  /** Touchpoints it holds A on (in the journey filtered to, if any): all at risk. */
  accountable: number;
  /** The first of them, in journey order, within the report's limit. */
  touchpoints: AtRiskTouchpoint[];
};

export type HeadlessReport = {
  /** In department order. */
  departments: HeadlessDepartment[];
  /** Sum of `accountable`: a touchpoint two headless departments hold A on counts under each. */
  atRisk: number;
};

type Row = Named & { accountable: number; touchpoints: AtRiskTouchpoint[] };

/**
 * Departments with no DEPARTMENT_HEAD membership in their own workspace, each with the touchpoints it holds A on
 * (held A, whatever the touchpoint's status: a contested one is at risk too). `limit` caps the touchpoints
 * listed across all departments together (null: all of them); `accountable` always counts every one. The
 * filters are the dashboard's: a department filter keeps that department, a journey filter keeps that journey's
 * touchpoints; an id that names nothing in the workspace is ignored, as getCoverageReport drops it.
 */
export async function getHeadlessDepartments(opts: {
  workspaceId: string;
  filters: Pick<TCoverageFilters, "journeyId" | "departmentId">;
  limit: number | null;
}): Promise<HeadlessReport> {
  const prisma = await getPrisma();
  const { workspaceId } = opts;
  const departmentId = opts.filters.departmentId ?? null;
  const journeyId = opts.filters.journeyId ?? null;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH scope AS (
      SELECT
        (SELECT d."id" FROM "Department" d
          WHERE d."id" = ${departmentId}::uuid AND d."workspaceId" = ${workspaceId}::uuid) AS "departmentId",
        (SELECT j."id" FROM "Journey" j
          WHERE j."id" = ${journeyId}::uuid AND j."workspaceId" = ${workspaceId}::uuid) AS "journeyId"
    ),
    headless AS MATERIALIZED (
      SELECT d."id", d."name", d."position"
      FROM "Department" d CROSS JOIN scope
      WHERE d."workspaceId" = ${workspaceId}::uuid
        AND (scope."departmentId" IS NULL OR d."id" = scope."departmentId")
        -- A head counts only as a membership of the department's own workspace.
        AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."departmentId" = d."id"
          AND m."workspaceId" = d."workspaceId" AND m."role" = 'DEPARTMENT_HEAD')
    ),
    risk AS MATERIALIZED (
      SELECT a."departmentId", t."id", t."name", j."id" AS "journeyId", j."name" AS "journeyName",
        s."id" AS "stageId", s."name" AS "stageName",
        ROW_NUMBER() OVER (
          ORDER BY h."position", h."id", j."position", s."position", t."position", t."id"
        ) AS rank
      FROM headless h
      JOIN "Assignment" a ON a."departmentId" = h."id" AND a."role" = 'A'
        AND a."workspaceId" = ${workspaceId}::uuid
      JOIN "Touchpoint" t ON t."id" = a."touchpointId"
      JOIN "Stage" s ON s."id" = t."stageId"
      JOIN "Journey" j ON j."id" = t."journeyId"
      CROSS JOIN scope
      WHERE scope."journeyId" IS NULL OR t."journeyId" = scope."journeyId"
    ),
    -- One pass over the risk rows for every department (a subquery per department read them all each time).
    per_department AS (
      SELECT r."departmentId", COUNT(*)::int AS accountable,
        json_agg(json_build_object(
          'id', r."id", 'name', r."name",
          'journey', json_build_object('id', r."journeyId", 'name', r."journeyName"),
          'stage', json_build_object('id', r."stageId", 'name', r."stageName")
        ) ORDER BY r.rank) FILTER (WHERE ${opts.limit}::int IS NULL OR r.rank <= ${opts.limit}::int) AS touchpoints
      FROM risk r
      GROUP BY r."departmentId"
    )
    SELECT h."id", h."name", COALESCE(p.accountable, 0) AS accountable,
      COALESCE(p.touchpoints, '[]'::json) AS touchpoints
    FROM headless h
    LEFT JOIN per_department p ON p."departmentId" = h."id"
    ORDER BY h."position", h."id"`);
  return {
    departments: rows,
    atRisk: rows.reduce((sum, row) => sum + row.accountable, 0),
  };
}
