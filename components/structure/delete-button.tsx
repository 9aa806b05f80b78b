"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/result";

export type DeleteButtonProps = {
  /** What is deleted, e.g. `stage “Compare”`. */
  what: string;
  name: string;
  /** "3 touchpoints and 4 role assignments", or null when nothing else goes. */
  alsoDeletes: string | null;
  /** Set when the delete cannot happen; the dialog explains instead of offering it. */
  blockedReason?: string;
  remove: () => Promise<ActionResult<unknown>>;
  /** Receives focus once the item is gone, so keyboard users are not dropped at the top of the page. */
  focusAfterId: string;
};

/** A delete that always asks first, in a modal dialog that says what goes with the item. */
export function DeleteButton(props: DeleteButtonProps) {
  return (
    <ConfirmButton
      label="Delete"
      accessibleName={`Delete ${props.name}`}
      title={`Delete ${props.what}?`}
      confirmLabel={`Delete ${props.what}`}
      pendingLabel="Deleting…"
      run={props.remove}
      success={`Deleted ${props.what}.`}
      focusAfterId={props.focusAfterId}
      isBlocked={Boolean(props.blockedReason)}
    >
      {props.blockedReason ? (
        <p>{props.blockedReason}</p>
      ) : props.alsoDeletes ? (
        <p>
          This also deletes <strong className="font-semibold text-slate-900">{props.alsoDeletes}</strong>.
          This cannot be undone.
        </p>
      ) : (
        <p>Nothing else goes with it. This cannot be undone.</p>
      )}
    </ConfirmButton>
  );
}
