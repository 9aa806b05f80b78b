import "server-only";
// What the verification screens read: a department's owned touchpoints with their confirmations (its head's
// claims page), and one touchpoint's (its page). Stale is decided by the same SQL as the coverage report.
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { seatSql, staleSql } from "../map/seat-sql";
import type { DepartmentVerification, TouchpointVerification, VerificationItem } from "./schemas";

/** How many touchpoints the claims page lists; the counts and "confirm all" cover every one. */
export const VERIFICATION_LIST_LIMIT = 50;

/**
 * The touchpoints `departmentId` alone is Accountable for, as a query with the aliases staleSql reads ("Touchpoint"
 * t, seat, "Workspace" w): only that department's A touchpoints are seated.
 */
function ownedBySql(opts: { workspaceId: string; departmentId: string }): Prisma.Sql {
  const { workspaceId, departmentId } = opts;
  const held = Prisma.sql`SELECT "touchpointId" FROM "Assignment"
    WHERE "workspaceId" = ${workspaceId}::uuid AND "departmentId" = ${departmentId}::uuid AND "role" = 'A'`;
  return Prisma.sql`(${seatSql(workspaceId, held)}) AS seat
    JOIN "Touchpoint" t ON t."id" = seat."touchpointId"
    JOIN "Workspace" w ON w."id" = t."workspaceId"`;
}

const ownedWhere = (departmentId: string) =>
  Prisma.sql`seat.status = 'OWNED' AND seat.owner = ${departmentId}::uuid`;

type Row = {
  departmentName: string;
  owned: number;
  stale: number;
  cadenceDays: number;
  items: (Omit<VerificationItem, "journey" | "stage"> & {
    journeyId: string;
    journeyName: string;
    stageId: string;
    stageName: string;
  })[];
};

/** In two reads whatever the department's size: the counts and the first `limit` touchpoints, stale first. */
export async function getDepartmentVerification(opts: {
  workspaceId: string;
  departmentId: string;
  asOf?: Date;
  limit?: number;
}): Promise<DepartmentVerification> {
  const prisma = await getPrisma();
  const asOf = opts.asOf ?? new Date();
  const limit = opts.limit ?? VERIFICATION_LIST_LIMIT;
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH owned AS MATERIALIZED (
      SELECT t."id", t."name", t."journeyId", t."stageId", t."position", t."ownershipConfirmedAt" AS "confirmedAt",
        ${staleSql(asOf)} AS stale
      FROM ${ownedBySql(opts)}
      WHERE ${ownedWhere(opts.departmentId)}
    )
    SELECT (SELECT "name" FROM "Department" WHERE "id" = ${opts.departmentId}::uuid) AS "departmentName",
      (SELECT COUNT(*)::int FROM owned) AS owned,
      (SELECT COUNT(*)::int FROM owned WHERE stale) AS stale,
      (SELECT "verificationCadenceDays" FROM "Workspace" WHERE "id" = ${opts.workspaceId}::uuid) AS "cadenceDays",
      (SELECT COALESCE(json_agg(x ORDER BY x.rank), '[]'::json) FROM (
        SELECT o."id" AS "touchpointId", o."name" AS "touchpointName", o.stale,
          to_char(o."confirmedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "confirmedAt",
          j."id" AS "journeyId", j."name" AS "journeyName", s."id" AS "stageId", s."name" AS "stageName",
          ROW_NUMBER() OVER (ORDER BY o.stale DESC, o."confirmedAt" NULLS FIRST, j."position", s."position",
            o."position") AS rank
        FROM owned o JOIN "Journey" j ON j."id" = o."journeyId" JOIN "Stage" s ON s."id" = o."stageId"
        ORDER BY rank LIMIT ${limit}::int
      ) AS x) AS items`;
  if (!row) throw new Error("The verification query returned no row");
  return {
    departmentName: row.departmentName,
    cadenceDays: row.cadenceDays,
    owned: row.owned,
    stale: row.stale,
    limit,
    items: row.items.map(({ journeyId, journeyName, stageId, stageName, ...item }) => ({
      ...item,
      journey: { id: journeyId, name: journeyName },
      stage: { id: stageId, name: stageName },
    })),
  };
}

/** Confirms every stale ownership of `departmentId` now, in one statement; returns what it confirmed. */
export async function confirmStaleOwnership(
  tx: Tx,
  opts: { workspaceId: string; departmentId: string; asOf: Date },
): Promise<{ id: string; name: string; journeyId: string }[]> {
  return tx.$queryRaw`
    WITH due AS (
      SELECT t."id" FROM ${ownedBySql(opts)}
      WHERE ${ownedWhere(opts.departmentId)} AND ${staleSql(opts.asOf)}
      FOR UPDATE OF t
    )
    UPDATE "Touchpoint" AS u SET "ownershipConfirmedAt" = ${opts.asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    FROM due WHERE u."id" = due."id"
    RETURNING u."id", u."name", u."journeyId"`;
}

/** One touchpoint's last confirmation and its workspace's cadence, or null when it is not in the workspace. */
export async function getTouchpointVerification(opts: {
  workspaceId: string;
  touchpointId: string;
}): Promise<TouchpointVerification | null> {
  const prisma = await getPrisma();
  const row = await prisma.touchpoint.findFirst({
    where: { id: opts.touchpointId, workspaceId: opts.workspaceId },
    select: { ownershipConfirmedAt: true, workspace: { select: { verificationCadenceDays: true } } },
  });
  if (!row) return null;
  return {
    cadenceDays: row.workspace.verificationCadenceDays,
    confirmedAt: row.ownershipConfirmedAt?.toISOString() ?? null,
  };
}

/** The workspace's verification cadence in days, as the settings page shows and edits it. */
export async function getVerificationCadence(workspaceId: string): Promise<number> {
  const prisma = await getPrisma();
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { verificationCadenceDays: true },
  });
  return workspace.verificationCadenceDays;
}
