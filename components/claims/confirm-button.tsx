"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useAnnounce } from "@/components/structure/announcer";
import { BUTTON } from "@/components/structure/form-controls";
import type { ActionResult } from "@/lib/actions/result";

/** An action that undoes something (withdraw a claim, release a role): it always asks first. */
export function ConfirmButton<T>(props: {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  run: () => Promise<ActionResult<T>>;
  success: (data: T) => string;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const [isPending, startTransition] = useTransition();
  const titleId = useId();
  const bodyId = useId();

  function confirm() {
    startTransition(async () => {
      const result = await props.run();
      dialogRef.current?.close();
      setError(result.ok ? null : result.formError);
      if (result.ok) announce(props.success(result.data));
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={BUTTON.small} onClick={() => dialogRef.current?.showModal()}>
        {props.label}
      </button>
      <span role="status" className="text-xs text-red-700">
        {error}
      </span>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        <p id={bodyId} className="mt-2 text-sm text-slate-700">
          {props.body}
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={BUTTON.secondary} onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="button" className={BUTTON.danger} disabled={isPending} onClick={confirm}>
            {isPending ? "Working…" : props.confirmLabel}
          </button>
        </div>
      </dialog>
    </span>
  );
}
