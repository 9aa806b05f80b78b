// The outcome report of a month, built from the targets' rows (report-sql.ts) with the rules of rules.ts:
// counts, unowned pain first, and the scorecards of DESIGN.md per department, journey owner, journey and
// stage. Pure, like lib/coverage/report.ts: the dashboard, GET /api/v1/outcomes, the matrix column and the
// review all read it, so they cannot disagree.
import type { TouchpointStatus } from "../ownership/status";
import type { JourneyOwner } from "./journey-owner-schemas";
import {
  addToCounts,
  type EvaluatedTarget,
  emptyCounts,
  type MeasureScale,
  type Month,
  type OutcomeCounts,
  type OutcomeStatus,
  previousMonth,
  scorecards,
  type TargetOutcome,
  targetOutcome,
  unownedPain,
} from "./rules";

type Named = { id: string; name: string };

export type ReportMeasure = MeasureScale & Named & { unit: string };

/** One target as report-sql.ts reads it: where it sits, who owns its touchpoint, its readings for M and M-1. */
export type OutcomeTargetRow = {
  id: string;
  measureId: string;
  journeyId: string;
  /** Null for a journey's own target. */
  touchpointId: string | null;
  touchpointName: string | null;
  stageId: string | null;
  stageName: string | null;
  /** Null for a journey's own target. */
  touchpointStatus: TouchpointStatus | null;
  ownerDepartmentId: string | null;
  target: number;
  /** The readings of the month and of the month before, when there are. */
  current: number | null;
  previous: number | null;
};

/** A target with its measure, where it sits, and its outcome for the month. */
export type ReportTarget = EvaluatedTarget & {
  measure: ReportMeasure;
  target: number;
  touchpointName: string | null;
  stageName: string | null;
};

/** One off-target target of an unowned or contested touchpoint. */
export type PainMiss = {
  measure: ReportMeasure;
  target: number;
  value: number;
  /** The month the value was read from: the report's month, else the month before. */
  readingMonth: Month;
  shortfall: number;
};

/** An unowned or contested touchpoint with its worst miss (as a share of its scale) at the top level. */
export type UnownedPainItem = PainMiss & {
  touchpoint: Named;
  journey: Named;
  stage: Named;
  status: "UNOWNED" | "CONTESTED";
  /** Every off-target target of the touchpoint, worst first. */
  misses: PainMiss[];
};

export type DepartmentScorecard = Named & OutcomeCounts;
export type StageScorecard = Named & OutcomeCounts & { journeyId: string };
/** A journey's own targets (its owner's scorecard), and over its touchpoints' targets. */
export type JourneyScorecard = Named &
  OutcomeCounts & { owner: JourneyOwner | null; touchpoints: OutcomeCounts };

export type OutcomeReport = {
  month: Month;
  /** Ids known to be in the workspace: an unknown one is dropped (report-queries.ts). */
  filters: { journeyId?: string; departmentId?: string };
  measureCount: number;
  totals: OutcomeCounts;
  unownedPain: UnownedPainItem[];
  departments: DepartmentScorecard[];
  journeys: JourneyScorecard[];
  stages: StageScorecard[];
  /** Every target in view with its outcome, in journey order (the matrix column reads these). */
  targets: ReportTarget[];
};

export type ReportInputs = {
  month: Month;
  filters: OutcomeReport["filters"];
  measures: readonly ReportMeasure[];
  /** In workspace order. */
  departments: readonly Named[];
  journeys: readonly (Named & { owner: JourneyOwner | null })[];
  /** In journey order (report-sql.ts orders them). */
  rows: readonly OutcomeTargetRow[];
};

/** A target's outcome for `month` from the row's readings of M and M-1. */
export function rowOutcome(measure: MeasureScale, row: OutcomeTargetRow, month: Month): TargetOutcome {
  const readings = new Map<Month, number>();
  if (row.current !== null) readings.set(month, row.current);
  if (row.previous !== null) readings.set(previousMonth(month), row.previous);
  return targetOutcome({ measure, target: row.target, month, readings });
}

export function evaluateRows(inputs: Pick<ReportInputs, "month" | "measures" | "rows">): ReportTarget[] {
  const measures = new Map(inputs.measures.map((m) => [m.id, m]));
  const targets: ReportTarget[] = [];
  for (const row of inputs.rows) {
    const measure = measures.get(row.measureId);
    if (!measure) continue; // deleted between the two reads; its targets went with it
    targets.push({
      id: row.id,
      measureId: row.measureId,
      journeyId: row.journeyId,
      stageId: row.stageId,
      touchpointId: row.touchpointId,
      touchpointStatus: row.touchpointStatus,
      ownerDepartmentId: row.ownerDepartmentId,
      outcome: rowOutcome(measure, row, inputs.month),
      measure,
      target: row.target,
      touchpointName: row.touchpointName,
      stageName: row.stageName,
    });
  }
  return targets;
}

