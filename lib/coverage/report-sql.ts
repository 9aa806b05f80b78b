// The coverage numbers counted where the rows are, in one statement: the dashboard and the API read a few
// hundred numbers instead of every touchpoint's roles. No "server-only", like snapshots.ts, which shares the
// seat. What SQL decides is DESIGN.md's touchpoint status (the A seat, below) and who sits next to whom in
// journey order; stage status, coverage and the report's shape stay with lib/ownership (report.ts).
// tests/integration/coverage-report.test.ts proves the result equals the report lib/ownership builds in
// memory from every row, for every filter, sort and limit.
import { Prisma } from "../db/generated/client";
import { CHANNELS } from "../map/channels";
import { seatSql, staleSql } from "../map/seat-sql";
import type { ListLimits, TTouchpointSort } from "./schemas";

export type ReportSqlOptions = {
  workspaceId: string;
  /** Ids already known to be in the workspace (queries.ts checks them). */
  journeyId?: string;
  departmentId?: string;
  sort: TTouchpointSort;
  limits: ListLimits;
  /** The moment ownership is judged stale at (lib/ownership/verification.ts). */
  asOf: Date;
};

export type StageCountsRow = {
  id: string;
  journeyId: string;
  name: string;
  position: number;
  owned: number;
  unowned: number;
  contested: number;
};
export type JourneyHandoffsRow = { journeyId: string; handoffs: number; unbridged: number };
export type PairRow = { from: string; to: string; count: number; unbridged: number; journeys: string[] };
export type ListedRow = {
  id: string;
  name: string;
  /** The channel's slug, as stored. */
  channel: string;
  journeyId: string;
  stageId: string;
  stageName: string;
  status: "UNOWNED" | "CONTESTED" | "OWNED";
  /** When A was last confirmed or changed hands (ISO), or null. */
  confirmedAt: string | null;
  /** A holders, in department order. */
  accountable: string[];
  /** Every pending claim, in department order. */
  pendingClaims: { departmentId: string; role: "R" | "A" | "C" | "I" }[];
};
export type LoadRow = { departmentId: string; accountable: number; responsible: number };
export type StaleRow = { departmentId: string; stale: number };

export type ReportSqlRow = {
  /** Every stage of the journeys in view, with its touchpoints in view counted by status. */
  stages: StageCountsRow[];
  /** Journeys with at least one handoff in view. */
  journeyHandoffs: JourneyHandoffsRow[];
  pairCount: number;
  /** Department pairs, unbridged first, then most handoffs, then the departments' order. */
  pairs: PairRow[];
  unowned: ListedRow[];
  contested: ListedRow[];
  /** Departments holding A or R on a touchpoint in view. */
  load: LoadRow[];
  /** Owned touchpoints in view whose ownership is stale. */
  staleCount: number;
  /** The first of them, longest unconfirmed first. */
  stale: ListedRow[];
  /** Per owning department, those with any. */
  staleByDepartment: StaleRow[];
  /** The workspace's verification cadence, in days. */
  cadenceDays: number;
};

// Plain code-unit order of the labels people read, as lib/coverage sorts text everywhere.
const SLUGS_BY_LABEL = [...CHANNELS]
  .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  .map((c) => c.slug);

const SORT_KEYS: Record<TTouchpointSort, Prisma.Sql> = {
  journey: Prisma.sql`l."journeyPosition", l.ord`,
  channel: Prisma.sql`array_position(${SLUGS_BY_LABEL}::text[], l."channel"::text), l."journeyPosition", l.ord`,
  claims: Prisma.sql`l.claims DESC, l."journeyPosition", l.ord`,
};

// Stale ownership is listed longest unconfirmed first, whatever the sort of the other lists.
const STALE_ORDER = Prisma.sql`l."confirmedAt" NULLS FIRST, l."journeyPosition", l.ord`;

