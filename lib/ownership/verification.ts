// Verification (DESIGN.md, Ownership health): an owner re-confirms each touchpoint it is Accountable for on the
// workspace's cadence. Ownership not confirmed within it is stale: a flag beside the status, never a status.
import type { TouchpointStatus } from "./status";

export const VERIFICATION_CADENCE = { default: 90, min: 1, max: 730 } as const;

const DAY_MS = 86_400_000;

/** The moment before which a confirmation no longer counts, as of `now`. */
export function getStaleBefore(opts: { now: Date; cadenceDays: number }): Date {
  return new Date(opts.now.getTime() - opts.cadenceDays * DAY_MS);
}

/**
 * Stale: owned (one Accountable department) and last confirmed, or last changing hands, longer than the cadence
 * ago. Unowned and contested touchpoints have no ownership to go stale. An owned touchpoint with no date at all
 * (which the database does not let happen) counts as stale rather than as fresh.
 */
export function isOwnershipStale(opts: {
  status: TouchpointStatus;
  confirmedAt: Date | null;
  cadenceDays: number;
  now: Date;
}): boolean {
  if (opts.status !== "OWNED") return false;
  if (opts.confirmedAt === null) return true;
  return opts.confirmedAt.getTime() < getStaleBefore(opts).getTime();
}

/** When the ownership goes (or went) stale, or null without a confirmation. */
export function getVerificationDueAt(opts: { confirmedAt: Date | null; cadenceDays: number }): Date | null {
  return opts.confirmedAt ? new Date(opts.confirmedAt.getTime() + opts.cadenceDays * DAY_MS) : null;
}
