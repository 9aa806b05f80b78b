"use client";

import type { ReactNode } from "react";
import { INPUT } from "@/components/ui/field";
import { CHANNELS, type TChannel } from "@/lib/map/channels";
import { DESCRIPTION_MAX, NAME_MAX } from "@/lib/structure/schemas";

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
