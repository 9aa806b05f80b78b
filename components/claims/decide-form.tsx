"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { decideClaim } from "@/lib/claims/decision-actions";
import { NOTE_MAX } from "@/lib/claims/schemas";
import { DemoteSelect, readDemotion } from "./demote-select";
import { fieldError, Outcome, TextArea } from "./form-parts";

type State = { result: ActionResult<{ status: string }> | null; note: string };

/** A CX lead's decision on one claim: approve or reject, always with a note. */
export function DecideForm(props: {
  claimId: string;
  label: string;
  /** Departments that hold A now, when this is an A claim: approving asks what they become. */
  otherHolders: readonly string[];
}) {
  const announce = useAnnounce();
  const [state, action, isPending] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const note = String(form.get("note") ?? "");
      const decision = form.get("decision") === "reject" ? "reject" : "approve";
      const demoteTo = decision === "approve" ? readDemotion(form) : undefined;
      const result = await decideClaim({ claimId: props.claimId, decision, note, demoteTo });
      if (result.ok) announce(`${props.label}: ${decision === "approve" ? "approved" : "rejected"}.`);
      return { result, note: result.ok ? "" : note };
    },
    { result: null, note: "" },
  );
  const id = `decide-${props.claimId}`;
  return (
    <form action={action} aria-label={props.label} className="grid gap-3" noValidate>
      <TextArea
        id={`${id}-note`}
        name="note"
        label="Note to the department"
        maxLength={NOTE_MAX}
        defaultValue={state.note}
        error={fieldError(state.result, "note")}
      />
      {props.otherHolders.length > 0 ? (
        <DemoteSelect
          id={`${id}-demote`}
          holders={props.otherHolders}
          error={fieldError(state.result, "demoteTo")}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" name="decision" value="approve" disabled={isPending} className={BUTTON.primary}>
          {isPending ? "Saving…" : "Approve"}
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          disabled={isPending}
          className={BUTTON.secondary}
        >
          Reject
        </button>
        <Outcome result={state.result} />
      </div>
    </form>
  );
}
