// The biggest movers of a month (DESIGN.md, Customer outcomes → Review): the readings that changed most since
// the month before. A change is measured as a share of its measure's scale, as a miss is (rules.ts spanOf), so
// a CSAT move and an NPS move compare; improvements and declines are told apart by the measure's direction,
// since fewer complaints is a move up. Pure: the review reads the pairs in one query and ranks them here.
import { type MeasureScale, spanOf } from "./rules";

/** One scope's (touchpoint's or journey's) reading of one measure in month M and in the month before. */
export type ReadingChange = {
  measure: MeasureScale;
  measureId: string;
  scopeId: string;
  /** The scope's target for the measure: a count's yardstick when it has one. */
  target: number | null;
  previous: number;
  current: number;
};

export type Mover<T extends ReadingChange> = T & {
  /** current − previous, in the measure's unit. */
  change: number;
  /** |change| as a share of the measure's scale; for a count, of its target, else of the previous reading. */
  share: number;
};

export type Movers<T extends ReadingChange> = { improved: Mover<T>[]; declined: Mover<T>[] };

/** How many of each the review shows. */
export const MOVERS_LIMIT = 10;

/** Whether a change moves the measure the way that is better for the customer. */
export function isImprovement(direction: MeasureScale["direction"], change: number): boolean {
  return direction === "HIGHER" ? change > 0 : change < 0;
}

/** A reading change with its size: the change and its share of the measure's scale. */
export function measureChange<T extends ReadingChange>(item: T): Mover<T> {
  const change = item.current - item.previous;
  return { ...item, change, share: Math.abs(change) / spanOf(item.measure, item.target ?? item.previous) };
}

function byShare(a: Mover<ReadingChange>, b: Mover<ReadingChange>): number {
  return b.share - a.share || compare(a.scopeId, b.scopeId) || compare(a.measureId, b.measureId);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The `limit` largest improvements and the `limit` largest declines, each largest first (ties by scope and
 * measure id, so the list is the same on every read). A reading that did not change is neither.
 */
export function movers<T extends ReadingChange>(changes: Iterable<T>, limit = MOVERS_LIMIT): Movers<T> {
  const improved: Mover<T>[] = [];
  const declined: Mover<T>[] = [];
  for (const item of changes) {
    if (item.current === item.previous) continue;
    const mover = measureChange(item);
    (isImprovement(item.measure.direction, mover.change) ? improved : declined).push(mover);
  }
  return {
    improved: improved.sort(byShare).slice(0, limit),
    declined: declined.sort(byShare).slice(0, limit),
  };
}
