// "Verification due" (DESIGN.md, Notifications): once an hour per workspace, the ownership that went stale since the
// last look becomes one event per owning department. The first look only starts the clock: ownership stale before
// it was already on every screen, and a flood of old news helps nobody.
import { withTransaction } from "../db/transaction";
import { seatSql } from "../map/seat-sql";
import { emitEvent } from "./emit";

const EVERY_MS = 3_600_000;

type Crossed = { departmentId: string; departmentName: string; touchpoints: { id: string; name: string }[] };

/** Scans the workspaces due a look (at most `limit`); returns how many events it wrote. */
export async function scanVerificationDue(opts: { now: Date; limit?: number }): Promise<number> {
  const { now } = opts;
  const before = new Date(now.getTime() - EVERY_MS);
  return withTransaction(async (tx) => {
    const workspaces = await tx.$queryRaw<{ id: string; scannedAt: Date | null; cadenceDays: number }[]>`
      SELECT "id", "verificationScannedAt" AS "scannedAt", "verificationCadenceDays" AS "cadenceDays"
      FROM "Workspace"
      WHERE "verificationScannedAt" IS NULL OR "verificationScannedAt" <= ${before}
      ORDER BY "id" LIMIT ${opts.limit ?? 20}::int FOR UPDATE SKIP LOCKED`;
    let written = 0;
    for (const workspace of workspaces) {
      if (workspace.scannedAt) {
        const crossed = await tx.$queryRaw<Crossed[]>`
          SELECT seat.owner AS "departmentId", d."name" AS "departmentName",
            json_agg(json_build_object('id', t."id", 'name', t."name") ORDER BY t."ownershipConfirmedAt", t."id")
              AS touchpoints
          FROM (${seatSql(workspace.id)}) AS seat
          JOIN "Touchpoint" t ON t."id" = seat."touchpointId"
          JOIN "Department" d ON d."id" = seat.owner
          WHERE seat.status = 'OWNED'
            AND t."ownershipConfirmedAt" + make_interval(days => ${workspace.cadenceDays}::int)
              > ${workspace.scannedAt}
            AND t."ownershipConfirmedAt" + make_interval(days => ${workspace.cadenceDays}::int) <= ${now}
          GROUP BY seat.owner, d."name", d."position" ORDER BY d."position"`;
        for (const row of crossed) {
          await emitEvent(tx, {
            workspaceId: workspace.id,
            type: "verification.due",
            data: {
              department: { id: row.departmentId, name: row.departmentName },
              touchpoints: row.touchpoints,
              cadenceDays: workspace.cadenceDays,
            },
          });
          written++;
        }
      }
      await tx.workspace.update({ where: { id: workspace.id }, data: { verificationScannedAt: now } });
    }
    return written;
  });
}
