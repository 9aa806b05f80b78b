"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { resolveContest } from "@/lib/claims/decision-actions";
import { NOTE_MAX } from "@/lib/claims/schemas";
import { DemoteSelect, readDemotion } from "./demote-select";
import { fieldError, Outcome, TextArea } from "./form-parts";

type Side = { departmentId: string; departmentName: string; isHolder: boolean };
type State = { result: ActionResult<unknown> | null; note: string };

/** Picks the accountable department; every pending A claim on the touchpoint is settled with the one note. */
export function ResolveForm(props: { touchpointId: string; touchpointName: string; sides: readonly Side[] }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const note = String(form.get("note") ?? "");
      const result = await resolveContest({
        touchpointId: props.touchpointId,
        departmentId: String(form.get("departmentId") ?? ""),
        note,
        demoteTo: readDemotion(form),
      });
      if (result.ok) announce(`Contest on ${props.touchpointName} resolved.`);
      return { result, note: result.ok ? "" : note };
    },
    { result: null, note: "" },
  );
  const id = `resolve-${props.touchpointId}`;
  const holders = props.sides.filter((s) => s.isHolder).map((s) => s.departmentName);
  const departmentError = fieldError(state.result, "departmentId");
  return (
    <form
      action={action}
      aria-label={`Resolve the contest on ${props.touchpointName}`}
      className="grid gap-3"
      noValidate
    >
      <fieldset aria-describedby={departmentError ? `${id}-department-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Accountable department</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {props.sides.map((side) => (
            <label key={side.departmentId} className="flex items-center gap-2">
              <input type="radio" name="departmentId" value={side.departmentId} required />
              {side.departmentName}
            </label>
          ))}
        </div>
        {departmentError ? (
          <p id={`${id}-department-error`} className="mt-1 text-sm text-red-700">
            {departmentError}
          </p>
        ) : null}
      </fieldset>
      {holders.length > 0 ? (
        <DemoteSelect id={`${id}-demote`} holders={holders} error={fieldError(state.result, "demoteTo")} />
      ) : null}
      <TextArea
        id={`${id}-note`}
        name="note"
        label="Note to both sides"
        maxLength={NOTE_MAX}
        defaultValue={state.note}
        error={fieldError(state.result, "note")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Resolving…">Resolve contest</SubmitButton>
        <Outcome result={state.result} />
      </div>
    </form>
  );
}
