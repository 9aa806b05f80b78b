"use client";
// Small pieces every claim form shares: a labelled text area whose error it points to, and the outcome line.
import { INPUT } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";

/** A text area looks like every other input. */
export const TEXTAREA = INPUT;

export function TextArea(props: {
  id: string;
  name: string;
  label: string;
  maxLength: number;
  error?: string;
  defaultValue?: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <textarea
        id={props.id}
        name={props.name}
        rows={3}
        required
        maxLength={props.maxLength}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={TEXTAREA}
      />
      {props.error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Why the last submit failed, beside the form. Successes are announced by the page's Announcer instead: the
 * form itself often goes away once the page shows the new state (a decided claim leaves the list).
 */
export function Outcome({ result }: { result: ActionResult<unknown> | null }) {
  return (
    <p role="status" className="text-sm text-red-700">
      {result && !result.ok ? result.formError : null}
    </p>
  );
}

export function fieldError(result: ActionResult<unknown> | null, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
