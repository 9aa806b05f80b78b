// The inputs of the verification actions and the shapes the screens read (DESIGN.md, Verification).
import { z } from "zod";
import { VERIFICATION_CADENCE } from "../ownership";

const ZId = z.uuid({ error: "That id is not valid." });

export const ZConfirmOwnership = z.object({ touchpointId: ZId });
export type TConfirmOwnership = z.input<typeof ZConfirmOwnership>;

export const ZConfirmDepartmentOwnership = z.object({ departmentId: ZId });
export type TConfirmDepartmentOwnership = z.input<typeof ZConfirmDepartmentOwnership>;

const CADENCE_ERROR = `The cadence is a whole number of days from ${VERIFICATION_CADENCE.min} to ${VERIFICATION_CADENCE.max}.`;

export const ZSetVerificationCadence = z.object({
  workspaceId: ZId,
  days: z.coerce
    .number({ error: CADENCE_ERROR })
    .int({ error: CADENCE_ERROR })
    .min(VERIFICATION_CADENCE.min, { error: CADENCE_ERROR })
    .max(VERIFICATION_CADENCE.max, { error: CADENCE_ERROR }),
});
export type TSetVerificationCadence = z.input<typeof ZSetVerificationCadence>;

/** One owned touchpoint as the verification screens list it. */
export type VerificationItem = {
  touchpointId: string;
  touchpointName: string;
  journey: { id: string; name: string };
  stage: { id: string; name: string };
  /** ISO, or null when it never had a date. */
  confirmedAt: string | null;
  stale: boolean;
};

/** A department's owned touchpoints, as its head's claims page shows them. */
export type DepartmentVerification = {
  departmentName: string;
  cadenceDays: number;
  owned: number;
  stale: number;
  /** The stale ones first (longest unconfirmed first), then those due soonest; at most `limit`. */
  items: VerificationItem[];
  limit: number;
};

/** One touchpoint's verification, as its page shows it. */
export type TouchpointVerification = { cadenceDays: number; confirmedAt: string | null };
