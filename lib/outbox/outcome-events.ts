import "server-only";
// "A target your department owns gone off target" (DESIGN.md, Notifications): when a reading makes a touchpoint
// target's status for the reading's month OFF_TARGET where it was not, in the transaction that records it. A target
// on an unowned or contested touchpoint belongs to no department (DESIGN.md, Customer outcomes): nobody is told.
// Only news is told: a reading of the current month or the month before (the months the dashboard reads), never
// a history being filled in.

/** Whether a reading of `month` is recent enough to be news, as of `now`. */
export function isNewsMonth(month: Month, now = new Date()): boolean {
  return month >= previousMonth(monthOf(now));
}

import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { readTouchpointRoles } from "../map/roles";
import { seatSql } from "../map/seat-sql";
import { type Month, monthOf, previousMonth, targetOutcome } from "../outcomes/rules";
import type { ScopedMeasure } from "../outcomes/scope";
import { getTouchpointOwnership } from "../ownership";
import { emitEvent } from "./emit";

export async function emitIfOffTarget(
  tx: Tx,
  opts: {
    workspaceId: string;
    touchpointId: string;
    measure: ScopedMeasure;
    month: Month;
    value: number;
    /** The month's reading before this one replaced it, if any. */
    valueBefore: number | null;
  },
): Promise<void> {
  const { workspaceId, touchpointId, measure, month } = opts;
  if (!isNewsMonth(month)) return;
  const target = await tx.outcomeTarget.findUnique({
    where: { measureId_scopeId: { measureId: measure.id, scopeId: touchpointId } },
    select: { value: true },
  });
  if (!target) return;
  const status = (readings: Map<Month, number>) =>
    targetOutcome({ measure, target: target.value, month, readings }).status;
  if (status(new Map([[month, opts.value]])) !== "OFF_TARGET") return;
  // Before: the month's old reading, else the month before's (the status rule's fallback).
  const earlier =
    opts.valueBefore === null
      ? await tx.outcomeReading.findUnique({
          where: {
            measureId_scopeId_month: {
              measureId: measure.id,
              scopeId: touchpointId,
              month: previousMonth(month),
            },
          },
          select: { value: true },
        })
      : null;
  const before = new Map<Month, number>();
  if (opts.valueBefore !== null) before.set(month, opts.valueBefore);
  else if (earlier) before.set(previousMonth(month), earlier.value);
  if (status(before) === "OFF_TARGET") return;
  const ownership = getTouchpointOwnership(await readTouchpointRoles(tx, { workspaceId, touchpointId }));
  if (ownership.status !== "OWNED" || !ownership.ownerId) return;
  const [department, touchpoint] = await Promise.all([
    tx.department.findUniqueOrThrow({ where: { id: ownership.ownerId }, select: { id: true, name: true } }),
    tx.touchpoint.findUniqueOrThrow({
      where: { id: touchpointId },
      select: { id: true, name: true, journey: { select: { id: true, name: true } } },
    }),
  ]);
  await emitEvent(tx, {
    workspaceId,
    type: "outcome.off_target",
    data: {
      touchpoint: { id: touchpoint.id, name: touchpoint.name },
      journey: touchpoint.journey,
      department,
      measure: { id: measure.id, name: measure.name, unit: measure.unit },
      target: target.value,
      value: opts.value,
      month,
    },
  });
}

/** A touchpoint reading of a sheet being imported, as the import resolved it. */
export type ImportedReading = { touchpointId: string; measureId: string; month: Month; value: number };

/** The sheet's recent touchpoint readings as one set (`x`), one array parameter per column. */
function recentSql(rows: readonly ImportedReading[]): Prisma.Sql {
  return Prisma.sql`SELECT * FROM unnest(${rows.map((r) => r.touchpointId)}::uuid[],
    ${rows.map((r) => r.measureId)}::uuid[], ${rows.map((r) => r.month)}::text[], ${rows.map((r) => r.value)}::float8[])
    AS x("touchpointId", "measureId", month, value)`;
}

