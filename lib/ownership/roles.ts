// RACI vocabulary and role look-ups shared by every ownership rule.

export type RaciRole = "R" | "A" | "C" | "I";

export const RACI_ROLES: readonly RaciRole[] = Object.freeze(["R", "A", "C", "I"] as const);

/** A role a department currently holds on a touchpoint. */
export type RoleHolding = { departmentId: string; role: RaciRole };

/** A role a department has asked for but not yet been granted. */
export type OpenClaim = { departmentId: string; role: RaciRole };

/** Everything ownership rules need to know about one touchpoint. */
export type TouchpointRoles = {
  assignments: readonly RoleHolding[];
  openClaims?: readonly OpenClaim[];
};

export type DepartmentLoad = { departmentId: string; accountable: number; responsible: number };

export function isRaciRole(value: unknown): value is RaciRole {
  return typeof value === "string" && (RACI_ROLES as readonly string[]).includes(value);
}

/**
 * Departments with the given role, unique and in first-seen order.
 * Deduplicated so malformed input (same department listed twice) cannot double-count.
 */
export function getDepartmentIdsWithRole(
  entries: readonly (RoleHolding | OpenClaim)[],
  role: RaciRole,
): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.role === role) ids.add(entry.departmentId);
  }
  return [...ids];
}

/** The role a department holds on a touchpoint; open claims are not holdings. */
export function getDepartmentRole(touchpoint: TouchpointRoles, departmentId: string): RaciRole | null {
  const holding = touchpoint.assignments.find((entry) => entry.departmentId === departmentId);
  return holding?.role ?? null;
}

export function hasAnyRole(touchpoint: TouchpointRoles, departmentId: string): boolean {
  return getDepartmentRole(touchpoint, departmentId) !== null;
}

/**
 * Touchpoints each department is Accountable / Responsible for.
 * Every listed department appears (zeros included) in the given order so tables stay stable.
 * A on a contested touchpoint still counts: the department carries it until the dispute is settled.
 */
export function getDepartmentLoad(opts: {
  departmentIds: readonly string[];
  touchpoints: readonly TouchpointRoles[];
}): DepartmentLoad[] {
  const accountable = new Map<string, number>();
  const responsible = new Map<string, number>();
  const increment = (counts: Map<string, number>, id: string): void => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };

  for (const touchpoint of opts.touchpoints) {
    for (const id of getDepartmentIdsWithRole(touchpoint.assignments, "A")) increment(accountable, id);
    for (const id of getDepartmentIdsWithRole(touchpoint.assignments, "R")) increment(responsible, id);
  }

  return opts.departmentIds.map((departmentId) => ({
    departmentId,
    accountable: accountable.get(departmentId) ?? 0,
    responsible: responsible.get(departmentId) ?? 0,
  }));
}
