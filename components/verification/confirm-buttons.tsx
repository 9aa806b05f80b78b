"use client";
// Confirming ownership changes no role, so it asks nothing first: one press, the result announced.
import { useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { confirmDepartmentOwnership, confirmOwnership } from "@/lib/verification/actions";

function useConfirm<T>(run: () => Promise<ActionResult<T>>, success: (data: T) => string) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const press = () =>
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setError(result.formError);
        announce(result.formError, "error");
        return;
      }
      setError(null);
      announce(success(result.data));
    });
  return { error, isPending, press };
}

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
  const { error, isPending, press } = useConfirm(
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
  const { error, isPending, press } = useConfirm(
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
