"use client";
// The parts every sheet import shares (the RACI sheet, readings): the pasted sheet, and the check under it — the
// form's error, the preview button and the problems by row and column.
import { BUTTON } from "@/components/ui/button";
import type { SheetError } from "@/lib/sheets/parse";
import { SheetProblems } from "./sheet-problems";

const TEXTAREA =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-xs text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

export function SheetTextArea(props: {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** The id of the form's error, when there is one. */
  errorId: string | null;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <textarea
        id={props.id}
        rows={props.rows}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        aria-invalid={props.errorId ? true : undefined}
        aria-describedby={props.errorId ?? undefined}
        className={TEXTAREA}
      />
    </div>
  );
}

export function SheetCheck(props: {
  formError: string | null;
  errorId: string;
  onPreview: () => void;
  isPending: boolean;
  /** True while the preview itself runs (not an apply). */
  isChecking: boolean;
  label: string;
  checkingLabel: string;
  problems: { errors: SheetError[]; errorCount: number } | null;
}) {
  return (
    <>
      {props.formError ? (
        <p id={props.errorId} role="alert" className="text-sm text-red-700">
          {props.formError}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          onClick={props.onPreview}
          disabled={props.isPending}
          className={BUTTON.secondary}
        >
          {props.isChecking ? props.checkingLabel : props.label}
        </button>
      </div>
      {props.problems ? (
        <SheetProblems errors={props.problems.errors} errorCount={props.problems.errorCount} />
      ) : null}
    </>
  );
}
