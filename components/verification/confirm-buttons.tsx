"use client";
// Confirming ownership changes no role, so it asks nothing first: one press, the result announced.
import { BUTTON } from "@/components/ui/button";
import { useActionCall } from "@/components/ui/use-action-call";
import { confirmDepartmentOwnership, confirmOwnership } from "@/lib/verification/actions";

function Failure({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

/** "Still ours" for one touchpoint. */
export function ConfirmOwnershipButton(props: {
  touchpointId: string;
  touchpointName: string;
  label: string;
}) {
  const { error, isPending, press } = useActionCall(
    () => confirmOwnership({ touchpointId: props.touchpointId }),
    () => `Ownership of ${props.touchpointName} confirmed.`,
  );
  return (
    <span className="inline-grid gap-1">
      <button
        type="button"
        onClick={press}
        disabled={isPending}
        className={BUTTON.small}
        aria-label={`${props.label}: ${props.touchpointName}`}
      >
        {isPending ? "Confirming…" : props.label}
      </button>
      <Failure error={error} />
    </span>
  );
}

/** Every stale ownership of one department at once. */
export function ConfirmAllButton(props: { departmentId: string; count: number }) {
  const { error, isPending, press } = useActionCall(
    () => confirmDepartmentOwnership({ departmentId: props.departmentId }),
    (data) => `${data.confirmed} ${data.confirmed === 1 ? "ownership" : "ownerships"} confirmed.`,
  );
  return (
    <span className="inline-grid gap-1">
      <button type="button" onClick={press} disabled={isPending} className={BUTTON.primary}>
        {isPending ? "Confirming…" : `Confirm all ${props.count} as still ours`}
      </button>
      <Failure error={error} />
    </span>
  );
}
