// The customer-outcome rules of DESIGN.md (Customer outcomes), pure: measures and their scales, calendar months,
// a target's status for a month, unowned pain and scorecards. Every screen, route and query result goes through
// these, and the SQL that counts them for the dashboard is checked against them.
import type { TouchpointStatus } from "../ownership";

export const MEASURE_KINDS = ["SCORE", "PERCENT", "NPS", "COUNT"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_DIRECTIONS = ["HIGHER", "LOWER"] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/** What the rules need of a measure. A score carries its own scale; the other kinds have theirs by kind. */
export type MeasureScale = {
  kind: MeasureKind;
  direction: MeasureDirection;
  scaleMin: number | null;
  scaleMax: number | null;
};

/** The values a measure can take: max is null for a count, which has no upper bound. */
export function scaleOf(measure: Pick<MeasureScale, "kind" | "scaleMin" | "scaleMax">): {
  min: number;
  max: number | null;
} {
  switch (measure.kind) {
    case "PERCENT":
      return { min: 0, max: 100 };
    case "NPS":
      return { min: -100, max: 100 };
    case "COUNT":
      return { min: 0, max: null };
    case "SCORE":
      if (measure.scaleMin === null || measure.scaleMax === null) {
        throw new Error("a score measure needs its scale");
      }
      return { min: measure.scaleMin, max: measure.scaleMax };
  }
}

/**
 * Why `value` cannot be a value of `measure` (a reading or a target), or null when it can. Values outside the
 * scale are refused, never clamped; a count is a whole number.
 */
export function valueProblem(
  measure: Pick<MeasureScale, "kind" | "scaleMin" | "scaleMax">,
  value: number,
): string | null {
  if (!Number.isFinite(value)) return "must be a number";
  const { min, max } = scaleOf(measure);
  if (measure.kind === "COUNT" && !Number.isInteger(value)) return "must be a whole number";
  if (max === null) return value < min ? `must be ${formatNumber(min)} or more` : null;
  if (value < min || value > max) return `must be between ${formatNumber(min)} and ${formatNumber(max)}`;
  return null;
}

// --- Months ----------------------------------------------------------------------------------------------------

/** A UTC calendar month, "YYYY-MM". */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return MONTH.test(value);
}

export function monthOf(date: Date): Month {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: Month, count: number): Month {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}

