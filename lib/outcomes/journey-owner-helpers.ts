import "server-only";
// What setJourneyOwner and the member actions share: the one place that decides what happens to a journey's
// owner when the member stops being eligible or leaves.
import type { Audit } from "../audit/record";
import type { MemberRole } from "../db/generated/enums";
import type { Tx } from "../db/transaction";

export type LockedMember = { id: string; role: MemberRole; name: string };

/**
 * The membership with its person's name, share-locked until the transaction ends: a role change waits for the
 * owner being set, or, once committed first, is what this reads, so an owner is never left a head or a viewer.
 */
export async function lockMemberForOwnership(
  tx: Tx,
  opts: { workspaceId: string; membershipId: string },
): Promise<LockedMember | null> {
  const [row] = await tx.$queryRaw<LockedMember[]>`
    SELECT m."id"::text AS "id", m."role"::text AS "role", u."name" AS "name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."id" = ${opts.membershipId}::uuid AND m."workspaceId" = ${opts.workspaceId}::uuid
    FOR SHARE OF m`;
  return row ?? null;
}

/** The journey's current owner, with the journey row locked so two CX leads' changes queue. */
export async function lockJourneyOwner(
  tx: Tx,
  opts: { workspaceId: string; journeyId: string },
): Promise<{ owner: { id: string; name: string } | null } | null> {
  const [row] = await tx.$queryRaw<{ ownerId: string | null; ownerName: string | null }[]>`
    SELECT m."id"::text AS "ownerId", u."name" AS "ownerName"
    FROM "Journey" j
    LEFT JOIN "Membership" m ON m."id" = j."ownerMembershipId"
    LEFT JOIN "User" u ON u."id" = m."userId"
    WHERE j."id" = ${opts.journeyId}::uuid AND j."workspaceId" = ${opts.workspaceId}::uuid
    FOR UPDATE OF j`;
  if (!row) return null;
  return { owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? "" } : null };
}

export type OwnerLoss = { reason: "role_changed"; role: MemberRole } | { reason: "member_removed" };

/**
 * Leaves the member's journeys without an owner, each with a `journey.owner_cleared` event saying why: called
 * when a member stops being an executive or a CX lead, or leaves (where the foreign key would clear the owner
 * without a trace). Returns the journeys' names, for the message. The membership is locked first, so no journey
 * is given to the member meanwhile.
 */
export async function releaseOwnedJourneys(
  tx: Tx,
  audit: Audit,
  opts: { workspaceId: string; membershipId: string; ownerName: string; loss: OwnerLoss },
): Promise<string[]> {
  const { workspaceId, membershipId, ownerName, loss } = opts;
  await tx.$queryRaw`
    SELECT 1 FROM "Membership"
    WHERE "id" = ${membershipId}::uuid AND "workspaceId" = ${workspaceId}::uuid
    FOR UPDATE`;
  const journeys = await tx.journey.updateManyAndReturn({
    where: { workspaceId, ownerMembershipId: membershipId },
    data: { ownerMembershipId: null },
    select: { id: true, name: true },
  });
  // One event per journey, so each journey's activity shows why it lost its owner; a member owns a few.
  for (const journey of journeys) {
    await audit({
      action: "journey.owner_cleared",
      entityType: "journey",
      entityId: journey.id,
      journeyId: journey.id,
      before: { journeyName: journey.name, ownerMembershipId: membershipId, ownerName },
      after: { journeyName: journey.name, ownerMembershipId: null, ownerName: null, ...loss },
    });
  }
  return journeys.map((journey) => journey.name).sort((a, b) => a.localeCompare(b));
}
