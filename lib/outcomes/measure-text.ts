// Measures put into words for the Measures page, its confirmation dialog and the refusals of a scale change.
// Pure: safe in client components.
import { describeImpact } from "../structure/impact";
import {
  formatNumber,
  type MeasureDirection,
  type MeasureKind,
  type MeasureScale,
  type Month,
  scaleOf,
  valueProblem,
} from "./rules";

export const KIND_LABELS: Record<MeasureKind, string> = {
  SCORE: "Score",
  PERCENT: "Percent",
  NPS: "NPS",
  COUNT: "Count",
};

export const DIRECTION_LABELS: Record<MeasureDirection, string> = {
  HIGHER: "Higher is better",
  LOWER: "Lower is better",
};

const KIND_PHRASES: Record<MeasureKind, string> = {
  SCORE: "a score",
  PERCENT: "a percentage",
  NPS: "an NPS",
  COUNT: "a count",
};

/** A value with its measure's unit: "4.2 points", "87 %", "12". */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
}

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11" as people say it: "November 2026". */
export function formatMonth(month: Month): string {
  return MONTH_NAME.format(new Date(`${month}-01T00:00:00Z`));
}

/** "1 to 5", "0 to 100", "−100 to 100" or "0 or more". */
export function describeScale(measure: Pick<MeasureScale, "kind" | "scaleMin" | "scaleMax">): string {
  const { min, max } = scaleOf(measure);
  return max === null ? `${formatNumber(min)} or more` : `${formatNumber(min)} to ${formatNumber(max)}`;
}

/** "3 targets and 120 readings", or null when the measure has neither. */
export function describeMeasureImpact(counts: { targets: number; readings: number }): string | null {
  return describeImpact([
    [counts.targets, "target"],
    [counts.readings, "reading"],
  ]);
}

/** What a measure's targets and readings hold, as one query reads it (lib/outcomes/measures.ts). */
export type MeasureValueStats = {
  targets: number;
  readings: number;
  /** The lowest and highest value over its targets and readings; null when it has none. */
  lowest: number | null;
  highest: number | null;
  /** One value that is not a whole number, if any (a count takes only whole numbers). */
  fraction: number | null;
};

/**
 * Why `measure` cannot take the kind and scale of `next`, or null when all its targets and readings fit. The
 * lowest, the highest and one fractional value decide it: every value lies between the first two, and
 * valueProblem asks nothing else of a value.
 */
export function scaleChangeProblem(opts: {
  name: string;
  next: Pick<MeasureScale, "kind" | "scaleMin" | "scaleMax">;
  stats: MeasureValueStats | undefined;
}): string | null {
  const { name, next, stats } = opts;
  if (!stats) return null;
  for (const value of [stats.lowest, stats.highest, stats.fraction]) {
    if (value === null) continue;
    const problem = valueProblem(next, value);
    if (!problem) continue;
    const held = describeMeasureImpact(stats) ?? "values";
    // The value as stored: rounded, 5.004 would read as a 5 that "must be between 1 and 5".
    return `“${name}” cannot become ${KIND_PHRASES[next.kind]} (${describeScale(next)}): its ${held} include ${value}, which ${problem}. Change those values first, or choose a kind and scale that hold them.`;
  }
  return null;
}
