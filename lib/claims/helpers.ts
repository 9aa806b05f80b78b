// What the claim actions share: the department head's own department, plain conflict messages, and the role
// changes a decision makes.
import "server-only";
import { ActionError, notFound } from "../actions/result";
import type { Actor } from "../auth/guard";
import type { Tx } from "../db/transaction";
import { bumpTouchpointVersion, writeRole } from "../map/roles";
import type { RaciRole } from "../ownership";
import type { TDemotion } from "./schemas";

export type RoleChange = {
  departmentId: string;
  departmentName: string;
  from: RaciRole | null;
  to: RaciRole | null;
};

/** A department head acts for their own department (the database gives every head exactly one). */
export function headDepartmentId(actor: Actor): string {
  if (!actor.departmentId) throw new ActionError("forbidden", "You are not the head of a department.");
  return actor.departmentId;
}

/**
 * A change of roles takes the touchpoint first (the order every writer uses) and moves its version on, so a
 * matrix editor who loaded the old roles gets a conflict instead of overwriting this change.
 */
export async function takeTouchpoint(
  tx: Tx,
  opts: { workspaceId: string; touchpointId: string },
): Promise<void> {
  if (!(await bumpTouchpointVersion(tx, opts))) throw notFound("Touchpoint");
}

// Neither conflict refreshes the page (the action throws before revalidating), so both say how to see the
// claim's state: reloading. A deciding lead's form would vanish with the claim if the page did refresh.

/** A CX lead's approve or reject lost to an earlier decision or a withdrawal. */
export function alreadyDecided(status: string): ActionError {
  return new ActionError(
    "conflict",
    `This claim was already ${status.toLowerCase()}, so it cannot be decided again. Reload the page to see its current state.`,
  );
}

/** A head's withdraw of a claim that was withdrawn, approved or rejected meanwhile: not a decision. */
export function noLongerPending(status: string): ActionError {
  return new ActionError(
    "conflict",
    `This claim is no longer pending: it was already ${status.toLowerCase()}. Reload the page to see its current state.`,
  );
}

/**
 * Gives `winnerId` the A seat and turns every other A holder into `demoteTo`. Refuses (writing nothing, as the
 * transaction rolls back) when someone else holds A and the decider has not said what they become.
 */
export async function seatAccountable(
  tx: Tx,
  opts: { workspaceId: string; touchpointId: string; winnerId: string; demoteTo: TDemotion | undefined },
): Promise<RoleChange[]> {
  const holders = await tx.assignment.findMany({
    where: { touchpointId: opts.touchpointId, role: "A", departmentId: { not: opts.winnerId } },
    select: { departmentId: true, department: { select: { name: true } } },
  });
  if (holders.length > 0 && !opts.demoteTo) {
    const names = holders.map((h) => h.department.name).join(" and ");
    const message = `${names} holds A here. Choose what ${holders.length === 1 ? "it" : "they"} become${holders.length === 1 ? "s" : ""}: R, C, I or no role.`;
    throw new ActionError("invalid", message, { demoteTo: [message] });
  }
  const changes: RoleChange[] = [];
  const to = opts.demoteTo === "NONE" || !opts.demoteTo ? null : opts.demoteTo;
  for (const holder of holders) {
    await writeRole(tx, { ...opts, departmentId: holder.departmentId, role: to });
    changes.push({
      departmentId: holder.departmentId,
      departmentName: holder.department.name,
      from: "A",
      to,
    });
  }
  const winner = await tx.department.findFirstOrThrow({
    where: { id: opts.winnerId, workspaceId: opts.workspaceId },
    select: { name: true },
  });
  const from = await writeRole(tx, { ...opts, departmentId: opts.winnerId, role: "A" });
  if (from !== "A")
    changes.unshift({ departmentId: opts.winnerId, departmentName: winner.name, from, to: "A" });
  return changes;
}
