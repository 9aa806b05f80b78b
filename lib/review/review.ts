// The monthly review's comparisons with the month before (DESIGN.md, Customer outcomes → Review). Pure.

import type { OutcomeCounts } from "../outcomes/rules";
import type { Coverage } from "../ownership";

/** Rows of this month beside the same rows (by id) of the month before; a row new this month has none. */
export function withPrevious<T extends { id: string } & OutcomeCounts>(
  current: readonly T[],
  previous: readonly T[],
): (T & { previous: OutcomeCounts | null })[] {
  const before = new Map(previous.map((row) => [row.id, row]));
  return current.map((row) => {
    const old = before.get(row.id);
    return {
      ...row,
      previous: old
        ? { targets: old.targets, onTarget: old.onTarget, offTarget: old.offTarget, noData: old.noData }
        : null,
    };
  });
}

/** A coverage's change in whole percentage points, as the two are shown rounded; null when either is unknown. */
export function coveragePointChange(current: Coverage | null, previous: Coverage | null): number | null {
  if (current?.ratio == null || previous?.ratio == null) return null;
  return Math.round(current.ratio * 100) - Math.round(previous.ratio * 100);
}

/** "+3", "−2" (a true minus) or "±0": a change as a signed number. */
export function formatChange(change: number, unit = ""): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${Math.abs(change)}${unit}`;
}
