// Coverage history without a contended row. No "server-only", like lib/audit/record.ts: the benchmark and
// start-up scripts run it too.
import { Prisma } from "../db/generated/client";
import { RetryAfterPreparing, type Tx, withTransaction } from "../db/transaction";
import { seatSql } from "../map/seat-sql";

export type SnapshotCounts = { touchpoints: number; owned: number; unowned: number; contested: number };

type SqlClient = Pick<Tx, "$queryRaw">;

/** Snapshots are one row per calendar day in UTC, whatever the server's time zone. */
export function getUtcDayString(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The workspace's touchpoints counted by DESIGN.md's status, in one aggregate over the A seat that the
 * coverage report reads too (tests/integration/coverage-snapshots proves it equals lib/ownership).
 */
export function coverageCountsSql(workspaceId: string): Prisma.Sql {
  return Prisma.sql`
    WITH seat AS (${seatSql(workspaceId)})
    SELECT
      COUNT(*)::int AS touchpoints,
      (COUNT(*) FILTER (WHERE seat.status = 'OWNED'))::int AS owned,
      (COUNT(*) FILTER (WHERE seat.status IS NULL OR seat.status = 'UNOWNED'))::int AS unowned,
      (COUNT(*) FILTER (WHERE seat.status = 'CONTESTED'))::int AS contested
    FROM "Touchpoint" t
    LEFT JOIN seat ON seat."touchpointId" = t."id"
    WHERE t."workspaceId" = ${workspaceId}::uuid`;
}

/** The workspace's counts as this client sees them now (in a transaction: its own changes included). */
export async function countCoverage(db: SqlClient, workspaceId: string): Promise<SnapshotCounts> {
  const [counts] = await db.$queryRaw<SnapshotCounts[]>(coverageCountsSql(workspaceId));
  if (!counts) throw new Error("The coverage count returned no row");
  return counts;
}

/**
 * Call inside every transaction that changes who holds A, claim state or the set of touchpoints, through
 * withTransaction. A snapshot row for day D holds the counts at the end of D; today is counted live by
 * getCoverageHistory, so a change on a day already marked does one unlocked read and writes nothing.
 * The first change of a later day cannot count "the state just before it" once it has written, so it asks
 * withTransaction to store the closing counts in a transaction of their own first, then to run it again.
 */
export async function recordCoverageSnapshot(
  tx: Tx,
  workspaceId: string,
  opts: { now?: Date } = {},
): Promise<void> {
  const day = getUtcDayString(opts.now ?? new Date());
  const [marker] = await tx.$queryRaw<{ isMarked: boolean }[]>`
    SELECT ("coverageDay" IS NOT NULL AND "coverageDay" >= ${day}::date) AS "isMarked"
    FROM "Workspace" WHERE "id" = ${workspaceId}::uuid`;
  if (!marker || marker.isMarked) return;
  throw new RetryAfterPreparing(() => closeCoverageDay(workspaceId, day));
}

/**
 * Stores the counts at the end of the last day with changes, once: the marker row's lock makes concurrent
 * first changes of the day wait here, and after it they find the day marked and do nothing. NO KEY UPDATE,
 * so inserts referencing the workspace (their FOR KEY SHARE) are not held up.
 */
async function closeCoverageDay(workspaceId: string, day: string): Promise<void> {
  await withTransaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ lastDay: string | null; isMarked: boolean }[]>`
      SELECT to_char("coverageDay", 'YYYY-MM-DD') AS "lastDay",
        ("coverageDay" IS NOT NULL AND "coverageDay" >= ${day}::date) AS "isMarked"
      FROM "Workspace" WHERE "id" = ${workspaceId}::uuid FOR NO KEY UPDATE`;
    if (!row || row.isMarked) return;
    if (row.lastDay !== null) {
      // Counted after taking the lock: READ COMMITTED sees every change committed before it.
      const counts = await countCoverage(tx, workspaceId);
      await tx.$executeRaw`
        INSERT INTO "CoverageSnapshot"
          ("workspaceId", "day", "touchpoints", "owned", "unowned", "contested", "updatedAt")
        VALUES (${workspaceId}::uuid, ${row.lastDay}::date, ${counts.touchpoints}, ${counts.owned},
          ${counts.unowned}, ${counts.contested}, now())
        ON CONFLICT ("workspaceId", "day") DO UPDATE SET "touchpoints" = EXCLUDED."touchpoints",
          "owned" = EXCLUDED."owned", "unowned" = EXCLUDED."unowned", "contested" = EXCLUDED."contested",
          "updatedAt" = now()`;
    }
    await tx.$executeRaw`UPDATE "Workspace" SET "coverageDay" = ${day}::date WHERE "id" = ${workspaceId}::uuid`;
  });
}
