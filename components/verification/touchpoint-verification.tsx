// The touchpoint page's verification line (DESIGN.md, Verification): when its owner last confirmed it, whether that
// is stale, and "still ours" for whoever may confirm it.
import { StaleFlag } from "@/components/ui/stale-flag";
import type { Actor } from "@/lib/auth/guard";
import { getVerificationDueAt, isOwnershipStale, type TouchpointOwnership } from "@/lib/ownership";
import { confirmRefusal } from "@/lib/verification/rights";
import type { TouchpointVerification as Verification } from "@/lib/verification/schemas";
import { ConfirmOwnershipButton } from "./confirm-buttons";

/** Whether the touchpoint's ownership is stale now (lib/ownership's rule). */
export function isTouchpointStale(opts: {
  ownership: TouchpointOwnership;
  verification: Verification;
  now: Date;
}) {
  const { confirmedAt, cadenceDays } = opts.verification;
  return isOwnershipStale({
    status: opts.ownership.status,
    confirmedAt: confirmedAt ? new Date(confirmedAt) : null,
    cadenceDays,
    now: opts.now,
  });
}

/** The stale flag for beside the status, when it applies. */
export function TouchpointStaleFlag(props: {
  ownership: TouchpointOwnership;
  verification: Verification;
  now: Date;
}) {
  return isTouchpointStale(props) ? (
    <StaleFlag confirmedAt={props.verification.confirmedAt} cadenceDays={props.verification.cadenceDays} />
  ) : null;
}

export function TouchpointVerification(props: {
  touchpoint: { id: string; name: string };
  ownership: TouchpointOwnership;
  ownerName: string | null;
  verification: Verification;
  member: Pick<Actor, "role" | "departmentId">;
  now: Date;
}) {
  const { ownership, verification } = props;
  if (ownership.status !== "OWNED" || !props.ownerName)
    return (
      <p className="text-sm text-slate-600">
        Ownership is confirmed once one department alone is Accountable.
      </p>
    );
  const confirmedAt = verification.confirmedAt ? new Date(verification.confirmedAt) : null;
  const stale = isTouchpointStale(props);
  const due = getVerificationDueAt({ confirmedAt, cadenceDays: verification.cadenceDays });
  const mayConfirm = confirmRefusal(props.member, ownership) === null;
  const isOwner = props.member.departmentId === ownership.ownerId;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {stale ? (
        <StaleFlag confirmedAt={verification.confirmedAt} cadenceDays={verification.cadenceDays} />
      ) : null}
      <span>
        {verification.confirmedAt
          ? `${props.ownerName} last confirmed it on ${verification.confirmedAt.slice(0, 10)}`
          : `${props.ownerName} has never confirmed it`}
        {due && !stale ? `; next due by ${due.toISOString().slice(0, 10)}` : ""}
        {` (every ${verification.cadenceDays} days).`}
      </span>
      {mayConfirm ? (
        <ConfirmOwnershipButton
          touchpointId={props.touchpoint.id}
          touchpointName={props.touchpoint.name}
          label={isOwner ? "Confirm still ours" : `Confirm ${props.ownerName} still owns it`}
        />
      ) : null}
    </div>
  );
}
