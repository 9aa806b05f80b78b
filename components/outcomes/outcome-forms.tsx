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

type State = { result: ActionResult<unknown> | null; sent: number };
const INITIAL: State = { result: null, sent: 0 };

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

function MeasureSelect(props: { id: string; measures: MeasureOption[]; error?: string }) {
  return (
    <LabelledControl id={props.id} name="measureId" label="Measure" error={props.error}>
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
  const [state, action] = useActionState(async (previous: State, form: FormData): Promise<State> => {
    const measureId = String(form.get("measureId") ?? "");
    const result = await setTarget({ scope, measureId, value: String(form.get("value") ?? "") });
    if (result.ok) {
      const name = measures.find((m) => m.id === measureId)?.name ?? "the measure";
      announce(`Target for ${name} saved.`);
    }
    return { result, sent: previous.sent + (result.ok ? 1 : 0) };
  }, INITIAL);
  return (
    <form
      action={action}
      aria-label="Set a target"
      className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      noValidate
    >
      <MeasureSelect id="target-measure" measures={measures} error={fieldError(state.result, "measureId")} />
      <Input
        key={state.sent}
        id="target-value"
        name="value"
        label="Target"
        inputMode="decimal"
        required
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
  const [state, action] = useActionState(async (previous: State, form: FormData): Promise<State> => {
    const measureId = String(form.get("measureId") ?? "");
    const result = await recordReading({
      scope,
      measureId,
      month: String(form.get("month") ?? ""),
      value: String(form.get("value") ?? ""),
      sampleSize: String(form.get("sampleSize") ?? ""),
      source: String(form.get("source") ?? ""),
    });
    if (result.ok) {
      const name = measures.find((m) => m.id === measureId)?.name ?? "the measure";
      announce(
        `${result.data.replaced ? "Replaced" : "Recorded"} the ${name} reading for ${String(form.get("month"))}.`,
      );
    }
    return { result, sent: previous.sent + (result.ok ? 1 : 0) };
  }, INITIAL);
  return (
    <form
      action={action}
      aria-label="Record a reading"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      noValidate
    >
      <MeasureSelect id="reading-measure" measures={measures} error={fieldError(state.result, "measureId")} />
      <Input
        id="reading-month"
        name="month"
        label="Month"
        hint="YYYY-MM, UTC"
        placeholder="2026-11"
        defaultValue={month}
        required
        error={fieldError(state.result, "month")}
      />
      <Input
        key={`value-${state.sent}`}
        id="reading-value"
        name="value"
        label="Value"
        inputMode="decimal"
        required
        error={fieldError(state.result, "value")}
      />
      <Input
        key={`sample-${state.sent}`}
        id="reading-sample"
        name="sampleSize"
        label="Sample size (optional)"
        inputMode="numeric"
        error={fieldError(state.result, "sampleSize")}
      />
      <Input
        key={`source-${state.sent}`}
        id="reading-source"
        name="source"
        label="Source (optional)"
        placeholder="Post-call survey"
        error={fieldError(state.result, "source")}
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
