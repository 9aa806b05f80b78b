// Handoffs: where responsibility passes between departments along a journey.
import { hasAnyRole, type TouchpointRoles } from "./roles";
import { getTouchpointOwnership } from "./status";

export type JourneyTouchpoint = { id: string } & TouchpointRoles;

export type Handoff = {
  fromTouchpointId: string;
  toTouchpointId: string;
  fromDepartmentId: string;
  toDepartmentId: string;
  /** Some overlap exists: either owner already holds a role on the other side. */
  isBridged: boolean;
};

export type JourneyHandoffs = { journeyId: string; handoffs: readonly Handoff[] };

export type HandoffPair = {
  fromDepartmentId: string;
  toDepartmentId: string;
  count: number;
  unbridged: number;
  bridged: number;
  /** Journeys where this pair hands off, unique, in first-seen order. */
  journeyIds: string[];
};

export type SummarizeHandoffsOptions = {
  /** Department ids in the workspace's order, used to break ties; ids are the fallback. */
  departmentOrder?: readonly string[];
};

/**
 * Bridged when the sender also holds any role on the receiving touchpoint, or the receiver
 * holds any role on the sending one: someone already spans the boundary.
 */
export function isHandoffBridged(opts: {
  from: TouchpointRoles;
  to: TouchpointRoles;
  fromDepartmentId: string;
  toDepartmentId: string;
}): boolean {
  return hasAnyRole(opts.to, opts.fromDepartmentId) || hasAnyRole(opts.from, opts.toDepartmentId);
}

/**
 * Input must already be in journey order (see sortJourney), so stage boundaries are crossed
 * naturally. Only directly adjacent OWNED touchpoints can hand off: an unowned or contested
 * touchpoint in between is a gap, not a handoff. Unbridged handoffs come first (riskiest),
 * each group keeping journey order.
 */
export function getHandoffs(orderedTouchpoints: readonly JourneyTouchpoint[]): Handoff[] {
  const owned = orderedTouchpoints.map((touchpoint) => ({
    touchpoint,
    ownerId: getTouchpointOwnership(touchpoint).ownerId,
  }));

  const handoffs: Handoff[] = [];
  owned.forEach((to, index) => {
    const from = index > 0 ? owned[index - 1] : undefined;
    if (!from || from.ownerId === null || to.ownerId === null) return;
    if (from.ownerId === to.ownerId) return;
    handoffs.push({
      fromTouchpointId: from.touchpoint.id,
      toTouchpointId: to.touchpoint.id,
      fromDepartmentId: from.ownerId,
      toDepartmentId: to.ownerId,
      isBridged: isHandoffBridged({
        from: from.touchpoint,
        to: to.touchpoint,
        fromDepartmentId: from.ownerId,
        toDepartmentId: to.ownerId,
      }),
    });
  });

  return [...handoffs.filter((h) => !h.isBridged), ...handoffs.filter((h) => h.isBridged)];
}

// Plain code-unit comparison: locale-independent, so ordering is identical on server and client.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareHandoffPairs(order: readonly string[]): (a: HandoffPair, b: HandoffPair) => number {
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (id: string): number => rank.get(id) ?? order.length;
  return (a, b) =>
    b.unbridged - a.unbridged ||
    b.count - a.count ||
    rankOf(a.fromDepartmentId) - rankOf(b.fromDepartmentId) ||
    rankOf(a.toDepartmentId) - rankOf(b.toDepartmentId) ||
    compareText(a.fromDepartmentId, b.fromDepartmentId) ||
    compareText(a.toDepartmentId, b.toDepartmentId);
}

/**
 * Aggregates handoffs per ordered department pair (from → to; A→B and B→A are distinct).
 * Sorted by unbridged desc, then total desc, then the departments' order (ids without one) so the list
 * is stable and follows the order the workspace keeps its departments in.
 */
export function summarizeHandoffs(
  handoffsByJourney: readonly JourneyHandoffs[],
  options: SummarizeHandoffsOptions = {},
): HandoffPair[] {
  const pairs = new Map<string, HandoffPair>();

  for (const { journeyId, handoffs } of handoffsByJourney) {
    for (const handoff of handoffs) {
      // JSON key: no separator character can make two different pairs collide.
      const key = JSON.stringify([handoff.fromDepartmentId, handoff.toDepartmentId]);
      const pair = pairs.get(key) ?? {
        fromDepartmentId: handoff.fromDepartmentId,
        toDepartmentId: handoff.toDepartmentId,
        count: 0,
        unbridged: 0,
        bridged: 0,
        journeyIds: [],
      };
      pair.count += 1;
      if (handoff.isBridged) pair.bridged += 1;
      else pair.unbridged += 1;
      if (!pair.journeyIds.includes(journeyId)) pair.journeyIds.push(journeyId);
      pairs.set(key, pair);
    }
  }

  return [...pairs.values()].sort(compareHandoffPairs(options.departmentOrder ?? []));
}