export function previousMonth(month: Month): Month {
  return addMonths(month, -1);
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

// --- A target's status -------------------------------------------------------------------------------------------

export type OutcomeStatus = "ON_TARGET" | "OFF_TARGET" | "NO_DATA";
export const OUTCOME_STATUSES: readonly OutcomeStatus[] = ["ON_TARGET", "OFF_TARGET", "NO_DATA"];

/** Whether `value` meets `target` in the measure's direction. */
export function meetsTarget(direction: MeasureDirection, value: number, target: number): boolean {
  return direction === "HIGHER" ? value >= target : value <= target;
}

/** How far `value` falls short of `target` in the measure's direction: 0 when it meets it. */
export function shortfall(direction: MeasureDirection, value: number, target: number): number {
  return Math.max(0, direction === "HIGHER" ? target - value : value - target);
}

export type TargetOutcome = {
  status: OutcomeStatus;
  /** The reading the status was read from (month M, else the month before), null with NO_DATA. */
  value: number | null;
  readingMonth: Month | null;
  /** How far the value misses the target; 0 unless OFF_TARGET. */
  shortfall: number;
  /** The shortfall as a share of the measure's scale (of the target for a count): comparable across measures. */
  severity: number;
};

/**
 * A target's status for month M: its reading for M, else for the month before; ON_TARGET when that value meets
 * the target, OFF_TARGET when not, NO_DATA when neither month has a reading.
 */
export function targetOutcome(opts: {
  measure: MeasureScale;
  target: number;
  month: Month;
  /** The scope's readings of this measure by month: only M and the month before are read. */
  readings: ReadonlyMap<Month, number>;
}): TargetOutcome {
  const { measure, target, month, readings } = opts;
  const readingMonth = readings.has(month)
    ? month
    : readings.has(previousMonth(month))
      ? previousMonth(month)
      : null;
  if (readingMonth === null)
    return { status: "NO_DATA", value: null, readingMonth, shortfall: 0, severity: 0 };
  const value = readings.get(readingMonth) as number;
  const missed = shortfall(measure.direction, value, target);
  const status: OutcomeStatus = meetsTarget(measure.direction, value, target) ? "ON_TARGET" : "OFF_TARGET";
  return { status, value, readingMonth, shortfall: missed, severity: missed / spanOf(measure, target) };
}

/**
 * The yardstick that makes a difference of one measure comparable with another's: its scale's width, or for a
 * count (no upper bound) the size of `reference` (a target, else a reading), at least 1.
 */
export function spanOf(
  measure: Pick<MeasureScale, "kind" | "scaleMin" | "scaleMax">,
  reference: number,
): number {
  const { min, max } = scaleOf(measure);
  const span = max === null ? Math.max(Math.abs(reference), 1) : max - min;
  return span > 0 ? span : 1;
}

// --- Counts, scorecards and unowned pain ---------------------------------------------------------------------

export type OutcomeCounts = { targets: number; onTarget: number; offTarget: number; noData: number };

export function emptyCounts(): OutcomeCounts {
  return { targets: 0, onTarget: 0, offTarget: 0, noData: 0 };
}

export function addToCounts(counts: OutcomeCounts, status: OutcomeStatus): void {
  counts.targets += 1;
  if (status === "ON_TARGET") counts.onTarget += 1;
  else if (status === "OFF_TARGET") counts.offTarget += 1;
  else counts.noData += 1;
}

export function countStatuses(statuses: Iterable<OutcomeStatus>): OutcomeCounts {
  const counts = emptyCounts();
  for (const status of statuses) addToCounts(counts, status);
  return counts;
}

/** One target with its outcome, where it sits and, for a touchpoint target, who owns the touchpoint. */
export type EvaluatedTarget = {
  id: string;
  measureId: string;
  journeyId: string;
  /** Null for a journey's own target. */
  stageId: string | null;
  touchpointId: string | null;
  /** The touchpoint's ownership status and its single Accountable department (OWNED only). */
  touchpointStatus: TouchpointStatus | null;
  ownerDepartmentId: string | null;
  outcome: TargetOutcome;
};

export type Scorecards = {
  totals: OutcomeCounts;
  /** A department's touchpoint targets where it is the single Accountable department. */
  departments: Map<string, OutcomeCounts>;
  /** A journey's own targets (the journey owner's scorecard). */
  journeyOwn: Map<string, OutcomeCounts>;
  /** Over the touchpoints' targets of each journey and each stage. */
  journeys: Map<string, OutcomeCounts>;
  stages: Map<string, OutcomeCounts>;
};

function bump(map: Map<string, OutcomeCounts>, key: string, status: OutcomeStatus): void {
  let counts = map.get(key);
  if (!counts) {
    counts = emptyCounts();
    map.set(key, counts);
  }
  addToCounts(counts, status);
}

/**
 * The scorecards of DESIGN.md: totals over every target; per department, the targets of touchpoints it is the
 * single Accountable department of (an unowned or contested touchpoint's targets count for no department); per
 * journey owner, the journey's own targets; per stage and journey, their touchpoints' targets.
 */
export function scorecards(targets: Iterable<EvaluatedTarget>): Scorecards {
  const result: Scorecards = {
    totals: emptyCounts(),
    departments: new Map(),
    journeyOwn: new Map(),
    journeys: new Map(),
    stages: new Map(),
  };
  for (const target of targets) {
    const { status } = target.outcome;
    addToCounts(result.totals, status);
    if (target.touchpointId === null) {
      bump(result.journeyOwn, target.journeyId, status);
      continue;
    }
    bump(result.journeys, target.journeyId, status);
    if (target.stageId !== null) bump(result.stages, target.stageId, status);
    if (target.touchpointStatus === "OWNED" && target.ownerDepartmentId !== null) {
      bump(result.departments, target.ownerDepartmentId, status);
    }
  }
  return result;
}

export type UnownedPain = {
  touchpointId: string;
  touchpointStatus: "UNOWNED" | "CONTESTED";
  /** Its off-target targets, worst first. */
  misses: EvaluatedTarget[];
  /** The worst miss's severity, for ordering. */
  severity: number;
};

/**
 * Touchpoints that are UNOWNED or CONTESTED and have at least one OFF_TARGET target: the customer hurts where
 * nobody is accountable. Worst first (the largest miss as a share of its scale), then by touchpoint id.
 */
export function unownedPain(targets: Iterable<EvaluatedTarget>): UnownedPain[] {
  const byTouchpoint = new Map<string, UnownedPain>();
  for (const target of targets) {
    const status = target.touchpointStatus;
    if (target.touchpointId === null || (status !== "UNOWNED" && status !== "CONTESTED")) continue;
    if (target.outcome.status !== "OFF_TARGET") continue;
    let pain = byTouchpoint.get(target.touchpointId);
    if (!pain) {
      pain = { touchpointId: target.touchpointId, touchpointStatus: status, misses: [], severity: 0 };
      byTouchpoint.set(target.touchpointId, pain);
    }
    pain.misses.push(target);
    pain.severity = Math.max(pain.severity, target.outcome.severity);
  }
  const list = [...byTouchpoint.values()];
  for (const pain of list) pain.misses.sort(bySeverity);
  return list.sort((a, b) => b.severity - a.severity || compareStrings(a.touchpointId, b.touchpointId));
}

function bySeverity(a: EvaluatedTarget, b: EvaluatedTarget): number {
  return b.outcome.severity - a.outcome.severity || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A number as people write it: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