function listSql(list: "UNOWNED" | "CONTESTED" | "STALE", opts: ReportSqlOptions): Prisma.Sql {
  const limit = opts.limits[list === "UNOWNED" ? "unowned" : list === "CONTESTED" ? "contested" : "stale"];
  // Stale rows come from tp (owned touchpoints need no claim count to be listed); the others from listed.
  const from =
    list === "STALE"
      ? Prisma.sql`tp l WHERE l.included AND l.stale`
      : Prisma.sql`listed l WHERE l.status = ${list}`;
  const order = list === "STALE" ? STALE_ORDER : SORT_KEYS[opts.sort];
  return Prisma.sql`
    SELECT COALESCE(json_agg(x ORDER BY x.rank), '[]'::json) FROM (
      SELECT top.rank, top."id", t."name", top."channel", top."journeyId", top."stageId", s."name" AS "stageName",
        top.status, to_char(top."confirmedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "confirmedAt",
        ARRAY(SELECT a."departmentId" FROM "Assignment" a JOIN "Department" d ON d."id" = a."departmentId"
          WHERE a."touchpointId" = top."id" AND a."role" = 'A' ORDER BY d."position") AS accountable,
        (SELECT COALESCE(json_agg(json_build_object('departmentId', c."departmentId", 'role', c."role")
            ORDER BY d."position"), '[]'::json)
          FROM "Claim" c JOIN "Department" d ON d."id" = c."departmentId"
          WHERE c."touchpointId" = top."id" AND c."status" = 'PENDING') AS "pendingClaims"
      FROM (
        SELECT l.*, ROW_NUMBER() OVER (ORDER BY ${order}) AS rank
        FROM ${from} ORDER BY rank LIMIT ${limit}::int
      ) AS top
      JOIN "Touchpoint" t ON t."id" = top."id"
      JOIN "Stage" s ON s."id" = top."stageId"
    ) AS x`;
}

/**
 * One row of JSON columns (ReportSqlRow). Journey order is stages by position, then touchpoints by position.
 * The department filter keeps the touchpoints it holds a role on or has a pending claim for, and the
 * handoffs it sends or receives; handoffs are found over whole journeys either way, since a touchpoint out
 * of view still sits between two others.
 */
