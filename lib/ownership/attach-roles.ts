// Shapes flat database rows into what the rules read: each touchpoint with its roles and open claims.
import type { OpenClaim, RoleHolding, TouchpointRoles } from "./roles";

type Row = { touchpointId: string; departmentId: string; role: RoleHolding["role"] };

export function attachRoles<T extends { id: string }>(opts: {
  touchpoints: readonly T[];
  assignments: readonly Row[];
  openClaims: readonly Row[];
}): (T & Required<TouchpointRoles>)[] {
  const holdings = new Map<string, RoleHolding[]>();
  const claims = new Map<string, OpenClaim[]>();
  for (const row of opts.assignments) push(holdings, row);
  for (const row of opts.openClaims) push(claims, row);
  return opts.touchpoints.map((touchpoint) => ({
    ...touchpoint,
    assignments: holdings.get(touchpoint.id) ?? [],
    openClaims: claims.get(touchpoint.id) ?? [],
  }));
}

function push(map: Map<string, RoleHolding[]>, row: Row): void {
  const entry = { departmentId: row.departmentId, role: row.role };
  const list = map.get(row.touchpointId);
  if (list) list.push(entry);
  else map.set(row.touchpointId, [entry]);
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
