import "server-only";
// The events a change of roles or claims causes, decided from the touchpoint's ownership before and after it
// (lib/ownership's rules), and written in the change's transaction. "ownership.lost" needs no code here: a
// database trigger on Assignment writes it whatever removes the last A (see the outbox migration).
import type { Tx } from "../db/transaction";
import type { TouchpointOwnership } from "../ownership";
import { emitEvent } from "./emit";

type Place = { id: string; name: string; journeyId: string };

async function journeyOf(tx: Tx, touchpoint: Place) {
  const journey = await tx.journey.findUniqueOrThrow({
    where: { id: touchpoint.journeyId },
    select: { id: true, name: true },
  });
  return { touchpoint: { id: touchpoint.id, name: touchpoint.name }, journey };
}

/** "contest.opened" when the change made the touchpoint contested. */
export async function emitContestIfOpened(
  tx: Tx,
  opts: { workspaceId: string; touchpoint: Place; before: TouchpointOwnership; after: TouchpointOwnership },
): Promise<void> {
  if (opts.after.status !== "CONTESTED" || opts.before.status === "CONTESTED") return;
  const ids = [...new Set([...opts.after.accountableIds, ...opts.after.claimantIds])];
  const departments = await tx.department.findMany({
    where: { id: { in: ids }, workspaceId: opts.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  await emitEvent(tx, {
    workspaceId: opts.workspaceId,
    type: "contest.opened",
    data: { ...(await journeyOf(tx, opts.touchpoint)), departments },
  });
}

export async function emitClaimCreated(
  tx: Tx,
  opts: {
    workspaceId: string;
    touchpoint: Place;
    claim: { id: string; role: "R" | "A" | "C" | "I"; reason: string };
    department: { id: string; name: string };
  },
): Promise<void> {
  await emitEvent(tx, {
    workspaceId: opts.workspaceId,
    type: "claim.created",
    data: { ...(await journeyOf(tx, opts.touchpoint)), claim: opts.claim, department: opts.department },
  });
}

export async function emitClaimDecided(
  tx: Tx,
  opts: {
    workspaceId: string;
    touchpoint: Place;
    claim: { id: string; role: "R" | "A" | "C" | "I"; decision: "approved" | "rejected"; note: string };
    department: { id: string; name: string };
  },
): Promise<void> {
  await emitEvent(tx, {
    workspaceId: opts.workspaceId,
    type: "claim.decided",
    data: { ...(await journeyOf(tx, opts.touchpoint)), claim: opts.claim, department: opts.department },
  });
}