// lib/outcomes/rules.ts's meetsTarget in SQL, over a measure `me`, a target `tg` and a value.
const misses = (value: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN me."direction" = 'HIGHER' THEN ${value} < tg."value" ELSE ${value} > tg."value" END)`;

/** Keeps the rows worth telling about: touchpoint readings of recent months. */
export function newsReadings(rows: readonly ImportedReading[], now = new Date()): ImportedReading[] {
  return rows.filter((r) => isNewsMonth(r.month, now));
}

/**
 * Before an import writes: which of its recent readings' targets are OFF_TARGET for their month already (the
 * month's reading, else the month before's, as lib/outcomes/rules.ts's targetOutcome reads them). One query.
 */
export async function offTargetBefore(tx: Tx, rows: readonly ImportedReading[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const found = await tx.$queryRaw<{ key: string }[]>`
    WITH x AS (${recentSql(rows)})
    SELECT x."touchpointId" || ':' || x."measureId" || ':' || x.month AS key
    FROM x
    JOIN "OutcomeTarget" tg ON tg."measureId" = x."measureId" AND tg."scopeId" = x."touchpointId"
    JOIN "Measure" me ON me."id" = x."measureId"
    LEFT JOIN "OutcomeReading" r ON r."measureId" = x."measureId" AND r."scopeId" = x."touchpointId"
      AND r.month = x.month
    LEFT JOIN "OutcomeReading" p ON p."measureId" = x."measureId" AND p."scopeId" = x."touchpointId"
      AND p.month = to_char(to_date(x.month, 'YYYY-MM') - interval '1 month', 'YYYY-MM')
    WHERE COALESCE(r."value", p."value") IS NOT NULL AND ${misses(Prisma.sql`COALESCE(r."value", p."value")`)}`;
  return new Set(found.map((f) => f.key));
}

/**
 * After an import wrote: one "outcome.off_target" per recent reading that misses its target where the target was
 * not off before, on a touchpoint one department alone is Accountable for. One statement, whatever the sheet's size.
 */
export async function emitOffTargetAfterImport(
  tx: Tx,
  opts: { workspaceId: string; rows: readonly ImportedReading[]; offBefore: ReadonlySet<string> },
): Promise<number> {
  const rows = opts.rows.filter((r) => !opts.offBefore.has(`${r.touchpointId}:${r.measureId}:${r.month}`));
  if (rows.length === 0) return 0;
  const { workspaceId } = opts;
  const touchpoints = Prisma.sql`SELECT unnest(${rows.map((r) => r.touchpointId)}::uuid[])`;
  return tx.$executeRaw`
    WITH x AS (${recentSql(rows)}), seat AS (${seatSql(workspaceId, touchpoints)})
    INSERT INTO "OutboxEvent" ("id", "workspaceId", "type", "data", "createdAt")
    SELECT gen_random_uuid(), ${workspaceId}::uuid, 'outcome.off_target',
      jsonb_build_object(
        'touchpoint', jsonb_build_object('id', t."id", 'name', t."name"),
        'journey', jsonb_build_object('id', j."id", 'name', j."name"),
        'department', jsonb_build_object('id', d."id", 'name', d."name"),
        'measure', jsonb_build_object('id', me."id", 'name', me."name", 'unit', me."unit"),
        'target', tg."value", 'value', x.value, 'month', x.month),
      now() AT TIME ZONE 'UTC'
    FROM x
    JOIN "OutcomeTarget" tg ON tg."measureId" = x."measureId" AND tg."scopeId" = x."touchpointId"
    JOIN "Measure" me ON me."id" = x."measureId"
    JOIN "Touchpoint" t ON t."id" = x."touchpointId" AND t."workspaceId" = ${workspaceId}::uuid
    JOIN "Journey" j ON j."id" = t."journeyId"
    JOIN seat ON seat."touchpointId" = t."id" AND seat.status = 'OWNED'
    JOIN "Department" d ON d."id" = seat.owner
    WHERE ${misses(Prisma.sql`x.value`)}`;
}
