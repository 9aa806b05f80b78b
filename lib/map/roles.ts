// The one place a department's RACI role on a touchpoint is written and read back: the matrix editor, claims
// and contests all come through here, inside their own transaction, so what a write means lives once.
import type { Tx } from "../db/transaction";
import type { OpenClaim, RaciRole, RoleHolding } from "../ownership";

/**
 * Sets (or clears, with role null) one department's role and returns the role it had before. The caller has
 * already moved the touchpoint's version on (its concurrency token) and records the audit event.
 */
export async function writeRole(
  tx: Tx,
  opts: { workspaceId: string; touchpointId: string; departmentId: string; role: RaciRole | null },
): Promise<RaciRole | null> {
  const { workspaceId, touchpointId, departmentId, role } = opts;
  const key = { touchpointId_departmentId: { touchpointId, departmentId } };
  const before = await tx.assignment.findUnique({ where: key, select: { role: true } });
  if (role === null) {
    if (before) await tx.assignment.delete({ where: key });
  } else if (before?.role !== role) {
    await tx.assignment.upsert({
      where: key,
      create: { workspaceId, touchpointId, departmentId, role },
      update: { role },
    });
  }
  return before?.role ?? null;
}

/** Moves the touchpoint's concurrency token on; false when it is not in the workspace (or, with `expected`, moved). */
export async function bumpTouchpointVersion(
  tx: Tx,
  opts: { workspaceId: string; touchpointId: string; expectedVersion?: number },
): Promise<boolean> {
  const bumped = await tx.touchpoint.updateMany({
    where: { id: opts.touchpointId, workspaceId: opts.workspaceId, version: opts.expectedVersion },
    data: { version: { increment: 1 } },
  });
  return bumped.count === 1;
}

export type TouchpointRolesNow = { assignments: RoleHolding[]; openClaims: OpenClaim[] };

/** A touchpoint's roles and open A claims as this transaction sees them: what lib/ownership decides status from. */
export async function readTouchpointRoles(
  tx: Tx,
  opts: { workspaceId: string; touchpointId: string },
): Promise<TouchpointRolesNow> {
  const where = { touchpointId: opts.touchpointId, workspaceId: opts.workspaceId };
  const [assignments, openClaims] = await Promise.all([
    tx.assignment.findMany({ where, select: { departmentId: true, role: true } }),
    tx.claim.findMany({
      where: { ...where, status: "PENDING", role: "A" },
      select: { departmentId: true, role: true },
    }),
  ]);
  return { assignments, openClaims };
}
