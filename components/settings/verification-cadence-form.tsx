"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { INPUT, LabelledControl } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { VERIFICATION_CADENCE } from "@/lib/ownership";
import { setVerificationCadence } from "@/lib/verification/actions";
import { describeCadence } from "./cadence-text";

type State = { result: ActionResult<{ days: number }> | null; days: string };

/** A CX lead's setting: how many days a confirmation of ownership lasts before it is flagged stale. */
export function VerificationCadenceForm(props: { workspaceId: string; days: number }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const days = String(form.get("days") ?? "");
      const result = await setVerificationCadence({ workspaceId: props.workspaceId, days });
      if (!result.ok) {
        announce(result.fieldErrors?.days?.[0] ?? result.formError, "error");
        // React resets the form after an action: keep what was typed so it can be corrected.
        return { result, days };
      }
      announce(`Saved: owners now confirm their touchpoints ${describeCadence(result.data.days)}.`);
      return { result, days: String(result.data.days) };
    },
    { result: null, days: String(props.days) },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  const fieldError = failure?.fieldErrors?.days?.[0];
  return (
    <form
      action={action}
      aria-label="Verification cadence"
      className="grid max-w-xs justify-items-start gap-2"
      noValidate
    >
      <div className="w-full">
        <LabelledControl
          id="verification-cadence-days"
          name="days"
          label="Days between confirmations"
          defaultValue={state.days}
          error={fieldError}
        >
          {(attrs) => (
            <input
              {...attrs}
              type="number"
              inputMode="numeric"
              required
              min={VERIFICATION_CADENCE.min}
              max={VERIFICATION_CADENCE.max}
              step={1}
              className={INPUT}
            />
          )}
        </LabelledControl>
      </div>
      <SubmitButton pendingLabel="Saving…">Save cadence</SubmitButton>
      {failure && !fieldError ? <p className="text-sm text-red-700">{failure.formError}</p> : null}
    </form>
  );
}
