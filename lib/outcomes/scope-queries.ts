import "server-only";
// What a touchpoint's or a journey's page shows of its outcomes: every measure of the workspace, with the
// scope's target for it (if any), the status for the month, and twelve months of readings for the trend.
import { getPrisma } from "../db/client";
import { MEASURE_SCALE_SELECT } from "./measures";
import {
  type MeasureScale,
  type Month,
  monthsEndingWith,
  previousMonth,
  type TargetOutcome,
  targetOutcome,
} from "./rules";

export const TREND_MONTHS = 12;

export type ScopeReading = { month: Month; value: number; sampleSize: number | null; source: string | null };

export type ScopeMeasureOutcome = {
  measure: MeasureScale & { id: string; name: string; unit: string };
  target: number | null;
  /** Null when there is no target: a reading with no target is shown, with no status. */
  outcome: TargetOutcome | null;
  /** The scope's readings of the last twelve months ending with the month shown, oldest first. */
  readings: ScopeReading[];
};

/** The scope's outcomes for `month`: two queries, whatever the number of measures and readings. */
export async function getScopeOutcomes(opts: {
  workspaceId: string;
  /** The touchpoint's id, or the journey's for its own targets. */
  scopeId: string;
  month: Month;
}): Promise<ScopeMeasureOutcome[]> {
  const prisma = await getPrisma();
  const months = monthsEndingWith(opts.month, TREND_MONTHS);
  const [measures, readings] = await Promise.all([
    prisma.measure.findMany({
      where: { workspaceId: opts.workspaceId },
      select: {
        ...MEASURE_SCALE_SELECT,
        targets: { where: { scopeId: opts.scopeId }, select: { value: true } },
      },
    }),
    prisma.outcomeReading.findMany({
      where: {
        workspaceId: opts.workspaceId,
        scopeId: opts.scopeId,
        month: { gte: previousMonth(months[0] as Month), lte: opts.month },
      },
      orderBy: { month: "asc" },
      select: { measureId: true, month: true, value: true, sampleSize: true, source: true },
    }),
  ]);
  const byMeasure = new Map<string, ScopeReading[]>();
  for (const { measureId, ...reading } of readings) {
    const list = byMeasure.get(measureId) ?? [];
    list.push(reading);
    byMeasure.set(measureId, list);
  }
  // Alphabetical as people read it ("Complaints" before "CSAT"), whatever the database's collation.
  measures.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  return measures.map(({ targets, ...measure }) => {
    const all = byMeasure.get(measure.id) ?? [];
    const target = targets[0]?.value ?? null;
    const outcome =
      target === null
        ? null
        : targetOutcome({
            measure,
            target,
            month: opts.month,
            readings: new Map(all.map((r) => [r.month, r.value])),
          });
    return { measure, target, outcome, readings: all.filter((r) => r.month >= (months[0] as Month)) };
  });
}
