"use client";

import { SELECT } from "./role-fields";

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

/** A labelled input with an optional hint and its error, both tied to it with aria-describedby. */
export function TextField(props: FieldProps) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? "text"}
        required
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={SELECT}
      />
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
