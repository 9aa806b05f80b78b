// DESIGN.md's touchpoint status in SQL, for every read that counts or filters by it (coverage, its history,
// contests, a head's candidates, stale ownership): the SQL twin of lib/ownership's getTouchpointOwnership, proved equal to it by
// tests/integration/coverage-report.test.ts and coverage-snapshots.test.ts.
import { Prisma } from "../db/generated/client";

/**
 * DESIGN.md's status per touchpoint that has any contender for A (A holders and open A claimants, distinct):
 * two or more → CONTESTED; one who holds A → OWNED by it; else UNOWNED. A touchpoint without a row is
 * UNOWNED. Columns: "touchpointId", status, owner (the owner's id when OWNED, else null).
 */
export function seatSql(workspaceId: string, only?: Prisma.Sql): Prisma.Sql {
  // `only`: a query of the touchpoint ids a read needs, so a read about a few touchpoints does not seat them all.
  const within = only ? Prisma.sql`AND "touchpointId" IN (${only})` : Prisma.empty;
  return Prisma.sql`
    SELECT "touchpointId",
      CASE WHEN COUNT(DISTINCT "departmentId") >= 2 THEN 'CONTESTED'
        WHEN bool_or(holds) THEN 'OWNED' ELSE 'UNOWNED' END AS status,
      CASE WHEN COUNT(DISTINCT "departmentId") = 1 THEN (array_agg("departmentId") FILTER (WHERE holds))[1]
        END AS owner
    FROM (
      SELECT "touchpointId", "departmentId", true AS holds FROM "Assignment"
        WHERE "workspaceId" = ${workspaceId}::uuid AND "role" = 'A' ${within}
      UNION ALL
      SELECT "touchpointId", "departmentId", false FROM "Claim"
        WHERE "workspaceId" = ${workspaceId}::uuid AND "status" = 'PENDING' AND "role" = 'A' ${within}
    ) AS contenders
    GROUP BY "touchpointId"`;
}

/**
 * lib/ownership's isOwnershipStale in SQL, over a row of "Touchpoint" t, its seat and its "Workspace" w: owned,
 * and confirmed (or changed hands) before the workspace's cadence ended at `asOf`.
 */
export function staleSql(asOf: Date): Prisma.Sql {
  return Prisma.sql`(COALESCE(seat.status, 'UNOWNED') = 'OWNED' AND (t."ownershipConfirmedAt" IS NULL
    OR t."ownershipConfirmedAt" < (${asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      - make_interval(days => w."verificationCadenceDays")))`;
}
