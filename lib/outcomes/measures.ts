import "server-only";
// Reads of a workspace's measures: the Measures page's list, the API's, and what each measure's targets and
// readings hold (counts for the delete dialog, value range for a change of scale). One query each.
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import type { MeasureValueStats } from "./measure-text";
import type { TMeasureDefinition } from "./schemas";

/** What a report or a scope needs of each measure: its name, unit and scale. */
export const MEASURE_SCALE_SELECT = {
  id: true,
  name: true,
  unit: true,
  kind: true,
  direction: true,
  scaleMin: true,
  scaleMax: true,
} as const;

export type MeasureListItem = TMeasureDefinition & {
  id: string;
  /** What deleting it would take with it. */
  targets: number;
  readings: number;
};

type Db = Tx | Awaited<ReturnType<typeof getPrisma>>;

/** A workspace's measures by name, each with its number of targets and readings, in one query. */
export async function listMeasures(workspaceId: string, db?: Db): Promise<MeasureListItem[]> {
  const client = db ?? (await getPrisma());
  // Counted in subqueries grouped once per table, not per measure.
  return client.$queryRaw<MeasureListItem[]>`
    SELECT m."id"::text AS "id", m."name", m."kind"::text AS "kind", m."direction"::text AS "direction",
      m."scaleMin", m."scaleMax", m."unit",
      COALESCE(t."count", 0)::int AS "targets", COALESCE(r."count", 0)::int AS "readings"
    FROM "Measure" m
    LEFT JOIN (SELECT "measureId", count(*) AS "count" FROM "OutcomeTarget"
               WHERE "workspaceId" = ${workspaceId}::uuid GROUP BY "measureId") t ON t."measureId" = m."id"
    LEFT JOIN (SELECT "measureId", count(*) AS "count" FROM "OutcomeReading"
               WHERE "workspaceId" = ${workspaceId}::uuid GROUP BY "measureId") r ON r."measureId" = m."id"
    WHERE m."workspaceId" = ${workspaceId}::uuid
    ORDER BY lower(m."name"), m."name", m."id"`;
}

type StatsRow = MeasureValueStats & { measureId: string };

/**
 * What the targets and readings of a workspace's measures hold (all of them, or those of `measureIds`):
 * counts, the lowest and highest value and one fractional value. Measures with neither are absent.
 */
export async function getMeasureValueStats(
  db: Db,
  opts: { workspaceId: string; measureIds?: string[] },
): Promise<Map<string, MeasureValueStats>> {
  const only = opts.measureIds ? Prisma.sql`AND "measureId" = ANY(${opts.measureIds}::uuid[])` : Prisma.empty;
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT v."measureId"::text AS "measureId",
      count(*) FILTER (WHERE v."isTarget")::int AS "targets",
      count(*) FILTER (WHERE NOT v."isTarget")::int AS "readings",
      min(v."value") AS "lowest", max(v."value") AS "highest",
      min(v."value") FILTER (WHERE v."value" <> trunc(v."value")) AS "fraction"
    FROM (
      SELECT "measureId", "value", true AS "isTarget" FROM "OutcomeTarget"
      WHERE "workspaceId" = ${opts.workspaceId}::uuid ${only}
      UNION ALL
      SELECT "measureId", "value", false AS "isTarget" FROM "OutcomeReading"
      WHERE "workspaceId" = ${opts.workspaceId}::uuid ${only}
    ) v
    GROUP BY v."measureId"`;
  return new Map(rows.map(({ measureId, ...stats }) => [measureId, stats]));
}

export type MeasureRow = TMeasureDefinition & { id: string };

/**
 * A workspace's measures (all, or the one `id`), locked until the transaction ends: FOR UPDATE also holds off
 * new targets and readings (their foreign key waits), so a change of scale is checked against every value.
 */
export function lockMeasures(tx: Tx, opts: { workspaceId: string; id?: string }): Promise<MeasureRow[]> {
  const only = opts.id ? Prisma.sql`AND "id" = ${opts.id}::uuid` : Prisma.empty;
  return tx.$queryRaw<MeasureRow[]>`
    SELECT "id"::text AS "id", "name", "kind"::text AS "kind", "direction"::text AS "direction",
      "scaleMin", "scaleMax", "unit"
    FROM "Measure" WHERE "workspaceId" = ${opts.workspaceId}::uuid ${only}
    ORDER BY "id" FOR UPDATE`;
}
