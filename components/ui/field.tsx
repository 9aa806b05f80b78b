import type { ReactNode } from "react";
// No "use client": a plain labelled input that server and client components can both render.

/** The look of every text input and select in a form; a red border while the control is invalid. */
export const INPUT =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

/** The look of a select in a GET filter form (dashboard, matrix, activity): compact, no error state. */
export const FILTER_SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

/** What a labelled control is given: its name, and the ids of its hint and error. */
export type ControlAttrs = {
  id: string;
  name: string;
  defaultValue?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * A label above any control (an input, a select), a hint and an error under it, both tied to the control with
 * aria-describedby; the control is rendered by `children` from the attributes it must carry.
 */
export function LabelledControl(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  children: (attrs: ControlAttrs) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  return (
    <div className="min-w-0">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children({
        id: props.id,
        name: props.name,
        defaultValue: props.defaultValue,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {hintId ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
};

/** A required labelled text input, with an optional hint and its error. */
export function Field({ type, autoComplete, ...props }: FieldProps) {
  return (
    <LabelledControl {...props}>
      {(attrs) => (
        <input {...attrs} type={type ?? "text"} required autoComplete={autoComplete} className={INPUT} />
      )}
    </LabelledControl>
  );
}
