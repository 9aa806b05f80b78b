import "server-only";
// Reads for journey owners: who owns each journey (journeys page, dashboard), one journey's owner (its page)
// and who may be named (the owner picker). Each is one query, whatever the workspace's size.
import { cache } from "react";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";
import { JOURNEY_OWNER_ROLES, type JourneyOwner, type JourneyOwnerRow } from "./journey-owner-schemas";

export type { JourneyOwner, JourneyOwnerRow };

const OWNER = { select: { id: true, role: true, user: { select: { name: true } } } } as const;

type OwnerRow = { id: string; role: MemberRole; user: { name: string } };

function toOwner(row: OwnerRow | null): JourneyOwner | null {
  return row ? { membershipId: row.id, name: row.user.name, role: row.role } : null;
}

/**
 * Every journey of the workspace in order, with its owner (null when it has none). Cached per request: the
 * dashboard's journey line and its outcome report both ask.
 */
export const listJourneyOwners = cache(async (workspaceId: string): Promise<JourneyOwnerRow[]> => {
  const prisma = await getPrisma();
  const journeys = await prisma.journey.findMany({
    where: { workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, owner: OWNER },
  });
  return journeys.map((j) => ({ journeyId: j.id, journeyName: j.name, owner: toOwner(j.owner) }));
});

/** One journey's owner, scoped to the workspace: null when it has none or is not this workspace's. */
export async function getJourneyOwner(opts: {
  workspaceId: string;
  journeyId: string;
}): Promise<JourneyOwner | null> {
  const prisma = await getPrisma();
  const journey = await prisma.journey.findFirst({
    where: { id: opts.journeyId, workspaceId: opts.workspaceId },
    select: { owner: OWNER },
  });
  return toOwner(journey?.owner ?? null);
}

/** The members who may own a journey (executives and CX leads), by name, for the owner picker. */
export async function listJourneyOwnerCandidates(workspaceId: string): Promise<JourneyOwner[]> {
  const prisma = await getPrisma();
  const members = await prisma.membership.findMany({
    where: { workspaceId, role: { in: [...JOURNEY_OWNER_ROLES] } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: OWNER.select,
  });
  return members.map((m) => ({ membershipId: m.id, name: m.user.name, role: m.role }));
}
