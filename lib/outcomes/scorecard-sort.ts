// How the dashboard's scorecard tables sort (its URL's `scorecards` parameter): the most off target first by
// default, as an executive reads them; by name A→Z; or by any count, largest first. Ties go by name.
import { z } from "zod";
import type { OutcomeCounts } from "./rules";

export const SCORECARD_SORTS = ["offTarget", "onTarget", "noData", "targets", "name"] as const;
export type TScorecardSort = (typeof SCORECARD_SORTS)[number];
export const DEFAULT_SCORECARD_SORT: TScorecardSort = "offTarget";

/** A stale or hand-edited link falls back to the default rather than failing the page. */
export const ZScorecardSort = z.enum(SCORECARD_SORTS).catch(DEFAULT_SCORECARD_SORT);

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, "en", { sensitivity: "base" });

export function sortScorecards<T extends { name: string } & OutcomeCounts>(
  rows: readonly T[],
  sort: TScorecardSort,
): T[] {
  if (sort === "name") return [...rows].sort(byName);
  return [...rows].sort((a, b) => b[sort] - a[sort] || byName(a, b));
}
