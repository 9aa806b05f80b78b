"use server";
import { defineAction } from "../actions/define";
// A CX lead's side of claims: approve or reject one claim, or resolve a contest by naming the accountable
// department. Every decision is conditional on the claim still being PENDING, so two leads deciding at once
// cannot both win: the second hears that it was already decided.
import type { ResourceRows } from "../actions/resources";
import { ActionError, notFound } from "../actions/result";
import type { Tx } from "../db/transaction";
import { readTouchpointRoles, writeRole } from "../map/roles";
import { emitClaimDecided } from "../outbox/ownership-events";
import { getTouchpointOwnership } from "../ownership";
import { alreadyDecided, type RoleChange, seatAccountable, takeTouchpoint } from "./helpers";
import { ZDecideClaim, ZResolveContest } from "./schemas";

export type DecisionData = { claimId: string; status: "APPROVED" | "REJECTED"; changes: RoleChange[] };

export const decideClaim = defineAction({
  schema: ZDecideClaim,
  resource: (input) => ({ kind: "claim", id: input.claimId }),
  permission: "claims.decide",
  changesOwnership: true,
  async run({ tx, audit, actor, resource: claim, input: { claimId, decision, note, demoteTo } }) {
    const { workspaceId } = actor;
    const { touchpointId, departmentId } = claim;
    const status = decision === "approve" ? "APPROVED" : "REJECTED";
    if (status === "APPROVED") await takeTouchpoint(tx, { workspaceId, touchpointId });
    const decided = await tx.claim.updateMany({
      where: { id: claimId, workspaceId, status: "PENDING" },
      data: { status, decisionNote: note, decidedById: actor.userId, decidedAt: new Date() },
    });
    if (decided.count === 0) {
      const now = await tx.claim.findUnique({ where: { id: claimId }, select: { status: true } });
      throw now ? alreadyDecided(now.status) : notFound("The claim");
    }
    let changes: RoleChange[] = [];
    if (status === "APPROVED" && claim.role === "A") {
      changes = await seatAccountable(tx, { workspaceId, touchpointId, winnerId: departmentId, demoteTo });
    } else if (status === "APPROVED") {
      changes = await approveLesserRole(tx, { claim, workspaceId });
    }
    await audit({
      action: status === "APPROVED" ? "claim.approved" : "claim.rejected",
      entityType: "claim",
      entityId: claimId,
      journeyId: claim.touchpoint.journeyId,
      departmentId,
      before: { status: "PENDING" },
      after: {
        status,
        note,
        role: claim.role,
        touchpointName: claim.touchpoint.name,
        departmentName: claim.department.name,
        changes,
      },
    });
    await emitClaimDecided(tx, {
      workspaceId,
      touchpoint: { id: touchpointId, name: claim.touchpoint.name, journeyId: claim.touchpoint.journeyId },
      claim: {
        id: claimId,
        role: claim.role,
        decision: status === "APPROVED" ? "approved" : "rejected",
        note,
      },
      department: { id: departmentId, name: claim.department.name },
    });
    return { claimId, status, changes } as DecisionData;
  },
});

/** An approved R (or other non-A) claim never silently takes A away from the department that asked. */
async function approveLesserRole(
  tx: Tx,
  opts: { claim: ResourceRows["claim"]; workspaceId: string },
): Promise<RoleChange[]> {
  const { claim, workspaceId } = opts;
  const base = { workspaceId, touchpointId: claim.touchpointId, departmentId: claim.departmentId };
  const from = await writeRole(tx, { ...base, role: claim.role });
  if (from === "A")
    throw new ActionError(
      "conflict",
      `${claim.department.name} now holds A on ${claim.touchpoint.name}; approving would take it away. Reject this claim or change the role on the matrix.`,
    );
  if (from === claim.role) return [];
  return [{ departmentId: claim.departmentId, departmentName: claim.department.name, from, to: claim.role }];
}

export type ResolveData = {
  touchpointId: string;
  approved: string[];
  rejected: string[];
  changes: RoleChange[];
};

/**
 * Names the accountable department of a contested touchpoint and settles every pending A claim on it at once:
 * the winner's approved, the others rejected, all with the same note. Pending R claims are not part of the
 * contest and stay pending.
 */
export const resolveContest = defineAction({
  schema: ZResolveContest,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "claims.decide",
  changesOwnership: true,
  async run({
    tx,
    audit,
    actor,
    resource: touchpoint,
    input: { departmentId, note, demoteTo },
  }): Promise<ResolveData> {
    const { workspaceId } = actor;
    const touchpointId = touchpoint.id;
    await takeTouchpoint(tx, { workspaceId, touchpointId });
    const ownership = getTouchpointOwnership(await readTouchpointRoles(tx, { workspaceId, touchpointId }));
    if (ownership.status !== "CONTESTED")
      throw new ActionError(
        "conflict",
        `${touchpoint.name} is no longer contested: someone settled it a moment ago. Reload the page to see its current state.`,
      );
    if (!new Set([...ownership.accountableIds, ...ownership.claimantIds]).has(departmentId)) {
      const message = "Choose one of the departments in this contest.";
      throw new ActionError("invalid", message, { departmentId: [message] });
    }
    const changes = await seatAccountable(tx, {
      workspaceId,
      touchpointId,
      winnerId: departmentId,
      demoteTo,
    });
    const openClaims = await tx.claim.findMany({
      where: { touchpointId, workspaceId, status: "PENDING", role: "A" },
      select: { id: true, departmentId: true, department: { select: { name: true } } },
    });
    const settle = (ids: string[], status: "APPROVED" | "REJECTED") =>
      tx.claim.updateMany({
        where: { id: { in: ids }, workspaceId, status: "PENDING" },
        data: { status, decisionNote: note, decidedById: actor.userId, decidedAt: new Date() },
      });
    const won = openClaims.filter((c) => c.departmentId === departmentId);
    const lost = openClaims.filter((c) => c.departmentId !== departmentId);
    await settle(
      won.map((c) => c.id),
      "APPROVED",
    );
    await settle(
      lost.map((c) => c.id),
      "REJECTED",
    );
    const winner = await tx.department.findFirstOrThrow({
      where: { id: departmentId, workspaceId },
      select: { name: true },
    });
    const result = {
      touchpointId,
      approved: won.map((c) => c.department.name),
      rejected: lost.map((c) => c.department.name),
      changes,
    };
    await audit({
      action: "contest.resolved",
      entityType: "touchpoint",
      entityId: touchpointId,
      journeyId: touchpoint.journeyId,
      departmentId,
      after: { ...result, note, touchpointName: touchpoint.name, departmentName: winner.name },
    });
    return result;
  },
});
