// A replace import through the API that would empty the map, or remove more than half of its touchpoints, must
// be confirmed with allowMassRemoval=1: a stray header-only sheet once deleted 2,171 touchpoints in one call.
// The settings page shows its preview and asks before applying, so its actions do not need this. Pure.
import type { CurrentMap, PlanCounts } from "./plan";

const plural = (count: number, one: string) =>
  `${count.toLocaleString("en")} ${one}${count === 1 ? "" : "s"}`;

/** Why this replace needs confirming, in words for the caller; null when it removes too little to ask. */
export function describeMassRemoval(current: CurrentMap, counts: PlanCounts): string | null {
  const total = current.touchpoints.length;
  const removed = counts.touchpointsRemoved;
  const isWholeMap = current.journeys.length > 0 && counts.journeysRemoved === current.journeys.length;
  if (!isWholeMap && removed * 2 <= total) return null;
  const what =
    total > 0
      ? `${removed.toLocaleString("en")} of the map's ${plural(total, "touchpoint")}`
      : `all ${plural(current.journeys.length, "journey")} of the map`;
  const journeys = total > 0 && isWholeMap ? ` (all ${plural(current.journeys.length, "journey")})` : "";
  return `This replace would remove ${what}${journeys}, with their roles, claims and comments. Nothing was written. If that is what you mean, send it again with allowMassRemoval=1 (dryRun=1 shows the plan first).`;
}
