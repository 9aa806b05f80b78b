"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import type { NotificationMode } from "@/lib/db/generated/enums";
import { setNotificationPreferences } from "@/lib/notifications/actions";
import {
  MODE_LABELS,
  NOTIFICATION_KIND_LIST,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from "@/lib/notifications/kinds";

type Modes = Record<NotificationKind, NotificationMode>;
type State = { result: ActionResult<{ changed: number }> | null; modes: Modes };
const MODES: readonly NotificationMode[] = ["IMMEDIATE", "DIGEST", "OFF"];

/** One row per kind, three choices each; saved together. */
export function NotificationPreferencesForm(props: { workspaceId: string; modes: Modes }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const modes = Object.fromEntries(
        NOTIFICATION_KIND_LIST.map((kind) => [kind, String(form.get(kind) ?? "")]),
      ) as Modes;
      const result = await setNotificationPreferences({ workspaceId: props.workspaceId, modes });
      if (!result.ok) {
        announce(result.formError, "error");
        return { result, modes };
      }
      announce(result.data.changed > 0 ? "Saved your notification choices." : "Nothing to change.");
      return { result, modes };
    },
    { result: null, modes: props.modes },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  return (
    <form action={action} aria-label="Email notifications" className="grid gap-3">
      {NOTIFICATION_KIND_LIST.map((kind) => (
        <fieldset key={kind} className="border-t border-slate-100 pt-2">
          <legend className="float-left w-full text-sm font-medium">{NOTIFICATION_KINDS[kind].label}</legend>
          <div className="clear-both flex flex-wrap gap-4 pt-1 text-sm">
            {MODES.map((mode) => (
              <label key={mode} className="inline-flex items-center gap-1">
                <input
                  type="radio"
                  name={kind}
                  value={mode}
                  defaultChecked={state.modes[kind] === mode}
                  className="focus-visible:outline-2 focus-visible:outline-offset-2"
                />
                {MODE_LABELS[mode]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div>
        <SubmitButton pendingLabel="Saving…">Save notifications</SubmitButton>
      </div>
      {failure ? <p className="text-sm text-red-700">{failure.formError}</p> : null}
    </form>
  );
}
