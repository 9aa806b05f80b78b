// What every claim action shares: finding the touchpoint or claim (and so the workspace) from its id, the
// department head's own department, plain conflict messages, and the role changes a decision makes.
import "server-only";
import { ActionError, notFound } from "../actions/result";
import { type Actor, requireSignedIn, requireWorkspaceRole } from "../auth/guard";
import { getPrisma } from "../db/client";
import type { Tx } from "../db/transaction";
import { writeRole } from "../matrix/role-writes";
import type { RaciRole } from "../ownership";
import type { TDemotion } from "./schemas";

export type TouchpointRef = { id: string; name: string; workspaceId: string; journeyId: string };
export type RoleChange = {
  departmentId: string;
  departmentName: string;
  from: RaciRole | null;
  to: RaciRole | null;
};

export const HEADS = ["DEPARTMENT_HEAD"] as const;
export const DECIDERS = ["CX_LEAD"] as const;

/** Signed in first, so a signed-out caller cannot probe which ids exist. */
export async function findTouchpoint(id: string): Promise<TouchpointRef> {
  await requireSignedIn();
  const prisma = await getPrisma();
  const touchpoint = await prisma.touchpoint.findUnique({
    where: { id },
    select: { id: true, name: true, workspaceId: true, journeyId: true },
  });
  if (!touchpoint) throw notFound("The touchpoint");
  return touchpoint;
}

export async function findClaim(id: string) {
  await requireSignedIn();
  const prisma = await getPrisma();
  const claim = await prisma.claim.findUnique({
    where: { id },
    select: {
      id: true,
      workspaceId: true,
      touchpointId: true,
      departmentId: true,
      role: true,
      status: true,
      touchpoint: { select: { name: true, journeyId: true } },
      department: { select: { name: true } },
    },
  });
  if (!claim) throw notFound("The claim");
  return claim;
}

/** A department head acting for their own department: the department comes from the membership, never input. */
export async function requireHead(workspaceId: string): Promise<Actor & { departmentId: string }> {
  const actor = await requireWorkspaceRole(workspaceId, HEADS);
  if (!actor.departmentId) throw new ActionError("forbidden", "You are not the head of a department.");
  return { ...actor, departmentId: actor.departmentId };
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

// One refresh of every workspace page for every kind of change, as the structure actions do.
export { revalidateWorkspacePages } from "../structure/action-helpers";
