"use client";

import { type FormEvent, useRef, useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { INPUT } from "@/components/ui/field";
import type { ActionFailure } from "@/lib/actions/result";
import { ROLE_LABELS } from "@/lib/members/schemas";
import { setJourneyOwner } from "@/lib/outcomes/journey-owner-actions";
import type { JourneyOwner } from "@/lib/outcomes/journey-owner-schemas";

type Props = {
  journeyId: string;
  journeyName: string;
  owner: JourneyOwner | null;
  candidates: JourneyOwner[];
};

/** A CX lead's picker for the journey's owner: an executive or a CX lead, saved, or cleared. */
export function JourneyOwnerForm({ journeyId, journeyName, owner, candidates }: Props) {
  const announce = useAnnounce();
  const [choice, setChoice] = useState(owner?.membershipId ?? "");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [isPending, startTransition] = useTransition();
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = `journey-owner-${journeyId}`;
  const errorId = `${selectId}-error`;

  function submit(membershipId: string | null) {
    startTransition(async () => {
      const result = await setJourneyOwner({ journeyId, membershipId });
      if (!result.ok) {
        setFailure(result);
        announce(result.formError, "error");
        return;
      }
      setFailure(null);
      const saved = result.data.owner;
      setChoice(saved?.membershipId ?? "");
      announce(saved ? `${saved.name} now owns ${journeyName}.` : `${journeyName} has no journey owner now.`);
      // The Clear button goes once there is no owner: focus stays in the form rather than falling to the page.
      if (!saved) selectRef.current?.focus();
    });
  }

  // onSubmit rather than a form action: React resets a form after its action, which would undo the choice.
  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(choice || null);
  }

  return (
    <form
      onSubmit={save}
      aria-label={`Owner of ${journeyName}`}
      className="no-print flex max-w-full flex-wrap items-end gap-2"
    >
      <div className="w-full min-w-0 max-w-xs">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          Choose the journey owner
        </label>
        <select
          ref={selectRef}
          id={selectId}
          name="membershipId"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? errorId : undefined}
          className={INPUT}
        >
          <option value="">No owner</option>
          {candidates.map((member) => (
            <option key={member.membershipId} value={member.membershipId}>
              {member.name} ({ROLE_LABELS[member.role]})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={isPending} className={BUTTON.primary}>
        {isPending ? "Saving…" : "Save owner"}
      </button>
      {owner ? (
        <button type="button" disabled={isPending} onClick={() => submit(null)} className={BUTTON.secondary}>
          Clear owner
        </button>
      ) : null}
      {failure ? (
        <p id={errorId} className="basis-full text-sm text-red-700">
          {failure.formError}
        </p>
      ) : null}
    </form>
  );
}
