"use client";

import { type ReactNode, useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useAnnounce } from "./announcer";
import { BUTTON } from "./button";

type Props<T> = {
  /** The trigger's visible text, e.g. "Remove". */
  label: string;
  /** The trigger's accessible name when the visible text is not enough, e.g. "Remove Ada Lovelace". */
  accessibleName?: string;
  title: string;
  /** What happens if the user confirms; the dialog is described by it. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<T>>;
  /** Announced once the action succeeded. */
  success: string | ((data: T) => string);
  /** Receives focus after success, so keyboard users are not dropped at the top of the page. */
  focusAfterId?: string;
  /** Set when the action cannot happen: the body explains why and only Cancel is offered. */
  isBlocked?: boolean;
};

/**
 * A destructive change that always asks first, in a modal dialog whose first button is the safe choice.
 * A failure keeps the dialog open with the reason inside it, so the user sees it where they are looking.
 */
export function ConfirmButton<T>(props: Props<T>) {
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
      const result = await props.run();
      if (!result.ok) {
        setError(result.formError);
        announce(result.formError, "error");
        return;
      }
      dialogRef.current?.close();
      if (props.focusAfterId) document.getElementById(props.focusAfterId)?.focus();
      announce(typeof props.success === "string" ? props.success : props.success(result.data));
    });
  }

  return (
    <>
      <button type="button" onClick={open} className={BUTTON.small} aria-label={props.accessibleName}>
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
          {/* First in the dialog, so the safe choice has focus when it opens. */}
          <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON.secondary}>
            Cancel
          </button>
          {props.isBlocked ? null : (
            <button type="button" onClick={confirm} disabled={isPending} className={BUTTON.danger}>
              {isPending ? props.pendingLabel : props.confirmLabel}
            </button>
          )}
        </div>
      </dialog>
    </>
  );
}