export function coverageReportSql(opts: ReportSqlOptions): Prisma.Sql {
  const { workspaceId, journeyId, departmentId } = opts;
  const inJourney = (column: Prisma.Sql) =>
    journeyId ? Prisma.sql`AND ${column} = ${journeyId}::uuid` : Prisma.empty;
  const isIncluded = departmentId
    ? Prisma.sql`(
        EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = t."id" AND a."departmentId" = ${departmentId}::uuid)
        OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."touchpointId" = t."id"
          AND c."departmentId" = ${departmentId}::uuid AND c."status" = 'PENDING'))`
    : Prisma.sql`true`;
  const touchesDepartment = departmentId
    ? Prisma.sql`AND (st."from" = ${departmentId}::uuid OR st."to" = ${departmentId}::uuid)`
    : Prisma.empty;
  const ofDepartment = departmentId ? Prisma.sql`AND a."departmentId" = ${departmentId}::uuid` : Prisma.empty;

  return Prisma.sql`
    WITH seat AS (${seatSql(workspaceId)}),
    tp AS MATERIALIZED (
      SELECT t."id", t."journeyId", t."stageId", t."channel", j."position" AS "journeyPosition",
        ROW_NUMBER() OVER (PARTITION BY t."journeyId" ORDER BY s."position", t."position") AS ord,
        COALESCE(seat.status, 'UNOWNED') AS status, seat.owner, ${isIncluded} AS included,
        t."ownershipConfirmedAt" AS "confirmedAt", ${staleSql(opts.asOf)} AS stale
      FROM "Touchpoint" t
      JOIN "Stage" s ON s."id" = t."stageId"
      JOIN "Journey" j ON j."id" = t."journeyId"
      JOIN "Workspace" w ON w."id" = t."workspaceId"
      LEFT JOIN seat ON seat."touchpointId" = t."id"
      WHERE t."workspaceId" = ${workspaceId}::uuid ${inJourney(Prisma.sql`t."journeyId"`)}
    ),
    steps AS (
      SELECT "journeyId", "id" AS "toId", owner AS "to", LAG("id") OVER w AS "fromId", LAG(owner) OVER w AS "from"
      FROM tp WINDOW w AS (PARTITION BY "journeyId" ORDER BY ord)
    ),
    handoffs AS MATERIALIZED (
      SELECT st."journeyId", st."from", st."to",
        EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = st."toId" AND a."departmentId" = st."from")
          OR EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = st."fromId" AND a."departmentId" = st."to")
          AS bridged
      FROM steps st
      WHERE st."from" IS NOT NULL AND st."to" IS NOT NULL AND st."from" <> st."to" ${touchesDepartment}
    ),
    pairs AS MATERIALIZED (
      SELECT h."from", h."to", COUNT(*)::int AS count, (COUNT(*) FILTER (WHERE NOT h.bridged))::int AS unbridged,
        array_agg(DISTINCT h."journeyId") AS journeys
      FROM handoffs h GROUP BY h."from", h."to"
    ),
    listed AS MATERIALIZED (
      SELECT tp.*,
        (SELECT COUNT(*) FROM "Claim" c WHERE c."touchpointId" = tp."id" AND c."status" = 'PENDING') AS claims
      FROM tp WHERE tp.included AND tp.status <> 'OWNED'
    )
    SELECT
      (SELECT COALESCE(json_agg(x ORDER BY x.position), '[]'::json) FROM (
        SELECT s."id", s."journeyId", s."name", s."position",
          (COUNT(*) FILTER (WHERE tp.status = 'OWNED'))::int AS owned,
          (COUNT(*) FILTER (WHERE tp.status = 'UNOWNED'))::int AS unowned,
          (COUNT(*) FILTER (WHERE tp.status = 'CONTESTED'))::int AS contested
        FROM "Stage" s LEFT JOIN tp ON tp."stageId" = s."id" AND tp.included
        WHERE s."workspaceId" = ${workspaceId}::uuid ${inJourney(Prisma.sql`s."journeyId"`)}
        GROUP BY s."id"
      ) AS x) AS stages,
      (SELECT COALESCE(json_agg(x), '[]'::json) FROM (
        SELECT "journeyId", COUNT(*)::int AS handoffs, (COUNT(*) FILTER (WHERE NOT bridged))::int AS unbridged
        FROM handoffs GROUP BY "journeyId"
      ) AS x) AS "journeyHandoffs",
      (SELECT COUNT(*)::int FROM pairs) AS "pairCount",
      (SELECT COALESCE(json_agg(x ORDER BY x.rank), '[]'::json) FROM (
        SELECT p.*, ROW_NUMBER() OVER (ORDER BY p.unbridged DESC, p.count DESC, f."position", t."position") AS rank
        FROM pairs p JOIN "Department" f ON f."id" = p."from" JOIN "Department" t ON t."id" = p."to"
        ORDER BY rank LIMIT ${opts.limits.handoffs}::int
      ) AS x) AS pairs,
      (${listSql("UNOWNED", opts)}) AS unowned,
      (${listSql("CONTESTED", opts)}) AS contested,
      (SELECT COALESCE(json_agg(x), '[]'::json) FROM (
        SELECT a."departmentId", (COUNT(*) FILTER (WHERE a."role" = 'A'))::int AS accountable,
          (COUNT(*) FILTER (WHERE a."role" = 'R'))::int AS responsible
        FROM "Assignment" a JOIN tp ON tp."id" = a."touchpointId"
        WHERE a."workspaceId" = ${workspaceId}::uuid AND a."role" IN ('A', 'R') AND tp.included ${ofDepartment}
        GROUP BY a."departmentId"
      ) AS x) AS load,
      (SELECT COUNT(*)::int FROM tp WHERE included AND stale) AS "staleCount",
      (${listSql("STALE", opts)}) AS stale,
      (SELECT COALESCE(json_agg(x), '[]'::json) FROM (
        SELECT owner AS "departmentId", COUNT(*)::int AS stale FROM tp WHERE included AND stale GROUP BY owner
      ) AS x) AS "staleByDepartment",
      (SELECT "verificationCadenceDays" FROM "Workspace" WHERE "id" = ${workspaceId}::uuid) AS "cadenceDays"`;
}
