"use client";

import { type ReactNode, useActionState, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { LabelledControl as Field, INPUT } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { DIRECTION_LABELS, KIND_LABELS } from "@/lib/outcomes/measure-text";
import {
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  type MeasureDirection,
  type MeasureKind,
} from "@/lib/outcomes/rules";
import { MEASURE_NAME_MAX, MEASURE_UNIT_MAX } from "@/lib/outcomes/schemas";

type FieldName = "name" | "kind" | "direction" | "min" | "max" | "unit";
export type MeasureFormValues = Record<FieldName, string>;
/** What the form hands its action: numbers parsed, the scale only for a score. */
export type MeasureInput = {
  name: string;
  kind: MeasureKind;
  direction: MeasureDirection;
  min?: number;
  max?: number;
  unit: string;
};
type State = { result: ActionResult<unknown> | null; values: MeasureFormValues };

const KIND_HINTS: Record<MeasureKind, string> = {
  SCORE: "A rating on a scale you choose, e.g. CSAT from 1 to 5.",
  PERCENT: "A share from 0 to 100, e.g. first-contact resolution.",
  NPS: "Net Promoter Score, from -100 to 100.",
  COUNT: "A whole number, 0 or more, e.g. complaints.",
};

export const EMPTY_MEASURE: MeasureFormValues = {
  name: "",
  kind: "SCORE",
  direction: "HIGHER",
  min: "1",
  max: "5",
  unit: "",
};

/** An empty box is "not given"; anything else is read as a number (the server says if it is not one). */
function toNumber(value: string): number | undefined {
  return value.trim() === "" ? undefined : Number(value);
}

export type MeasureFormProps = {
  /** Unique on the page: prefixes the controls' ids. */
  idPrefix: string;
  title: string;
  initial: MeasureFormValues;
  /** Shown above the buttons, e.g. what the measure already holds. */
  note?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  submit: (input: MeasureInput) => Promise<ActionResult<unknown>>;
  successMessage: (input: MeasureInput) => string;
  /** Create forms start empty again after a success; edit forms close instead. */
  resetOnSuccess?: boolean;
  onSuccess?: () => void;
  onCancel?: () => void;
};

/** The create and edit form of a measure: the scale's boxes show for a score only; errors sit under their fields. */
export function MeasureForm(props: MeasureFormProps) {
  const announce = useAnnounce();
  const [kind, setKind] = useState(props.initial.kind as MeasureKind);
  const [state, formAction] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => {
      const read = (field: FieldName) => String(formData.get(field) ?? "");
      const values: MeasureFormValues = {
        name: read("name"),
        kind: read("kind"),
        direction: read("direction"),
        min: read("min"),
        max: read("max"),
        unit: read("unit"),
      };
      const isScore = values.kind === "SCORE";
      const input: MeasureInput = {
        name: values.name,
        kind: values.kind as MeasureKind,
        direction: values.direction as MeasureDirection,
        min: isScore ? toNumber(values.min) : undefined,
        max: isScore ? toNumber(values.max) : undefined,
        unit: values.unit,
      };
      const result = await props.submit(input);
      if (!result.ok) {
        announce(result.formError, "error");
        // React resets the form after an action: keep what was typed so it can be corrected.
        return { result, values };
      }
      announce(props.successMessage({ ...input, name: input.name.trim() }));
      props.onSuccess?.();
      if (props.resetOnSuccess) setKind(props.initial.kind as MeasureKind);
      return { result, values: props.resetOnSuccess ? props.initial : values };
    },
    { result: null, values: props.initial },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  const control = (field: FieldName) => {
    const error = failure?.fieldErrors?.[field]?.[0];
    return {
      id: `${props.idPrefix}-${field}`,
      name: field,
      defaultValue: state.values[field],
      error,
    };
  };

  return (
    <form action={formAction} aria-label={props.title} className="grid gap-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field {...control("name")} label="Name">
          {(attrs) => (
            <input {...attrs} type="text" required maxLength={MEASURE_NAME_MAX} className={INPUT} />
          )}
        </Field>
        <Field {...control("unit")} label="Unit (optional)" hint="Shown beside values, e.g. points or %.">
          {(attrs) => <input {...attrs} type="text" maxLength={MEASURE_UNIT_MAX} className={INPUT} />}
        </Field>
        <Field {...control("kind")} label="Kind" hint={KIND_HINTS[kind]}>
          {({ defaultValue: _ignored, ...attrs }) => (
            <select
              {...attrs}
              value={kind}
              onChange={(event) => setKind(event.target.value as MeasureKind)}
              className={INPUT}
            >
              {MEASURE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {KIND_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...control("direction")} label="Which is better">
          {(attrs) => (
            <select {...attrs} className={INPUT}>
              {MEASURE_DIRECTIONS.map((value) => (
                <option key={value} value={value}>
                  {DIRECTION_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === "SCORE" ? (
          <>
            <Field {...control("min")} label="Scale from (lowest value)">
              {(attrs) => <input {...attrs} type="number" step="any" required className={INPUT} />}
            </Field>
            <Field {...control("max")} label="Scale to (highest value)">
              {(attrs) => <input {...attrs} type="number" step="any" required className={INPUT} />}
            </Field>
          </>
        ) : null}
      </div>
      {props.note}
      {failure ? <p className="text-sm text-red-700">{failure.formError}</p> : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={props.pendingLabel}>{props.submitLabel}</SubmitButton>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel} className={BUTTON.secondary}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
