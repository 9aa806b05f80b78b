// The day's coverage snapshot, rewritten inside every transaction that changes ownership, so the history is
// exact. No "server-only", like lib/audit/record.ts: the benchmark and start-up scripts run it too.
import type { Tx } from "../db/transaction";

export type SnapshotCounts = { touchpoints: number; owned: number; unowned: number; contested: number };

/** Snapshots are one row per calendar day in UTC, whatever the server's time zone. */
export function getUtcDayString(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Upserts today's row for the workspace. It first takes the row's lock, then counts in a new statement: under
 * READ COMMITTED that statement sees every edit committed by a writer we waited for, so the last writer of the
 * day never stores counts that miss a concurrent change.
 * The count is DESIGN.md's touchpoint status in one aggregate (tests/integration/coverage-snapshots proves
 * it equals lib/ownership): the A seat's contenders are the A holders and the open A claimants, distinct;
 * two or more → contested; else exactly one holder → owned; else unowned.
 */
export async function recordCoverageSnapshot(
  tx: Tx,
  workspaceId: string,
  opts: { now?: Date } = {},
): Promise<SnapshotCounts> {
  const day = getUtcDayString(opts.now ?? new Date());
  await tx.$executeRaw`
    INSERT INTO "CoverageSnapshot" ("workspaceId", "day", "touchpoints", "owned", "unowned", "contested", "updatedAt")
    VALUES (${workspaceId}::uuid, ${day}::date, 0, 0, 0, 0, now())
    ON CONFLICT ("workspaceId", "day") DO UPDATE SET "updatedAt" = now()`;
  const rows = await tx.$queryRaw<SnapshotCounts[]>`
    WITH contenders AS (
      SELECT "touchpointId", "departmentId" FROM "Assignment"
        WHERE "workspaceId" = ${workspaceId}::uuid AND "role" = 'A'
      UNION
      SELECT "touchpointId", "departmentId" FROM "Claim"
        WHERE "workspaceId" = ${workspaceId}::uuid AND "status" = 'PENDING' AND "role" = 'A'
    ), seat AS (
      SELECT c."touchpointId",
        COUNT(*) AS contenders,
        COUNT(a."departmentId") AS holders
      FROM contenders c
      LEFT JOIN "Assignment" a
        ON a."touchpointId" = c."touchpointId" AND a."departmentId" = c."departmentId" AND a."role" = 'A'
      GROUP BY c."touchpointId"
    ), counts AS (
      SELECT
        COUNT(*)::int AS touchpoints,
        (COUNT(*) FILTER (WHERE s.contenders = 1 AND s.holders = 1))::int AS owned,
        (COUNT(*) FILTER (WHERE s.contenders IS NULL OR (s.contenders = 1 AND s.holders = 0)))::int AS unowned,
        (COUNT(*) FILTER (WHERE s.contenders >= 2))::int AS contested
      FROM "Touchpoint" t
      LEFT JOIN seat s ON s."touchpointId" = t."id"
      WHERE t."workspaceId" = ${workspaceId}::uuid
    )
    UPDATE "CoverageSnapshot" AS snap
    SET "touchpoints" = counts.touchpoints, "owned" = counts.owned, "unowned" = counts.unowned,
        "contested" = counts.contested, "updatedAt" = now()
    FROM counts
    WHERE snap."workspaceId" = ${workspaceId}::uuid AND snap."day" = ${day}::date
    RETURNING snap."touchpoints", snap."owned", snap."unowned", snap."contested"`;
  const [counts] = rows;
  if (!counts) throw new Error("The coverage snapshot row vanished inside its own transaction");
  return counts;
}
