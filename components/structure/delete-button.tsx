"use client";

import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useAnnounce } from "./announcer";
import { BUTTON } from "./form-controls";

type Props = {
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
export function DeleteButton(props: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const titleId = useId();
  const bodyId = useId();

  function open() {
    setError(null);
    dialogRef.current?.showModal();
  }

  function confirm() {
    startTransition(async () => {
      const result = await props.remove();
      if (!result.ok) {
        setError(result.formError);
        announce(result.formError, "error");
        return;
      }
      dialogRef.current?.close();
      document.getElementById(props.focusAfterId)?.focus();
      announce(`Deleted ${props.what}.`);
    });
  }

  return (
    <>
      <button type="button" onClick={open} className={BUTTON.small} aria-label={`Delete ${props.name}`}>
        Delete
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Delete {props.what}?
        </h2>
        <div id={bodyId} className="mt-2 grid gap-2 text-sm text-slate-700">
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
          {error ? <p className="font-medium text-red-700">{error}</p> : null}
        </div>
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            // First in the dialog, so the safe choice has focus when it opens.
            className={BUTTON.secondary}
          >
            Cancel
          </button>
          {props.blockedReason ? null : (
            <button type="button" onClick={confirm} disabled={isPending} className={BUTTON.danger}>
              {isPending ? "Deleting…" : `Delete ${props.what}`}
            </button>
          )}
        </div>
      </dialog>
    </>
  );
}
