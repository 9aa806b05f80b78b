"use client";

import { type ReactNode, useId, useRef, useState, useTransition } from "react";
import { useAnnounce } from "@/components/structure/announcer";
import { BUTTON } from "@/components/structure/form-controls";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  /** The button's visible text and the dialog's confirm text, e.g. "Remove". */
  label: string;
  /** The button's accessible name, e.g. "Remove Ada Lovelace". */
  accessibleName: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  successMessage: string;
  run: () => Promise<ActionResult<unknown>>;
};

/** A destructive change that always asks first, in a modal dialog whose first button is the safe choice. */
export function ConfirmButton(props: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const titleId = useId();
  const bodyId = useId();

  function confirm() {
    startTransition(async () => {
      const result = await props.run();
      if (!result.ok) {
        setError(result.formError);
        announce(result.formError, "error");
        return;
      }
      dialogRef.current?.close();
      announce(props.successMessage);
    });
  }

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setError(null);
          dialogRef.current?.showModal();
        }}
        className={BUTTON.small}
        aria-label={props.accessibleName}
      >
        {props.label}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        <div id={bodyId} className="mt-2 grid gap-2 text-sm text-slate-700">
          {props.children}
          {error ? <p className="font-medium text-red-700">{error}</p> : null}
        </div>
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON.secondary}>
            Cancel
          </button>
          <button type="button" onClick={confirm} disabled={isPending} className={BUTTON.danger}>
            {isPending ? props.pendingLabel : props.confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
