// The matrix's stale flags on the client, by the one rule (lib/ownership, isOwnershipStale): the page judges every
// row at the moment it was read, and an edit that gives or takes A confirms, as the database trigger does.
import { isOwnershipStale, type RaciRole, type TouchpointStatus } from "@/lib/ownership";
import type { RoleMap } from "./roles";

/** What the page judged staleness with: the workspace's cadence and the moment it read the matrix (ISO). */
export type MatrixVerification = { cadenceDays: number; asOf: string };

export function isRowStale(opts: {
  status: TouchpointStatus;
  confirmedAt: string | null;
  verification: MatrixVerification;
}): boolean {
  return isOwnershipStale({
    status: opts.status,
    confirmedAt: opts.confirmedAt === null ? null : new Date(opts.confirmedAt),
    cadenceDays: opts.verification.cadenceDays,
    now: new Date(opts.verification.asOf),
  });
}

/**
 * The confirmation after one cell edit: a department gaining or losing A confirms (as of the page's moment, so
 * the row reads fresh until the server's own time arrives with the refreshed page); any other change keeps it.
 */
export function getConfirmedAfterEdit(opts: {
  roles: RoleMap;
  departmentId: string;
  role: RaciRole | null;
  confirmedAt: string | null;
  verification: MatrixVerification;
}): string | null {
  const wasA = opts.roles[opts.departmentId] === "A";
  const isA = opts.role === "A";
  return wasA !== isA ? opts.verification.asOf : opts.confirmedAt;
}