export function buildOutcomeReport(inputs: ReportInputs): OutcomeReport {
  const targets = evaluateRows(inputs);
  const cards = scorecards(targets);
  const byId = new Map(targets.map((t) => [t.id, t]));
  const journeys = new Map(inputs.journeys.map((j) => [j.id, j]));
  const stageNames = new Map<string, StageScorecard>();
  for (const t of targets) {
    if (t.stageId === null || stageNames.has(t.stageId)) continue;
    const counts = cards.stages.get(t.stageId) ?? emptyCounts();
    stageNames.set(t.stageId, { id: t.stageId, name: t.stageName ?? "", journeyId: t.journeyId, ...counts });
  }
  const inView = (journeyId: string) => !inputs.filters.journeyId || inputs.filters.journeyId === journeyId;
  return {
    month: inputs.month,
    filters: inputs.filters,
    measureCount: inputs.measures.length,
    totals: cards.totals,
    unownedPain: unownedPain(targets).map((pain) => {
      const misses = pain.misses.map((m) => byId.get(m.id) as ReportTarget);
      const worst = misses[0] as ReportTarget;
      const journey = journeys.get(worst.journeyId);
      return {
        touchpoint: { id: pain.touchpointId, name: worst.touchpointName ?? "" },
        journey: { id: worst.journeyId, name: journey?.name ?? "" },
        stage: { id: worst.stageId ?? "", name: worst.stageName ?? "" },
        status: pain.touchpointStatus,
        ...toMiss(worst),
        misses: misses.map(toMiss),
      };
    }),
    departments: inputs.departments.map((d) => ({
      id: d.id,
      name: d.name,
      ...(cards.departments.get(d.id) ?? emptyCounts()),
    })),
    journeys: inputs.journeys
      .filter((j) => inView(j.id))
      .map((j) => ({
        id: j.id,
        name: j.name,
        owner: j.owner,
        ...(cards.journeyOwn.get(j.id) ?? emptyCounts()),
        touchpoints: cards.journeys.get(j.id) ?? emptyCounts(),
      })),
    stages: [...stageNames.values()],
    targets,
  };
}

function toMiss(target: ReportTarget): PainMiss {
  return {
    measure: target.measure,
    target: target.target,
    value: target.outcome.value as number,
    readingMonth: target.outcome.readingMonth as Month,
    shortfall: target.outcome.shortfall,
  };
}

/** What the matrix shows for one touchpoint: its targets' counts and the worst miss, if any. */
export type TouchpointOutcomeSummary = {
  counts: OutcomeCounts;
  /** OFF_TARGET when any target misses, else NO_DATA when any has no reading, else ON_TARGET. */
  status: OutcomeStatus;
  worst: { measure: ReportMeasure; target: number; value: number; shortfall: number } | null;
};

/** Per touchpoint with at least one target: the summary the matrix's outcome column shows. */
export function summarizeTouchpoints(
  targets: readonly ReportTarget[],
): Map<string, TouchpointOutcomeSummary> {
  const byTouchpoint = new Map<string, ReportTarget[]>();
  for (const t of targets) {
    if (t.touchpointId === null) continue;
    const list = byTouchpoint.get(t.touchpointId) ?? [];
    list.push(t);
    byTouchpoint.set(t.touchpointId, list);
  }
  const result = new Map<string, TouchpointOutcomeSummary>();
  for (const [touchpointId, list] of byTouchpoint) {
    const counts = emptyCounts();
    let worst: ReportTarget | null = null;
    for (const t of list) {
      addToCounts(counts, t.outcome.status);
      if (t.outcome.status === "OFF_TARGET" && (!worst || t.outcome.severity > worst.outcome.severity))
        worst = t;
    }
    const status: OutcomeStatus =
      counts.offTarget > 0 ? "OFF_TARGET" : counts.noData > 0 ? "NO_DATA" : "ON_TARGET";
    result.set(touchpointId, {
      counts,
      status,
      worst: worst && {
        measure: worst.measure,
        target: worst.target,
        value: worst.outcome.value as number,
        shortfall: worst.outcome.shortfall,
      },
    });
  }
  return result;
}
