// The demo's coverage history (issue #14, item 9): a closing snapshot each week for the past year, ending with
// today's real counts, so the dashboard's "over time" chart and the monthly review's coverage at each month's
// end have a real line on a fresh start. The story: the map was a third less owned a year ago, and contests
// came and went as departments sorted out who answers for what. Pure: the same coverage and day give the same rows.
import type { Coverage } from "../ownership";

export const DEMO_HISTORY_WEEKS = 52;

export type DemoSnapshot = {
  day: Date;
  touchpoints: number;
  owned: number;
  unowned: number;
  contested: number;
};

/** Snapshots from `weeks` weeks ago to `today` (a UTC midnight), oldest first; the last is today's coverage. */
export function buildDemoHistory(opts: { coverage: Coverage; today: Date; weeks?: number }): DemoSnapshot[] {
  const { coverage, today } = opts;
  const weeks = opts.weeks ?? DEMO_HISTORY_WEEKS;
  const start = Math.round(coverage.owned * 0.65);
  return Array.from({ length: weeks + 1 }, (_, index) => {
    const weeksAgo = weeks - index;
    const day = new Date(today.getTime() - weeksAgo * 7 * 86_400_000);
    if (weeksAgo === 0) return { day, touchpoints: coverage.total, ...counts(coverage) };
    // Ownership rises in steps (a quarterly review claims a batch), never past today's.
    const progress = index / weeks;
    const owned = Math.min(coverage.owned, start + Math.floor((coverage.owned - start) * progress));
    // One or two contests open for a few weeks at a time, then settle.
    const contested = Math.min(coverage.total - owned, coverage.contested + (index % 9 < 3 ? 1 : 0));
    return {
      day,
      touchpoints: coverage.total,
      owned,
      contested,
      unowned: coverage.total - owned - contested,
    };
  });
}

function counts(coverage: Coverage): Pick<DemoSnapshot, "owned" | "unowned" | "contested"> {
  return { owned: coverage.owned, unowned: coverage.unowned, contested: coverage.contested };
}
