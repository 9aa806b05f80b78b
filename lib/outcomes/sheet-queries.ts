import "server-only";
// The reads behind the targets and readings sheets, each one query whatever the sheet's size: the names a sheet
// may use, the targets it would replace, and the export in journey order.
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import type { OutcomeNames, SheetMeasure } from "./sheet-resolve";

/**
 * The journeys a sheet names, with their stages and touchpoints, and the measures it names: held FOR SHARE until
 * the transaction ends, so a change of scale (which locks its measure FOR UPDATE and checks the values stored)
 * cannot slip in between the sheet's value checks and its writes. Four queries.
 */
export async function readOutcomeNames(
  tx: Tx,
  opts: { workspaceId: string; journeyNames: string[]; measureNames: string[] },
): Promise<OutcomeNames> {
  const { workspaceId } = opts;
  const measures = await tx.$queryRaw<SheetMeasure[]>`
    SELECT id::text AS id, name, kind::text AS kind, direction::text AS direction, "scaleMin", "scaleMax"
    FROM "Measure"
    WHERE "workspaceId" = ${workspaceId}::uuid AND name = ANY(${opts.measureNames}::text[])
    ORDER BY id
    FOR SHARE`;
  const journeys = await tx.journey.findMany({
    where: { workspaceId, name: { in: opts.journeyNames } },
    select: { id: true, name: true },
  });
  const inJourneys = { workspaceId, journeyId: { in: journeys.map((j) => j.id) } };
  const stages = await tx.stage.findMany({
    where: inJourneys,
    select: { id: true, journeyId: true, name: true },
  });
  const touchpoints = await tx.touchpoint.findMany({
    where: inJourneys,
    select: { id: true, stageId: true, name: true },
  });
  return { journeys, stages, touchpoints, measures };
}

/** The targets stored under these (measure, scope) keys: value by `targetKey`. */
export async function readStoredTargets(
  tx: Tx,
  opts: { workspaceId: string; keys: { measureId: string; scopeId: string }[] },
): Promise<Map<string, number>> {
  if (opts.keys.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ measureId: string; scopeId: string; value: number }[]>`
    SELECT t."measureId"::text AS "measureId", t."scopeId"::text AS "scopeId", t.value
    FROM "OutcomeTarget" t
    JOIN unnest(${opts.keys.map((k) => k.measureId)}::uuid[], ${opts.keys.map((k) => k.scopeId)}::uuid[])
      AS k("measureId", "scopeId") ON t."measureId" = k."measureId" AND t."scopeId" = k."scopeId"
    WHERE t."workspaceId" = ${opts.workspaceId}::uuid`;
  return new Map(rows.map((row) => [targetKey(row), row.value]));
}

export function targetKey(key: { measureId: string; scopeId: string }): string {
  return `${key.measureId}/${key.scopeId}`;
}

/** A value as the sheets write it: stage and touchpoint are null for a journey's own. */
export type SheetTargetRow = {
  journey: string;
  stage: string | null;
  touchpoint: string | null;
  measure: string;
  value: number;
};
export type SheetReadingRow = SheetTargetRow & {
  month: string;
  sampleSize: number | null;
  source: string | null;
};

// Journey order (DESIGN.md): the journey's own first, then its stages by position and their touchpoints by
// position; within a scope by measure name as the Measures page lists them.
const SHEET_ORDER = Prisma.sql`j.position, s.position NULLS FIRST, t.position NULLS FIRST,
  lower(m.name), m.name, m.id`;

/** Every target of the workspace in journey order: GET /api/v1/targets. */
export async function listSheetTargets(workspaceId: string): Promise<SheetTargetRow[]> {
  const prisma = await getPrisma();
  return prisma.$queryRaw<SheetTargetRow[]>`
    SELECT j.name AS journey, s.name AS stage, t.name AS touchpoint, m.name AS measure, o.value
    FROM "OutcomeTarget" o
    JOIN "Journey" j ON j.id = o."journeyId"
    JOIN "Measure" m ON m.id = o."measureId"
    LEFT JOIN "Touchpoint" t ON t.id = o."touchpointId"
    LEFT JOIN "Stage" s ON s.id = t."stageId"
    WHERE o."workspaceId" = ${workspaceId}::uuid
    ORDER BY ${SHEET_ORDER}`;
}

/** The workspace's readings of the months from..to (both included, either open), in journey order then month. */
export async function listSheetReadings(
  workspaceId: string,
  months: { from?: string; to?: string } = {},
): Promise<SheetReadingRow[]> {
  const prisma = await getPrisma();
  const from = months.from ? Prisma.sql`AND o.month >= ${months.from}` : Prisma.empty;
  const to = months.to ? Prisma.sql`AND o.month <= ${months.to}` : Prisma.empty;
  return prisma.$queryRaw<SheetReadingRow[]>`
    SELECT j.name AS journey, s.name AS stage, t.name AS touchpoint, m.name AS measure, o.month, o.value,
      o."sampleSize", o.source
    FROM "OutcomeReading" o
    JOIN "Journey" j ON j.id = o."journeyId"
    JOIN "Measure" m ON m.id = o."measureId"
    LEFT JOIN "Touchpoint" t ON t.id = o."touchpointId"
    LEFT JOIN "Stage" s ON s.id = t."stageId"
    WHERE o."workspaceId" = ${workspaceId}::uuid ${from} ${to}
    ORDER BY ${SHEET_ORDER}, o.month`;
}
