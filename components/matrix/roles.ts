import type { OpenClaim, RaciRole, RoleHolding } from "@/lib/ownership";

export const ROLE_NAMES: Record<RaciRole, string> = {
  R: "Responsible",
  A: "Accountable",
  C: "Consulted",
  I: "Informed",
};

export type RoleMap = Readonly<Record<string, RaciRole>>;

export function toHoldings(roles: RoleMap): RoleHolding[] {
  return Object.entries(roles).map(([departmentId, role]) => ({ departmentId, role }));
}

export function toOpenClaims(claimantIds: readonly string[]): OpenClaim[] {
  return claimantIds.map((departmentId) => ({ departmentId, role: "A" }));
}

export function withRole(roles: RoleMap, departmentId: string, role: RaciRole | null): RoleMap {
  const next = { ...roles };
  if (role) next[departmentId] = role;
  else delete next[departmentId];
  return next;
}
