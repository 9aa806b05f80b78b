"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { createClaim } from "@/lib/claims/actions";
import { REASON_MAX, type TClaimableRole } from "@/lib/claims/schemas";
import { fieldError, Outcome, TextArea } from "./form-parts";

type State = { result: ActionResult<unknown> | null; reason: string };

/** A head's claim for their own department: the server takes the department from the membership. */
export function ClaimForm(props: { touchpointId: string; touchpointName: string; departmentName: string }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const reason = String(form.get("reason") ?? "");
      const role = String(form.get("role") ?? "") as TClaimableRole;
      const result = await createClaim({ touchpointId: props.touchpointId, role, reason });
      if (result.ok) announce(`Claim sent for ${props.touchpointName}. A CX lead will decide.`);
      return { result, reason: result.ok ? "" : reason };
    },
    { result: null, reason: "" },
  );
  return (
    <form action={action} aria-label={`Claim ${props.touchpointName}`} className="grid gap-3" noValidate>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Role for {props.departmentName}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="A" defaultChecked /> A — Accountable (owner)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="R" /> R — Responsible (does the work)
          </label>
        </div>
      </fieldset>
      <TextArea
        key={state.result?.ok ? "sent" : "draft"}
        id="claim-reason"
        name="reason"
        label="Reason"
        maxLength={REASON_MAX}
        defaultValue={state.reason}
        error={fieldError(state.result, "reason")}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel="Claiming…">Claim</SubmitButton>
        <Outcome result={state.result} />
      </div>
    </form>
  );
}
