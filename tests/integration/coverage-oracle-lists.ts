// The oracle's "where it breaks" lists: unowned and contested touchpoints with who holds A and who claims it.
import type { Named, ReportTouchpoint } from "../../lib/coverage/report-types";
import type { TTouchpointSort } from "../../lib/coverage/schemas";
import { getChannelLabel, type TChannel } from "../../lib/map/channels";
import type { OpenClaim, RaciRole, TouchpointOwnership } from "../../lib/ownership";

/** A listed touchpoint plus its place in journey order ([journey index, index within the journey]). */
export type ListedTouchpoint = ReportTouchpoint & { order: [number, number] };

export function toReportTouchpoint(opts: {
  touchpoint: Named & { channel: TChannel };
  ownership: TouchpointOwnership;
  journey: Named;
  stage: Named;
  claims: readonly (OpenClaim & { role: RaciRole })[];
  departmentNames: ReadonlyMap<string, string>;
}): ReportTouchpoint {
  const { touchpoint, ownership, departmentNames } = opts;
  const rank = new Map([...departmentNames.keys()].map((id, index) => [id, index]));
  const byDepartmentOrder = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const named = (id: string): Named => ({ id, name: departmentNames.get(id) ?? "" });
  return {
    id: touchpoint.id,
    name: touchpoint.name,
    channel: touchpoint.channel,
    journey: { id: opts.journey.id, name: opts.journey.name },
    stage: opts.stage,
    status: ownership.status,
    accountable: [...ownership.accountableIds].sort(byDepartmentOrder).map(named),
    pendingClaims: [...opts.claims]
      .sort((a, b) => byDepartmentOrder(a.departmentId, b.departmentId))
      .map((c) => ({ department: named(c.departmentId), role: c.role })),
  };
}

function compareOrder(a: ListedTouchpoint, b: ListedTouchpoint): number {
  return a.order[0] - b.order[0] || a.order[1] - b.order[1];
}

// Plain code-unit comparison: the same order on every server, whatever its locale.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const COMPARATORS: Record<TTouchpointSort, (a: ListedTouchpoint, b: ListedTouchpoint) => number> = {
  journey: compareOrder,
  channel: (a, b) =>
    compareText(getChannelLabel(a.channel), getChannelLabel(b.channel)) || compareOrder(a, b),
  claims: (a, b) => b.pendingClaims.length - a.pendingClaims.length || compareOrder(a, b),
};

/** Sorted copies without the internal order key. */
export function sortTouchpoints(
  list: readonly ListedTouchpoint[],
  sort: TTouchpointSort,
): ReportTouchpoint[] {
  return [...list].sort(COMPARATORS[sort]).map(({ order: _order, ...touchpoint }) => touchpoint);
}
