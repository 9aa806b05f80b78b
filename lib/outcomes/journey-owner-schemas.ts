// Who may own a journey, the input of setJourneyOwner and the shapes the screens read: shared by the owner form,
// the pages and the server.
import { z } from "zod";
import type { MemberRole } from "../db/generated/enums";

/** DESIGN.md, Customer outcomes: a journey owner is an executive or a CX lead, never a head or a viewer. */
export const JOURNEY_OWNER_ROLES = ["EXECUTIVE", "CX_LEAD"] as const satisfies readonly MemberRole[];

export function isJourneyOwnerRole(role: MemberRole): boolean {
  return (JOURNEY_OWNER_ROLES as readonly MemberRole[]).includes(role);
}

const ZId = z.uuid({ error: "That id is not valid." });

/** A blank choice (the form's "no owner") clears the owner, as null does. */
export const ZSetJourneyOwner = z.object({
  journeyId: ZId,
  membershipId: z.union([ZId, z.literal(""), z.null()]).transform((value) => (value ? value : null)),
});
export type TSetJourneyOwner = z.input<typeof ZSetJourneyOwner>;

export type JourneyOwner = { membershipId: string; name: string; role: MemberRole };
export type JourneyOwnerRow = { journeyId: string; journeyName: string; owner: JourneyOwner | null };

/** A journey id → its owner, for screens that list journeys from another query (coverage). */
export function getOwnersByJourney(rows: readonly JourneyOwnerRow[]): Map<string, JourneyOwner | null> {
  return new Map(rows.map((row) => [row.journeyId, row.owner]));
}
