import "server-only";
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
// A department head's claims page: the department's pending claims, the roles it holds and one page of the
// touchpoints it could take. Reads only those rows, in a fixed number of queries whatever the workspace holds;
// status is DESIGN.md's A-seat rule as SQL (coverage/report-sql.ts, proven equal to lib/ownership).
import { seatSql } from "../map/seat-sql";
import type { RaciRole, TouchpointStatus } from "../ownership";
import { CLAIMS_PAGE_SIZE, type Paged, readPage } from "./pagination";
import {
  type ClaimView,
  claimSelect,
  type PlacedTouchpoint,
  placeSelect,
  toClaimView,
  toPlaced,
} from "./queries";
import type { TCandidateFilters } from "./schemas";

export type TouchpointRow = PlacedTouchpoint & {
  status: TouchpointStatus;
  /** Departments holding A, and departments with an open A claim that do not hold it, in department order. */
  holderNames: string[];
  claimantNames: string[];
};
export type HeldRole = TouchpointRow & { role: RaciRole };

export type DepartmentClaims = {
  departmentName: string;
  pending: (ClaimView & { touchpoint: PlacedTouchpoint })[];
  /** Every role the department holds, in journey order. */
  held: HeldRole[];
  /** The workspace's journeys, in order, to filter the candidates by. */
  journeys: { id: string; name: string }[];
  /** The filters applied: a journey id that is not one of the workspace's is dropped. */
  filters: TCandidateFilters;
  /**
   * Touchpoints the department does not hold A on and has no open claim for, matching the filters: unowned,
   * then contested, then owned, each in journey order (id breaks ties), one page at a time.
   */
  candidates: Paged<TouchpointRow>;
};

type Scope = { workspaceId: string; departmentId: string };

/** What every row shows, for the touchpoint aliased t with s, j and seat joined; the sort keys ride along. */
const innerColumns = Prisma.sql`t."id", t."name", j."name" AS "journeyName", s."name" AS "stageName",
  COALESCE(seat.status, 'UNOWNED') AS status, j."position" AS jp, s."position" AS sp, t."position" AS tp`;

/** The row as the screen reads it, from the inner rows aliased r: the names are read for those rows only. */
const outerColumns = Prisma.sql`r."id"::text AS "id", r."name", r."journeyName", r."stageName", r.status,
  ARRAY(SELECT d."name" FROM "Assignment" a JOIN "Department" d ON d."id" = a."departmentId"
    WHERE a."touchpointId" = r."id" AND a."role" = 'A' ORDER BY d."position") AS "holderNames",
  ARRAY(SELECT d."name" FROM "Claim" c JOIN "Department" d ON d."id" = c."departmentId"
    WHERE c."touchpointId" = r."id" AND c."status" = 'PENDING' AND c."role" = 'A'
      AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = r."id"
        AND a."departmentId" = c."departmentId" AND a."role" = 'A')
    ORDER BY d."position") AS "claimantNames"`;

const placed = (workspaceId: string) => Prisma.sql`
  JOIN "Stage" s ON s."id" = t."stageId"
  JOIN "Journey" j ON j."id" = t."journeyId"
  LEFT JOIN (${seatSql(workspaceId)}) AS seat ON seat."touchpointId" = t."id"`;

async function findHeldRoles(scope: Scope): Promise<HeldRole[]> {
  const prisma = await getPrisma();
  return prisma.$queryRaw<HeldRole[]>`
    SELECT ${outerColumns}, r."role" FROM (
      SELECT ${innerColumns}, a."role"::text AS "role"
      FROM "Assignment" a
      JOIN "Touchpoint" t ON t."id" = a."touchpointId"
      ${placed(scope.workspaceId)}
      WHERE a."workspaceId" = ${scope.workspaceId}::uuid AND a."departmentId" = ${scope.departmentId}::uuid
    ) AS r
    ORDER BY r.jp, r.sp, r.tp, r."id"`;
}

/** Touchpoints (aliased t) the department could take: no A held, no open claim of any role; then the filters. */
function candidateWhere(opts: Scope & TCandidateFilters): Prisma.Sql {
  const byName = opts.q ? Prisma.sql`AND strpos(lower(t."name"), lower(${opts.q}::text)) > 0` : Prisma.empty;
  const byJourney = opts.journeyId ? Prisma.sql`AND t."journeyId" = ${opts.journeyId}::uuid` : Prisma.empty;
  return Prisma.sql`
    WHERE t."workspaceId" = ${opts.workspaceId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = t."id"
        AND a."departmentId" = ${opts.departmentId}::uuid AND a."role" = 'A')
      AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."touchpointId" = t."id"
        AND c."departmentId" = ${opts.departmentId}::uuid AND c."status" = 'PENDING')
      ${byName} ${byJourney}`;
}

async function countCandidates(opts: Scope & TCandidateFilters): Promise<number> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "Touchpoint" t ${candidateWhere(opts)}`;
  return row?.count ?? 0;
}

async function findCandidates(
  opts: Scope & TCandidateFilters & { range: { skip: number; take: number } },
): Promise<TouchpointRow[]> {
  const prisma = await getPrisma();
  return prisma.$queryRaw<TouchpointRow[]>`
    SELECT ${outerColumns} FROM (
      SELECT ${innerColumns},
        CASE COALESCE(seat.status, 'UNOWNED') WHEN 'UNOWNED' THEN 0 WHEN 'CONTESTED' THEN 1 ELSE 2 END AS rank
      FROM "Touchpoint" t
      ${placed(opts.workspaceId)}
      ${candidateWhere(opts)}
      ORDER BY rank, jp, sp, tp, t."id"
      LIMIT ${opts.range.take}::int OFFSET ${opts.range.skip}::int
    ) AS r
    ORDER BY r.rank, r.jp, r.sp, r.tp, r."id"`;
}

/**
 * The department head's claims page, for the head's own department (the caller passes the membership's):
 * six queries, seven when the page asked for is past the last.
 */
export async function getDepartmentClaims(
  opts: Scope & { page: number; filters: TCandidateFilters },
): Promise<DepartmentClaims> {
  const prisma = await getPrisma();
  const { workspaceId, departmentId } = opts;
  const [department, journeys] = await Promise.all([
    prisma.department.findFirst({ where: { id: departmentId, workspaceId }, select: { name: true } }),
    prisma.journey.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const filters: TCandidateFilters = {
    q: opts.filters.q,
    journeyId: journeys.some((j) => j.id === opts.filters.journeyId) ? opts.filters.journeyId : undefined,
  };
  const scoped = { workspaceId, departmentId, ...filters };
  const [pending, held, candidates] = await Promise.all([
    prisma.claim.findMany({
      where: { workspaceId, departmentId, status: "PENDING" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { ...claimSelect, touchpoint: { select: placeSelect } },
    }),
    findHeldRoles({ workspaceId, departmentId }),
    readPage({
      requested: opts.page,
      pageSize: CLAIMS_PAGE_SIZE,
      count: () => countCandidates(scoped),
      rows: (range) => findCandidates({ ...scoped, range }),
    }),
  ]);
  return {
    departmentName: department?.name ?? "Your department",
    pending: pending.map((c) => ({
      ...toClaimView(c),
      touchpoint: toPlaced(c.touchpoint),
    })),
    held,
    journeys,
    filters,
    candidates,
  };
}
