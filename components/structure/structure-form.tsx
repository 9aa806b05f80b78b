"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import type { TChannel } from "@/lib/map/channels";
import { ChannelSelect, ColorInput, DescriptionInput, NameInput } from "./form-controls";

export type FieldName = "name" | "description" | "color" | "channel";
export type FormValues = Partial<Record<FieldName, string>>;
type State = { result: ActionResult<unknown> | null; values: FormValues };

const DEFAULT_LABELS: Record<FieldName, string> = {
  name: "Name",
  description: "Description (optional)",
  color: "Colour",
  channel: "Channel",
};

export type StructureFormProps = {
  /** Unique on the page: prefixes the controls' ids. */
  idPrefix: string;
  title: string;
  fields: readonly FieldName[];
  labels?: Partial<Record<FieldName, string>>;
  initial?: FormValues;
  submitLabel: string;
  pendingLabel: string;
  submit: (values: FormValues) => Promise<ActionResult<unknown>>;
  successMessage: (values: FormValues) => string;
  /** Create forms start empty again after a success; edit forms close instead. */
  resetOnSuccess?: boolean;
  onSuccess?: () => void;
  onCancel?: () => void;
};

/** The create and edit form of every structure item: the action's field errors sit under their controls. */
export function StructureForm(props: StructureFormProps) {
  const announce = useAnnounce();
  const initial = props.initial ?? {};
  const [state, formAction] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => {
      const values = Object.fromEntries(props.fields.map((f) => [f, String(formData.get(f) ?? "")]));
      const result = await props.submit(values);
      if (!result.ok) {
        announce(result.formError, "error");
        // React resets the form after an action: keep what was typed so it can be corrected.
        return { result, values };
      }
      announce(props.successMessage(values));
      props.onSuccess?.();
      return { result, values: props.resetOnSuccess ? initial : values };
    },
    { result: null, values: initial },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  const errorOf = (field: FieldName) => failure?.fieldErrors?.[field]?.[0];
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const id = (field: FieldName) => `${props.idPrefix}-${field}`;
  const common = (field: FieldName) => ({
    id: id(field),
    name: field,
    label: labels[field],
    error: errorOf(field),
    defaultValue: state.values[field],
  });

  return (
    <form action={formAction} aria-label={props.title} className="grid gap-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto]">
        {props.fields.includes("name") ? <NameInput {...common("name")} /> : null}
        {props.fields.includes("color") ? <ColorInput {...common("color")} /> : null}
        {props.fields.includes("channel") ? (
          <ChannelSelect {...common("channel")} defaultValue={state.values.channel as TChannel | undefined} />
        ) : null}
      </div>
      {props.fields.includes("description") ? <DescriptionInput {...common("description")} /> : null}
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
