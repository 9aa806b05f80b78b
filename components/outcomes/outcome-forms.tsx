"use client";

import { useActionState } from "react";
import { fieldError, Outcome } from "@/components/claims/form-parts";
import { useAnnounce } from "@/components/ui/announcer";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { INPUT, LabelledControl } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { clearTarget, recordReading, setTarget } from "@/lib/outcomes/target-actions";
import type { TScope } from "@/lib/outcomes/target-schemas";

export type MeasureOption = { id: string; name: string; scale: string };

/**
 * The last result, and what the fields show next: React resets a form to its fields' defaults after its action,
 * so a failed submit gives back what was typed and a saved one clears the values (keeping the measure).
 */
type State = { result: ActionResult<unknown> | null; values: Record<string, string> };

function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
}

function Input(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  inputMode?: "decimal" | "numeric" | "text";
  placeholder?: string;
  defaultValue?: string;
  required?: boolean;
}) {
  const { inputMode, placeholder, required, ...field } = props;
  return (
    <LabelledControl {...field}>
      {(attrs) => (
        <input
          {...attrs}
          type="text"
          inputMode={inputMode}
          placeholder={placeholder}
          required={required}
          autoComplete="off"
          className={INPUT}
        />
      )}
    </LabelledControl>
  );
}

function MeasureSelect(props: {
  id: string;
  measures: MeasureOption[];
  defaultValue?: string;
  error?: string;
}) {
  return (
    <LabelledControl
      id={props.id}
      name="measureId"
      label="Measure"
      defaultValue={props.defaultValue}
      error={props.error}
    >
      {(attrs) => (
        <select {...attrs} required className={INPUT}>
          {props.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.scale})
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

/** Sets (or changes) the scope's target for one measure. */
export function TargetForm({ scope, measures }: { scope: TScope; measures: MeasureOption[] }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_previous: State, form: FormData): Promise<State> => {
      const values = formValues(form);
      const measureId = values.measureId ?? "";
      const result = await setTarget({ scope, measureId, value: values.value ?? "" });
      if (!result.ok) return { result, values };
      announce(`Target for ${measures.find((m) => m.id === measureId)?.name ?? "the measure"} saved.`);
      return { result, values: { measureId } };
    },
    { result: null, values: {} },
  );
  return (
    <form
      action={action}
      aria-label="Set a target"
      className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      noValidate
    >
      <MeasureSelect
        // React sets a select's default only when it mounts: a new key remounts it with the measure just sent.
        key={state.values.measureId ?? ""}
        id="target-measure"
        measures={measures}
        defaultValue={state.values.measureId}
        error={fieldError(state.result, "measureId")}
      />
      <Input
        id="target-value"
        name="value"
        label="Target"
        inputMode="decimal"
        required
        defaultValue={state.values.value ?? ""}
        error={fieldError(state.result, "value")}
      />
      <SubmitButton pendingLabel="Saving…">Save target</SubmitButton>
      <div className="sm:col-span-3">
        <Outcome result={state.result} />
      </div>
    </form>
  );
}

/** Records one month's reading; sending the same measure and month again replaces it. */
export function ReadingForm({
  scope,
  measures,
  month,
}: {
  scope: TScope;
  measures: MeasureOption[];
  month: string;
}) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_previous: State, form: FormData): Promise<State> => {
      const values = formValues(form);
      const { measureId = "", month: sentMonth = "" } = values;
      const result = await recordReading({
        scope,
        measureId,
        month: sentMonth,
        value: values.value ?? "",
        sampleSize: values.sampleSize ?? "",
        source: values.source ?? "",
      });
      if (!result.ok) return { result, values };
      const name = measures.find((m) => m.id === measureId)?.name ?? "the measure";
      announce(
        `${result.data.replaced ? "Replaced" : "Recorded"} the ${name} reading for ${sentMonth.trim()}.`,
      );
      return { result, values: { measureId, month: sentMonth } };
    },
    { result: null, values: {} },
  );
  const field = (name: string) => ({
    defaultValue: state.values[name] ?? "",
    error: fieldError(state.result, name),
  });
  return (
    <form
      action={action}
      aria-label="Record a reading"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      noValidate
    >
      <MeasureSelect
        key={state.values.measureId ?? ""}
        id="reading-measure"
        measures={measures}
        {...field("measureId")}
      />
      <Input
        id="reading-month"
        name="month"
        label="Month"
        hint="YYYY-MM, UTC"
        placeholder="2026-11"
        required
        {...field("month")}
        defaultValue={state.values.month ?? month}
      />
      <Input id="reading-value" name="value" label="Value" inputMode="decimal" required {...field("value")} />
      <Input
        id="reading-sample"
        name="sampleSize"
        label="Sample size (optional)"
        inputMode="numeric"
        {...field("sampleSize")}
      />
      <Input
        id="reading-source"
        name="source"
        label="Source (optional)"
        placeholder="Post-call survey"
        {...field("source")}
      />
      <div className="flex items-end">
        <SubmitButton pendingLabel="Recording…">Record reading</SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <Outcome result={state.result} />
      </div>
    </form>
  );
}

export function ClearTargetButton({
  scope,
  measure,
}: {
  scope: TScope;
  measure: { id: string; name: string };
}) {
  return (
    <ConfirmButton
      label="Clear"
      accessibleName={`Clear the ${measure.name} target`}
      title={`Clear the ${measure.name} target?`}
      confirmLabel="Clear target"
      pendingLabel="Clearing…"
      run={() => clearTarget({ scope, measureId: measure.id })}
      success={`Cleared the ${measure.name} target.`}
      focusAfterId="outcomes-heading"
    >
      Its readings stay; without a target they are shown with no status.
    </ConfirmButton>
  );
}
