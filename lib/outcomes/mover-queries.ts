import "server-only";
// The readings behind the review's biggest movers: every (scope, measure) read in both a month and the month
// before, with a different value, in one query; movers.ts ranks them.
import { getPrisma } from "../db/client";
import { seatSql } from "../map/seat-sql";
import type { TouchpointStatus } from "../ownership";
import { type Movers, movers, type ReadingChange } from "./movers";
import type { ReportMeasure } from "./report";
import { type Month, previousMonth } from "./rules";

/** A reading change with where it sits and who answers for it today. */
export type ReviewReadingChange = ReadingChange & {
  measure: ReportMeasure;
  journey: { id: string; name: string };
  /** Null for a journey's own reading. */
  touchpoint: { id: string; name: string; stageName: string; status: TouchpointStatus } | null;
  /** The touchpoint's single Accountable department, when it is OWNED. */
  ownerName: string | null;
};

type Row = {
  measureId: string;
  measureName: string;
  unit: string;
  kind: ReportMeasure["kind"];
  direction: ReportMeasure["direction"];
  scaleMin: number | null;
  scaleMax: number | null;
  scopeId: string;
  journeyId: string;
  journeyName: string;
  touchpointId: string | null;
  touchpointName: string | null;
  stageName: string | null;
  touchpointStatus: TouchpointStatus | null;
  ownerName: string | null;
  target: number | null;
  previous: number;
  current: number;
};

/** The month's largest improvements and declines since the month before, whatever the workspace's size. */
export async function getBiggestMovers(opts: {
  workspaceId: string;
  month: Month;
}): Promise<Movers<ReviewReadingChange>> {
  const prisma = await getPrisma();
  const { workspaceId, month } = opts;
  const rows = await prisma.$queryRaw<Row[]>`
    WITH seat AS (${seatSql(workspaceId)})
    SELECT cur."measureId", m."name" AS "measureName", m."unit", m."kind"::text AS "kind",
      m."direction"::text AS "direction", m."scaleMin", m."scaleMax",
      cur."scopeId", cur."journeyId", j."name" AS "journeyName", cur."touchpointId",
      t."name" AS "touchpointName", s."name" AS "stageName",
      CASE WHEN cur."touchpointId" IS NULL THEN NULL ELSE COALESCE(seat.status, 'UNOWNED') END
        AS "touchpointStatus",
      d."name" AS "ownerName", ot."value" AS "target", prev."value" AS "previous", cur."value" AS "current"
    FROM "OutcomeReading" cur
    JOIN "OutcomeReading" prev ON prev."measureId" = cur."measureId" AND prev."scopeId" = cur."scopeId"
      AND prev."month" = ${previousMonth(month)}
    JOIN "Measure" m ON m."id" = cur."measureId"
    JOIN "Journey" j ON j."id" = cur."journeyId"
    LEFT JOIN "Touchpoint" t ON t."id" = cur."touchpointId"
    LEFT JOIN "Stage" s ON s."id" = t."stageId"
    LEFT JOIN seat ON seat."touchpointId" = cur."touchpointId"
    LEFT JOIN "Department" d ON d."id" = seat.owner
    LEFT JOIN "OutcomeTarget" ot ON ot."measureId" = cur."measureId" AND ot."scopeId" = cur."scopeId"
    WHERE cur."workspaceId" = ${workspaceId}::uuid AND cur."month" = ${month} AND cur."value" <> prev."value"`;
  return movers(
    rows.map((row) => ({
      measure: {
        id: row.measureId,
        name: row.measureName,
        unit: row.unit,
        kind: row.kind,
        direction: row.direction,
        scaleMin: row.scaleMin,
        scaleMax: row.scaleMax,
      },
      measureId: row.measureId,
      scopeId: row.scopeId,
      target: row.target,
      previous: row.previous,
      current: row.current,
      journey: { id: row.journeyId, name: row.journeyName },
      touchpoint:
        row.touchpointId === null
          ? null
          : {
              id: row.touchpointId,
              name: row.touchpointName ?? "",
              stageName: row.stageName ?? "",
              status: row.touchpointStatus ?? "UNOWNED",
            },
      ownerName: row.ownerName,
    })),
  );
}
