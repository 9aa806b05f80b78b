"use server";
// A CX lead's side of claims: approve or reject one claim, or resolve a contest by naming the accountable
// department. Every decision is conditional on the claim still being PENDING, so two leads deciding at once
// cannot both win: the second hears that it was already decided.
import "server-only";
import { ActionError, type ActionResult, notFound, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { requireWorkspaceRole } from "../auth/guard";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { withTransaction } from "../db/transaction";
import { bumpTouchpointVersion, writeRole } from "../matrix/role-writes";
import { getTouchpointOwnership } from "../ownership";
import {
  alreadyDecided,
  DECIDERS,
  findClaim,
  findTouchpoint,
  type RoleChange,
  revalidateWorkspacePages,
  seatAccountable,
} from "./helpers";
import { type TDecideClaim, type TResolveContest, ZDecideClaim, ZResolveContest } from "./schemas";

export type DecisionData = { claimId: string; status: "APPROVED" | "REJECTED"; changes: RoleChange[] };

export async function decideClaim(input: TDecideClaim): Promise<ActionResult<DecisionData>> {
  return runAction(ZDecideClaim, input, async ({ claimId, decision, note, demoteTo }) => {
    const claim = await findClaim(claimId);
    const { workspaceId, touchpointId, departmentId } = claim;
    const actor = await requireWorkspaceRole(workspaceId, DECIDERS);
    const status = decision === "approve" ? "APPROVED" : "REJECTED";
    const data = await withTransaction(async (tx) => {
      // Approval changes roles: take the touchpoint first (the order every writer uses) and move its version on.
      if (status === "APPROVED" && !(await bumpTouchpointVersion(tx, { workspaceId, touchpointId })))
        throw notFound("The touchpoint");
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
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
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
      await recordCoverageSnapshot(tx, workspaceId);
      return { claimId, status, changes } as const;
    });
    revalidateWorkspacePages();
    return data;
  });
}

/** An approved R (or other non-A) claim never silently takes A away from the department that asked. */
async function approveLesserRole(
  tx: Parameters<typeof writeRole>[0],
  opts: { claim: Awaited<ReturnType<typeof findClaim>>; workspaceId: string },
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
export async function resolveContest(input: TResolveContest): Promise<ActionResult<ResolveData>> {
  return runAction(ZResolveContest, input, async ({ touchpointId, departmentId, note, demoteTo }) => {
    const touchpoint = await findTouchpoint(touchpointId);
    const { workspaceId } = touchpoint;
    const actor = await requireWorkspaceRole(workspaceId, DECIDERS);
    const data = await withTransaction(async (tx) => {
      if (!(await bumpTouchpointVersion(tx, { workspaceId, touchpointId }))) throw notFound("The touchpoint");
      const [assignments, openClaims] = await Promise.all([
        tx.assignment.findMany({ where: { touchpointId }, select: { departmentId: true, role: true } }),
        tx.claim.findMany({
          where: { touchpointId, workspaceId, status: "PENDING", role: "A" },
          select: { id: true, departmentId: true, role: true, department: { select: { name: true } } },
        }),
      ]);
      const ownership = getTouchpointOwnership({ assignments, openClaims });
      if (ownership.status !== "CONTESTED")
        throw new ActionError(
          "conflict",
          `${touchpoint.name} is no longer contested: someone settled it a moment ago. Reload the page to see its current state.`,
        );
      const sides = new Set([...ownership.accountableIds, ...ownership.claimantIds]);
      if (!sides.has(departmentId)) {
        const message = "Choose one of the departments in this contest.";
        throw new ActionError("invalid", message, { departmentId: [message] });
      }
      const changes = await seatAccountable(tx, {
        workspaceId,
        touchpointId,
        winnerId: departmentId,
        demoteTo,
      });
      const settle = async (ids: string[], status: "APPROVED" | "REJECTED") =>
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
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "contest.resolved",
        entityType: "touchpoint",
        entityId: touchpointId,
        journeyId: touchpoint.journeyId,
        departmentId,
        after: { ...result, note, touchpointName: touchpoint.name, departmentName: winner.name },
      });
      await recordCoverageSnapshot(tx, workspaceId);
      return result;
    });
    revalidateWorkspacePages();
    return data;
  });
}
