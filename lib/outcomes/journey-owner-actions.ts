"use server";
// A CX lead names the member who answers for a journey end to end (DESIGN.md, Customer outcomes: Journey
// owner), or clears it. The member must be this workspace's executive or CX lead.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import { lockJourneyOwner, lockMemberForOwnership } from "./journey-owner-helpers";
import { isJourneyOwnerRole, ZSetJourneyOwner } from "./journey-owner-schemas";

export type JourneyOwnerData = { journeyId: string; owner: { membershipId: string; name: string } | null };

function refuseOwner(message: string, code: "invalid" | "not_found" = "invalid"): ActionError {
  return new ActionError(code, message, { membershipId: [message] });
}

export const setJourneyOwner = defineAction({
  schema: ZSetJourneyOwner,
  resource: (input) => ({ kind: "journey", id: input.journeyId }),
  permission: "outcomes.define",
  async run({ tx, audit, actor: { workspaceId }, resource: journey, input: { membershipId } }) {
    const current = await lockJourneyOwner(tx, { workspaceId, journeyId: journey.id });
    if (!current) throw notFound("Journey");
    // Another workspace's member reads exactly like one that does not exist.
    const next = membershipId ? await lockMemberForOwnership(tx, { workspaceId, membershipId }) : null;
    if (membershipId && !next)
      throw refuseOwner("That member was not found. They may have left the workspace.", "not_found");
    if (next && !isJourneyOwnerRole(next.role))
      throw refuseOwner(`${next.name} cannot own a journey: a journey owner is an executive or a CX lead.`);
    const before = current.owner;
    if ((before?.id ?? null) === (next?.id ?? null))
      throw new ActionError(
        "invalid",
        next ? `${next.name} already owns this journey.` : "This journey has no owner to clear.",
      );
    await tx.journey.update({
      where: { id: journey.id, workspaceId },
      data: { ownerMembershipId: next?.id ?? null },
    });
    await audit({
      action: next ? "journey.owner_set" : "journey.owner_cleared",
      entityType: "journey",
      entityId: journey.id,
      journeyId: journey.id,
      before: {
        journeyName: journey.name,
        ownerMembershipId: before?.id ?? null,
        ownerName: before?.name ?? null,
      },
      after: {
        journeyName: journey.name,
        ownerMembershipId: next?.id ?? null,
        ownerName: next?.name ?? null,
      },
    });
    const data: JourneyOwnerData = {
      journeyId: journey.id,
      owner: next ? { membershipId: next.id, name: next.name } : null,
    };
    return data;
  },
});
