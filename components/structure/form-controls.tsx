"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { CHANNELS, type TChannel } from "@/lib/structure/channels";
import { DESCRIPTION_MAX, NAME_MAX } from "@/lib/structure/schemas";

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

export const BUTTON = {
  primary:
    "inline-flex items-center justify-center rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60",
  secondary:
    "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50",
  danger:
    "inline-flex items-center justify-center rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60",
  small:
    "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40",
} as const;

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  children: (describedBy?: string) => ReactNode;
};

/** A label above its control and, when there is one, the error the control points to. */
function Field({ id, label, error, children }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(error ? errorId : undefined)}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type ControlProps = { id: string; label: string; name: string; defaultValue?: string; error?: string };

export function NameInput(props: ControlProps & { required?: boolean }) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(describedBy) => (
        <input
          id={props.id}
          name={props.name}
          type="text"
          required={props.required ?? true}
          maxLength={NAME_MAX}
          defaultValue={props.defaultValue}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      )}
    </Field>
  );
}

export function DescriptionInput(props: ControlProps) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(describedBy) => (
        <textarea
          id={props.id}
          name={props.name}
          rows={2}
          maxLength={DESCRIPTION_MAX}
          defaultValue={props.defaultValue}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      )}
    </Field>
  );
}

export function ColorInput(props: ControlProps) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(describedBy) => (
        <input
          id={props.id}
          name={props.name}
          type="color"
          defaultValue={props.defaultValue ?? "#334155"}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block h-9 w-16 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      )}
    </Field>
  );
}

export function ChannelSelect(props: ControlProps & { defaultValue?: TChannel }) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(describedBy) => (
        <select
          id={props.id}
          name={props.name}
          defaultValue={props.defaultValue ?? "WEB"}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        >
          {CHANNELS.map((channel) => (
            <option key={channel.value} value={channel.value}>
              {channel.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Disabled with a "…" label while its form's action runs, so a double click cannot submit twice. */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={BUTTON.primary}>
      {pending ? pendingLabel : children}
    </button>
  );
}
